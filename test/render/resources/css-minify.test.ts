import { describe, it, expect } from 'vitest';
import { minifyCss } from '../../../src/render/resources/css-minify.js';

// Every expected output below was produced by real Hugo 0.111.3
// (tdewolff/minify v2.12.4) with `{{ (resources.Get "c.css" | minify).Content }}`.
const hugoOutputs: [input: string, hugo: string][] = [
  ["/*! License:   MIT\n   keep */\n/* dropped */\na { color : red ; }",
   "/*!License: MIT\nkeep*/a{color:red}"],
  ["HTML, Body > DIV + p ~ span .MyClass #MyId { color: RED }",
   "html,body>div+p~span .MyClass #MyId{color:RED}"],
  ["a[href=\"foo\"], a[data-x='a b'], a[title=\"x\" i] { top: 0 }",
   "a[href=foo],a[data-x='a b'],a[title=x i]{top:0}"],
  ["a:HOVER::before, li:nth-child( 2n + 1 ), :is(h1, h2) { margin: 0 }",
   "a:hover::before,li:nth-child( 2n+1 ),:is(h1,h2){margin:0}"],
  [":root { --main-color : #FF0000 ; --spacing:  calc( 1px + 2px ) ; --empty: ; }",
   ":root{--main-color:#FF0000;--spacing:calc( 1px + 2px );--empty: }"],
  [".a { margin: 0px 0px 0px 0px; padding: 10px 5px 10px 5px; margin: 0 auto 0 auto }",
   ".a{margin:0;padding:10px 5px;margin:0 auto}"],
  [".q { margin: -0.5em +1.5px 0.0px -0; top: 00.10em; width: 100.00%; letter-spacing: -.05EM; line-height: 1.0 }",
   ".q{margin:-.5em 1.5px 0px 0;top:.1em;width:100%;letter-spacing:-.05em;line-height:1}"],
  [".z { z-index: 010; opacity: .50; flex: 1 1 0%; flex-basis: 0px }",
   ".z{z-index:010;opacity:.5;flex:1;flex-basis:0}"],
  [".c { color: #FFFFFF; color: #aabbccdd; color: #AABBCCFF; color: white; color: black; color: #ff0000 }",
   ".c{color:#fff;color:#abcd;color:#abc;color:#fff;color:#000;color:red}"],
  [".c { color: rgb(255, 0, 0); color: rgba(255,255,255,0.5); color: hsl(0, 100%, 50%); background-color: rgba(0, 0, 0, 0) }",
   ".c{color:red;color:rgba(255,255,255,.5);color:red;background-color:transparent}"],
  [".e { transform: translate( 0px , -50% ) rotate(0deg); width: calc(100% - 0px); transition: all 0.30s ease-in-out 0s }",
   ".e{transform:translate( 0,-50% )rotate(0);width:calc(100% - 0px);transition:all .3s ease-in-out 0s}"],
  [".h { color: red !important; margin: 0 ! important }",
   ".h{color:red!important;margin:0!important}"],
  [".b { border: none; border-top: 1px solid currentColor; outline: none; border: 0 none; border-color: red red red red }",
   ".b{border:none;border-top:1px solid;outline:none;border:0;border-color:red}"],
  [".d { font: normal normal 400 12px/normal \"Helvetica Neue\", Arial, sans-serif; font-weight: bold; font-family: \"Open Sans\", 'Times New Roman', serif }",
   ".d{font:12px helvetica neue,Arial,sans-serif;font-weight:700;font-family:open sans,times new roman,serif}"],
  [".g { box-shadow: 0 0 0 0 rgba(0,0,0,.5), inset 0 1px 2px #000; text-shadow: 0 0 1px black }",
   ".g{box-shadow:0 0 rgba(0,0,0,.5),inset 0 1px 2px #000;text-shadow:0 0 1px #000}"],
  [".v { background: transparent none repeat scroll 0 0; background: url('img/x.png') no-repeat center center; background-position: right 10px top }",
   ".v{background:repeat;background:url(img/x.png)no-repeat 50%;background-position:right 10px top}"],
  ["@import url( \"foo.css\" ) screen;\n@import url(bar.css);\n@charset \"utf-8\";",
   "@import url( \"foo.css\" ) screen;@import \"bar.css\";@charset \"utf-8\""],
  ["@media screen and (max-width : 600px) , print and (orientation:landscape) { .m { color : blue } }\n@media (prefers-color-scheme: dark) { :root { --bg: #000 } }",
   "@media screen and (max-width:600px),print and (orientation:landscape){.m{color:blue}}@media(prefers-color-scheme:dark){:root{--bg:#000}}"],
  ["@font-face { font-family: \"My Font\"; src: url(font.woff2) format(\"woff2\"), url(\"font.woff\") format(\"woff\"); unicode-range: U+0000-00FF, U+0131 }",
   "@font-face{font-family:my font;src:url(font.woff2)format(\"woff2\"),url(font.woff)format(\"woff\");unicode-range:U+??,U+131}"],
  ["@keyframes spin { from { transform: rotate(0deg) } to { transform: rotate(360DEG) } }",
   "@keyframes spin{from{transform:rotate(0)}to{transform:rotate(360deg)}}"],
  ["@layer base {\n  h1 { font-size : 2em ; }\n  /* in layer */\n}",
   "@layer base{h1 { font-size : 2em ; }\n  \n}"],
  [".k{}\n.l { ; ; color: red;; }\n.w > .x , .y>.z{color:red}",
   ".k{}.l{color:red}.w>.x,.y>.z{color:red}"],
  [".r { content: \"a\\\nb\"; quotes: \"\\201C\" \"\\201D\" }\n.s::after { content: '' }",
   ".r{content:\"ab\";quotes:\"\\201C\" \"\\201D\"}.s::after{content:''}"],
  [".aa { color: var( --main-color , #FFF ); width: min(100%, 500px); grid-area: 1 / 2 / 3 / 4 }",
   ".aa{color:var( --main-color,#FFF );width:min(100%,500px);grid-area:1/2/3/4}"],
  [".j { *zoom: 1; grid-template-columns: repeat(2, 1fr) minmax(0px, 1fr) }",
   ".j{*zoom:1;grid-template-columns:repeat(2,1fr)minmax(0,1fr)}"],
];

describe('resources.Minify for CSS', () => {
  it.each(hugoOutputs)('minifies %j as Hugo 0.111.3 does', (input, hugo) => {
    expect(minifyCss(input)).toBe(hugo);
  });

  it('keeps the unit of 0.0px but drops it from 0px, as Hugo 0.111.3 does', () => {
    expect(minifyCss('a{margin:0.0px 0px}')).toBe('a{margin:0px 0}');
  });

  it('returns an empty stylesheet for input that is only whitespace and ordinary comments', () => {
    expect(minifyCss('  /* nothing */\n')).toBe('');
  });
});

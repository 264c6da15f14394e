/**
 * The HTML parser state at a point in a template, modelled on Go's
 * html/template `context`: which kind of text we are in (HTML text, a tag, an
 * attribute value, JS, CSS, a URL, …) plus the sub-states that decide how an
 * interpolated value must be escaped there.
 */

import type { Tree } from '../ast.js';

export type State =
  | 'Text' // HTML text
  | 'Tag' // inside a tag, before an attribute name
  | 'AttrName'
  | 'AfterName' // after an attribute name, before `=` or the next attribute
  | 'BeforeValue' // after `=`, before the value
  | 'HTMLCmt'
  | 'RCDATA' // <title>, <textarea>
  | 'Attr' // an ordinary attribute value
  | 'URL'
  | 'Srcset'
  | 'JS'
  | 'JSDqStr'
  | 'JSSqStr'
  | 'JSRegexp'
  | 'JSBlockCmt'
  | 'JSLineCmt'
  | 'CSS'
  | 'CSSDqStr'
  | 'CSSSqStr'
  | 'CSSDqURL'
  | 'CSSSqURL'
  | 'CSSURL'
  | 'CSSBlockCmt'
  | 'CSSLineCmt'
  | 'Error'
  | 'Dead'; // after {{break}}/{{continue}}: joins with anything

/** How the attribute value we are in ends. */
export type Delim = 'None' | 'DoubleQuote' | 'SingleQuote' | 'SpaceOrTagEnd';
/** Where in a URL we are: before any text, in the path, in query/fragment, or unknown after a branch. */
export type UrlPart = 'None' | 'PreQuery' | 'QueryOrFrag' | 'Unknown';
/** Whether a `/` in JS would start a regexp or a division. */
export type JsCtx = 'Regexp' | 'DivOp' | 'Unknown';
/** The kind of attribute whose name we have seen. */
export type Attr = 'None' | 'Script' | 'ScriptType' | 'Style' | 'URL' | 'Srcset';
/** Elements whose content is not plain HTML. */
export type Element = 'None' | 'Script' | 'Style' | 'Textarea' | 'Title';

/** A problem found while tracing context; the escape pass adds the position. */
export interface Problem {
  message: string;
  /** Offset in the template source, when the problem is tied to a node. */
  pos?: number;
  /** The tree `pos` belongs to. */
  tree?: Tree | undefined;
}

export interface Context {
  state: State;
  delim: Delim;
  urlPart: UrlPart;
  jsCtx: JsCtx;
  attr: Attr;
  element: Element;
  err?: Problem;
}

/** The context a template starts in: HTML text. */
export function textContext(): Context {
  return { state: 'Text', delim: 'None', urlPart: 'None', jsCtx: 'Regexp', attr: 'None', element: 'None' };
}

export function withState(c: Context, state: State): Context {
  return { ...c, state };
}

export function errorContext(message: string, pos?: number): Context {
  return { ...textContext(), state: 'Error', err: pos === undefined ? { message } : { message, pos } };
}

export function eqContext(a: Context, b: Context): boolean {
  return (
    a.state === b.state &&
    a.delim === b.delim &&
    a.urlPart === b.urlPart &&
    a.jsCtx === b.jsCtx &&
    a.attr === b.attr &&
    a.element === b.element &&
    a.err === b.err
  );
}

export function isComment(s: State): boolean {
  return s === 'HTMLCmt' || s === 'JSBlockCmt' || s === 'JSLineCmt' || s === 'CSSBlockCmt' || s === 'CSSLineCmt';
}

export function isInTag(s: State): boolean {
  return s === 'Tag' || s === 'AttrName' || s === 'AfterName' || s === 'BeforeValue' || s === 'Attr';
}

/** The state an attribute value starts in, by attribute kind. */
export const attrStartState: Record<Attr, State> = {
  None: 'Attr',
  Script: 'JS',
  ScriptType: 'Attr',
  Style: 'CSS',
  URL: 'URL',
  Srcset: 'Srcset',
};

/** The state after an element's start tag ends. */
export const elementContentState: Record<Element, State> = {
  None: 'Text',
  Script: 'JS',
  Style: 'CSS',
  Textarea: 'RCDATA',
  Title: 'RCDATA',
};

/**
 * Where an action that the text leaves ambiguous really stands: `<a {{.}}` is
 * an attribute name, `<a title={{.}}` an unquoted value, as in Go.
 */
export function nudge(c: Context): Context {
  switch (c.state) {
    case 'Tag':
      return { ...c, state: 'AttrName' };
    case 'BeforeValue':
      return { ...c, state: attrStartState[c.attr], delim: 'SpaceOrTagEnd', attr: 'None' };
    case 'AfterName':
      return { ...c, state: 'AttrName', attr: 'None' };
    default:
      return c;
  }
}

/** Go's `%v` of a context, used in messages so they read like Go's. */
export function contextString(c: Context): string {
  const err = c.err === undefined ? '<nil>' : c.err.message;
  return `{state${c.state} delim${c.delim} urlPart${c.urlPart} jsCtx${c.jsCtx} attr${c.attr} element${c.element} ${err}}`;
}

/**
 * The name of a copy of template `name` escaped for starting context `c`, as
 * Go mangles it (`name$htmltemplate_stateJS_elementScript`); text keeps the name.
 */
export function mangle(c: Context, name: string): string {
  if (c.state === 'Text') return name;
  let s = `${name}$htmltemplate_state${c.state}`;
  if (c.delim !== 'None') s += `_delim${c.delim}`;
  if (c.urlPart !== 'None') s += `_urlPart${c.urlPart}`;
  if (c.jsCtx !== 'Regexp') s += `_jsCtx${c.jsCtx}`;
  if (c.attr !== 'None') s += `_attr${c.attr}`;
  if (c.element !== 'None') s += `_element${c.element}`;
  return s;
}

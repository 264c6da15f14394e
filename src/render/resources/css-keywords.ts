/**
 * The words tdewolff/minify v2.12.4 (Hugo 0.111.3) has in its CSS keyword
 * table. Only membership matters here: inside a function whose name is NOT
 * one of these words, tdewolff drops the unit of a zero length
 * (`translate(0px)` → `translate(0)`), but keeps it in `calc(0px …)`.
 */
export const knownKeywords: ReadonlySet<string> = new Set(`
  -ms-filter accelerator aliceblue align-content align-items align-self all alpha animation animation-delay
  animation-direction animation-duration animation-fill-mode animation-iteration-count animation-name
  animation-play-state animation-timing-function antiquewhite aquamarine attr auto azimuth background
  background-attachment background-clip background-color background-image background-origin
  background-position background-position-x background-position-y background-repeat background-size behavior
  black blanchedalmond blueviolet bold border border-bottom border-bottom-color border-bottom-style
  border-bottom-width border-box border-collapse border-color border-left border-left-color border-left-style
  border-left-width border-right border-right-color border-right-style border-right-width border-spacing
  border-style border-top border-top-color border-top-style border-top-width border-width bottom box-shadow
  burlywood cadetblue calc caption-side caret-color center charset chartreuse chocolate clamp clear clip cm
  color column-count column-gap column-rule column-rule-color column-rule-style column-rule-width column-width
  columns content cornflowerblue cornsilk counter-increment counter-reset cue cue-after cue-before
  currentcolor cursive cursor darkblue darkcyan darkgoldenrod darkgray darkgreen darkkhaki darkmagenta
  darkolivegreen darkorange darkorchid darksalmon darkseagreen darkslateblue darkslategray darkturquoise
  darkviolet deeppink deepskyblue default deg direction display document dodgerblue dpcm dpi dppx elevation
  empty-cells env fantasy fill filter firebrick flex flex-basis flex-direction flex-flow flex-grow flex-shrink
  flex-wrap float floralwhite font font-face font-family font-size font-size-adjust font-stretch font-style
  font-variant font-weight forestgreen fuchsia function gainsboro ghostwhite goldenrod grad greenyellow grid
  grid-area grid-auto-columns grid-auto-flow grid-auto-rows grid-column grid-column-end grid-column-gap
  grid-column-start grid-row grid-row-end grid-row-gap grid-row-start grid-template grid-template-areas
  grid-template-columns grid-template-rows height honeydew hsl hsla hz ime-mode import important in
  include-source indianred inherit initial invert justify-content justify-items justify-self keyframes khz
  large larger lavender lavenderblush lawngreen layer-background-color layer-background-image layout-flow
  layout-grid layout-grid-char layout-grid-char-spacing layout-grid-line layout-grid-mode layout-grid-type
  left lemonchiffon letter-spacing lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen
  lightpink lightsalmon lightseagreen lightskyblue lightslateblue lightsteelblue lightyellow limegreen
  line-break line-height linear-gradient list-style list-style-image list-style-position list-style-type local
  magenta margin margin-bottom margin-left margin-right margin-top marker-offset marks mask max max-height
  max-width media medium mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
  mediumspringgreen mediumturquoise mediumvioletred midnightblue min min-height min-width mintcream mistyrose
  mm moccasin monospace ms namespace navajowhite no-repeat none normal offset offset-anchor offset-distance
  offset-path offset-position offset-rotate olivedrab orangered order orphans outline outline-color
  outline-style outline-width overflow overflow-x overflow-y padding padding-bottom padding-box padding-left
  padding-right padding-top page page-break-after page-break-before page-break-inside palegoldenrod palegreen
  paleturquoise palevioletred papayawhip pause pause-after pause-before pc peachpuff pitch pitch-range
  place-content place-items place-self play-during position powderblue progid pt px quotes rad radial-gradient
  repeat repeat-x repeat-y rgb rgba richness right rosybrown round row-gap royalblue ruby-align ruby-overhang
  ruby-position saddlebrown sandybrown sans-serif scroll scrollbar-arrow-color scrollbar-base-color
  scrollbar-dark-shadow-color scrollbar-face-color scrollbar-highlight-color scrollbar-shadow-color
  scrollbar-track-color seagreen seashell serif size slateblue slategray small smaller solid space speak
  speak-header speak-numeral speak-punctuation speech-rate springgreen steelblue stress stroke supports
  table-layout text-align text-align-last text-autospace text-decoration text-decoration-color
  text-decoration-line text-decoration-style text-decoration-thickness text-emphasis text-emphasis-color
  text-indent text-justify text-kashida-space text-overflow text-shadow text-transform text-underline-position
  top transition transition-delay transition-duration transition-property transition-timing-function
  transparent turn turquoise unicode-bidi unicode-range unset url var vertical-align visibility voice-family
  volume white white-space whitesmoke widows width word-break word-spacing word-wrap writing-mode x-large
  x-small xx-large xx-small yellow yellowgreen z-index
`.trim().split(/\s+/));

/**
 * What kind of content an HTML attribute holds, following the table and the
 * name heuristics of Go's html/template (attr.go), so `data-href`, `xlink:href`
 * and `my-src` are URLs and `onanything` is JavaScript.
 */

export type AttrContent = 'plain' | 'url' | 'css' | 'js' | 'srcset' | 'html' | 'unsafe';

// Attributes Go lists with a type other than plain.
const typed: Record<string, AttrContent> = {
  'accept-charset': 'unsafe',
  action: 'url',
  archive: 'url',
  async: 'unsafe',
  background: 'url',
  cite: 'url',
  challenge: 'unsafe',
  charset: 'unsafe',
  classid: 'url',
  codebase: 'url',
  content: 'unsafe',
  crossorigin: 'unsafe',
  data: 'url',
  defer: 'unsafe',
  enctype: 'unsafe',
  form: 'unsafe',
  formaction: 'url',
  formenctype: 'unsafe',
  formmethod: 'unsafe',
  formnovalidate: 'unsafe',
  href: 'url',
  'http-equiv': 'unsafe',
  icon: 'url',
  keytype: 'unsafe',
  language: 'unsafe',
  longdesc: 'url',
  manifest: 'url',
  method: 'unsafe',
  novalidate: 'unsafe',
  pattern: 'unsafe',
  poster: 'url',
  profile: 'url',
  rel: 'unsafe',
  sandbox: 'unsafe',
  src: 'url',
  srcdoc: 'html',
  srcset: 'srcset',
  style: 'css',
  type: 'unsafe',
  usemap: 'url',
  value: 'unsafe',
  xmlns: 'url',
};

// Known plain attributes; listed because the heuristics below would
// otherwise misclassify some of them (`srclang` contains "src").
const plain = new Set(
  (
    'accept alt autocomplete autofocus autoplay border checked class cols colspan contenteditable contextmenu ' +
    'controls coords datetime default dir dirname disabled draggable dropzone for formtarget headers height hidden ' +
    'high hreflang id ismap kind label lang list loop low max maxlength media mediagroup min multiple name open ' +
    'optimum placeholder preload pubdate radiogroup readonly required reversed rows rowspan spellcheck scope scoped ' +
    'seamless selected shape size sizes span srclang start step tabindex target title width wrap'
  ).split(' '),
);

/** The content type of attribute `name` (already lower-cased). */
export function attrType(name: string): AttrContent {
  if (name.startsWith('data-')) {
    // `data-` is stripped so the heuristics apply to custom data (data-action is a URL).
    name = name.slice(5);
  } else {
    const colon = name.indexOf(':');
    if (colon >= 0) {
      if (name.slice(0, colon) === 'xmlns') return 'url';
      // svg:href and xlink:href are treated as href.
      name = name.slice(colon + 1);
    }
  }
  const known = typed[name];
  if (known !== undefined) return known;
  if (plain.has(name)) return 'plain';
  if (name.startsWith('on')) return 'js';
  // Custom attributes that hold URLs tend to say so in their names.
  if (name.includes('src') || name.includes('uri') || name.includes('url')) return 'url';
  return 'plain';
}

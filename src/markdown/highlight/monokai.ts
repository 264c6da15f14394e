/**
 * Chroma's "monokai" style (Hugo's default `markup.highlight.style`) as the inline CSS its HTML
 * formatter writes. Chroma resolves a token type's style from the type, its sub-category
 * (LiteralString, LiteralNumber, CommentPreproc) and category, then subtracts the background's
 * entry: the text colour #f8f8f2 and background #272822 vanish, so such tokens are bare text.
 */
const ENTRIES: Readonly<Record<string, string>> = {
  Error: 'color:#960050;background-color:#1e0010',
  Keyword: 'color:#66d9ef',
  KeywordNamespace: 'color:#f92672',
  Name: '',
  NameAttribute: 'color:#a6e22e',
  NameClass: 'color:#a6e22e',
  NameConstant: 'color:#66d9ef',
  NameDecorator: 'color:#a6e22e',
  NameException: 'color:#a6e22e',
  NameFunction: 'color:#a6e22e',
  NameOther: 'color:#a6e22e',
  NameTag: 'color:#f92672',
  Literal: 'color:#ae81ff',
  LiteralDate: 'color:#e6db74',
  LiteralString: 'color:#e6db74',
  LiteralStringEscape: 'color:#ae81ff',
  LiteralNumber: 'color:#ae81ff',
  Operator: 'color:#f92672',
  Punctuation: '',
  Comment: 'color:#75715e',
  GenericDeleted: 'color:#f92672',
  GenericEmph: 'font-style:italic',
  GenericInserted: 'color:#a6e22e',
  GenericStrong: 'font-weight:bold',
  GenericSubheading: 'color:#75715e',
  Text: '',
};

const SUB_CATEGORIES = ['LiteralString', 'LiteralNumber', 'CommentPreproc'];
const CATEGORIES = ['Keyword', 'Name', 'Literal', 'Operator', 'Punctuation', 'Comment', 'Generic', 'Text'];

const cache = new Map<string, string>();

/** The inline style for a token type, or '' when Chroma writes its text bare. */
export function monokaiStyle(type: string): string {
  let css = cache.get(type);
  if (css === undefined) {
    const sub = SUB_CATEGORIES.find((c) => type.startsWith(c));
    const cat = CATEGORIES.find((c) => type.startsWith(c));
    css = ENTRIES[type] ?? (sub === undefined ? undefined : ENTRIES[sub]) ?? (cat === undefined ? undefined : ENTRIES[cat]) ?? '';
    cache.set(type, css);
  }
  return css;
}

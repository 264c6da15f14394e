/**
 * `resources.Minify` for CSS, writing what Hugo 0.111.3 writes: its
 * minifier is tdewolff/minify v2.12.4 over tdewolff/parse v2.6.5 with
 * `KeepCSS2: true` and no precision limit. The output feeds `fingerprint`,
 * so every byte matters: one space more and the file name differs.
 *
 * The parser is a grammar walker like tdewolff's: the stylesheet comes
 * back as at-rules, selectors, declarations and closing braces, each
 * already stripped of whitespace the way tdewolff strips it (a single
 * space kept only where it can matter). Blocks of at-rules tdewolff does
 * not know (`@layer`, `@container`, `@property`, …) pass through token by
 * token, whitespace included, only comments dropped — as Hugo does.
 */

import { CssLexer, isIdent, type CssToken, type CssTokenType } from './css-tokenize.js';
import { minifyDeclarationValue } from './css-values.js';

type Grammar =
  | 'error' | 'comment' | 'at-rule' | 'begin-at-rule' | 'end-at-rule' | 'qualified-rule'
  | 'begin-ruleset' | 'end-ruleset' | 'declaration' | 'custom-property' | 'token';

type State = 'stylesheet' | 'at-rule-rules' | 'at-rule-declarations' | 'at-rule-unknown' | 'ruleset';

const WS: CssToken = { type: 'whitespace', text: ' ' };
const opens = new Set<CssTokenType>(['(', '{', '[', 'function']);
const closes = new Set<CssTokenType>([')', '}', ']']);

/** At-rules whose block holds rules or declarations; any other block is copied through. */
const ruleListAtRules = new Set(['document', 'keyframes', 'media', 'supports']);
const declarationAtRules = new Set(['font-face', 'page']);

class Parser {
  private readonly lexer: CssLexer;
  private states: State[] = ['stylesheet'];
  private level = 0;
  private keepWS = false;
  private prevWS = false;
  private prevComment = false;
  private prevEnd = false;
  tok: CssToken = { type: 'eof', text: '' };
  values: CssToken[] = [];
  parseError = false;

  constructor(src: string) {
    this.lexer = new CssLexer(src);
  }

  next(): Grammar {
    if (this.prevEnd) {
      this.tok = { type: '}', text: '}' };
      this.prevEnd = false;
    } else this.tok = this.pop(true);
    this.parseError = false;
    switch (this.states[this.states.length - 1]!) {
      case 'stylesheet': return this.stylesheet();
      case 'at-rule-rules': return this.atRuleRules();
      case 'at-rule-declarations': return this.atRuleDeclarations();
      case 'at-rule-unknown': return this.atRuleUnknown();
      case 'ruleset': return this.rulesetDeclarations();
    }
  }

  /** Skips whitespace (unless inside an unknown at-rule block) and comments; a top-level comment is returned. */
  private pop(allowComment: boolean): CssToken {
    this.prevWS = false;
    this.prevComment = false;
    let t = this.lexer.next();
    while ((!this.keepWS && t.type === 'whitespace') || t.type === 'comment') {
      if (t.type === 'whitespace') this.prevWS = true;
      else {
        this.prevComment = true;
        if (allowComment && this.states.length === 1) break;
      }
      t = this.lexer.next();
    }
    return t;
  }

  private track(t: CssTokenType): void {
    if (opens.has(t)) this.level++;
    else if (closes.has(t)) this.level--;
  }

  private stylesheet(): Grammar {
    const t = this.tok.type;
    if (t === 'cdo' || t === 'cdc') return 'token';
    if (t === 'at-keyword') return this.atRule();
    if (t === 'comment') return 'comment';
    if (t === 'eof') return 'error';
    return this.qualifiedRule();
  }

  private declarationList(): Grammar {
    if (this.tok.type === 'comment') this.tok = this.pop(false);
    while (this.tok.type === 'semicolon') this.tok = this.pop(false);
    // IE hack `*zoom: 1` keeps its star as part of the property name.
    if (this.tok.type === 'delim' && this.tok.text === '*') {
      const t = this.pop(false);
      this.tok = { type: t.type, text: '*' + t.text };
    }
    const t = this.tok.type;
    if (t === 'eof') return 'error';
    if (t === 'at-keyword') return this.atRule();
    if (t === 'ident' || t === 'delim') return this.declaration();
    if (t === 'custom-property-name') return this.customProperty();
    this.values = [];
    this.parseError = true;
    if (t === '}') {
      this.values.push(this.tok);
      return 'error';
    }
    return this.declarationError(this.tok);
  }

  private atRule(): Grammar {
    this.values = [];
    this.tok = { type: this.tok.type, text: this.tok.text.toLowerCase() };
    let name = this.tok.text.slice(1);
    if (name.startsWith('-')) {
      const dash = name.indexOf('-', 1);
      if (dash !== -1) name = name.slice(dash + 1);
    }
    let first = true;
    let skipWS = false;
    for (;;) {
      const t = this.pop(false);
      if (t.type === '{' && this.level === 0) {
        this.states.push(declarationAtRules.has(name) ? 'at-rule-declarations'
          : ruleListAtRules.has(name) ? 'at-rule-rules' : 'at-rule-unknown');
        return 'begin-at-rule';
      }
      if (((t.type === 'semicolon' || t.type === '}') && this.level === 0) || t.type === 'eof') {
        this.prevEnd = t.type === '}';
        return 'at-rule';
      }
      this.track(t.type);
      if (first) {
        if (t.type === '(' || t.type === '[') this.prevWS = false;
        first = false;
      }
      if (t.text === ',' || t.text === ':') skipWS = true;
      else if (this.prevWS && !skipWS && t.type !== ')') this.values.push(WS);
      else skipWS = false;
      if (t.type === '(') skipWS = true;
      this.values.push(t);
    }
  }

  private atRuleRules(): Grammar {
    if (this.tok.type === '}' || this.tok.type === 'eof') {
      this.states.pop();
      return 'end-at-rule';
    }
    return this.tok.type === 'at-keyword' ? this.atRule() : this.qualifiedRule();
  }

  private atRuleDeclarations(): Grammar {
    while (this.tok.type === 'semicolon') this.tok = this.pop(false);
    if (this.tok.type === '}' || this.tok.type === 'eof') {
      this.states.pop();
      return 'end-at-rule';
    }
    return this.declarationList();
  }

  private atRuleUnknown(): Grammar {
    this.keepWS = true;
    if ((this.tok.type === '}' && this.level === 0) || this.tok.type === 'eof') {
      this.states.pop();
      this.keepWS = false;
      return 'end-at-rule';
    }
    this.track(this.tok.type);
    return 'token';
  }

  private qualifiedRule(): Grammar {
    this.values = [];
    let first = true;
    let inAttr = false;
    let skipWS = true;
    for (;;) {
      let t: CssToken;
      if (first) {
        t = this.tok;
        first = false;
      } else t = this.pop(false);
      if (t.type === '{' && this.level === 0) {
        this.states.push('ruleset');
        return 'begin-ruleset';
      }
      if (t.type === 'eof') {
        this.parseError = true;
        return 'error';
      }
      this.track(t.type);
      if (t.text === ',' || t.text === '>' || t.text === '+' || t.text === '~') {
        if (t.text === ',') return 'qualified-rule';
        skipWS = true;
      } else if (this.prevWS && !skipWS && !inAttr) this.values.push(WS);
      else skipWS = false;
      if (t.type === '[') inAttr = true;
      else if (t.type === ']') inAttr = false;
      this.values.push(t);
    }
  }

  private rulesetDeclarations(): Grammar {
    while (this.tok.type === 'semicolon') this.tok = this.pop(false);
    if (this.tok.type === '}' || this.tok.type === 'eof') {
      this.states.pop();
      return 'end-ruleset';
    }
    return this.declarationList();
  }

  private declaration(): Grammar {
    this.values = [];
    this.tok = { type: this.tok.type, text: this.tok.text.toLowerCase() };
    const name = this.tok;
    const colon = this.pop(false);
    if (colon.type !== 'colon') {
      this.parseError = true;
      this.values.push(name);
      return this.declarationError(colon);
    }
    let skipWS = true;
    for (;;) {
      const t = this.pop(false);
      if (((t.type === 'semicolon' || t.type === '}') && this.level === 0) || t.type === 'eof') {
        this.prevEnd = t.type === '}';
        return 'declaration';
      }
      this.track(t.type);
      if (t.text.length === 1 && ',/:!='.includes(t.text) && t.type !== 'string') skipWS = true;
      else if ((this.prevWS || this.prevComment) && !skipWS) this.values.push(WS);
      else skipWS = false;
      this.values.push(t);
    }
  }

  private declarationError(start: CssToken): Grammar {
    let t = start;
    this.tok = t;
    for (;;) {
      if (((t.type === 'semicolon' || t.type === '}') && this.level === 0) || t.type === 'eof') {
        this.prevEnd = t.type === '}';
        if (t.type === 'semicolon') this.values.push(t);
        return 'error';
      }
      this.track(t.type);
      if (this.prevWS) this.values.push(WS);
      this.values.push(t);
      t = this.pop(false);
    }
  }

  /** `--name: value` keeps its value as written (comments too), trimmed. */
  private customProperty(): Grammar {
    this.values = [];
    if (this.pop(false).type !== 'colon') {
      this.parseError = true;
      return 'error';
    }
    let value = '';
    for (;;) {
      const t = this.lexer.next();
      if (((t.type === 'semicolon' || t.type === '}') && this.level === 0) || t.type === 'eof') {
        this.prevEnd = t.type === '}';
        this.values.push({ type: 'whitespace', text: value });
        return 'custom-property';
      }
      this.track(t.type);
      value += t.text;
    }
  }
}

const trimWhitespace = (s: string): string => s.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');

/** Minifies a stylesheet byte for byte as Hugo 0.111.3's `resources.Minify` does. */
export function minifyCss(source: string): string {
  const p = new Parser(source);
  let out = '';
  let semicolonQueued = false;
  for (;;) {
    const g = p.next();
    const data = p.tok.text;
    if (g === 'error') {
      if (!p.parseError) return out;
      if (semicolonQueued) out += ';';
      let vals = p.values;
      if (vals.length > 0 && vals[vals.length - 1]!.type === 'semicolon') {
        vals = vals.slice(0, -1);
        semicolonQueued = true;
      }
      for (const v of vals) out += v.text;
      continue;
    }
    if (g === 'end-at-rule' || g === 'end-ruleset') {
      out += '}';
      semicolonQueued = false;
      continue;
    }
    if (semicolonQueued) {
      out += ';';
      semicolonQueued = false;
    }
    switch (g) {
      case 'at-rule':
        out += data + atImport(data, p.values).map((v) => v.text).join('');
        semicolonQueued = true;
        break;
      case 'begin-at-rule':
        out += data + p.values.map((v) => v.text).join('') + '{';
        break;
      case 'qualified-rule':
        out += selector(p.values) + ',';
        break;
      case 'begin-ruleset':
        out += selector(p.values) + '{';
        break;
      case 'declaration':
        out += data + ':' + minifyDeclarationValue(data, p.values);
        semicolonQueued = true;
        break;
      case 'custom-property': {
        const raw = p.values[0]?.text ?? '';
        const value = trimWhitespace(raw);
        out += data + ':' + (raw.length > 0 && value.length === 0 ? ' ' : value);
        semicolonQueued = true;
        break;
      }
      case 'comment':
        // Only `/*! … */` survives, its whitespace runs squeezed to one character.
        if (data.length > 5 && data.startsWith('/*!')) {
          const body = data.slice(3, -2).replace(/[ \t\n\f\r]+/g, (run) => (/[\n\r]/.test(run) ? '\n' : ' '));
          out += '/*!' + trimWhitespace(body) + '*/';
        }
        break;
      default:
        out += data;
    }
  }
}

/** `@import url(x)` becomes `@import "x"`, as tdewolff rewrites it. */
function atImport(name: string, values: CssToken[]): CssToken[] {
  const url = values[1];
  if (name !== '@import' || values.length !== 2 || url?.type !== 'url' || url.text.length <= 4 || !url.text.endsWith(')')) return values;
  const inner = url.text.slice(4, -1);
  const text = inner.startsWith('"') || inner.startsWith("'") ? inner : `"${trimWhitespace(inner)}"`;
  return [values[0]!, { type: 'string', text }];
}

/** Element names and pseudo-classes lower-cased, `[a="b"]` unquoted when `b` is an identifier. */
function selector(values: CssToken[]): string {
  let out = '';
  let inAttr = false;
  let isClass = false;
  for (const v of values) {
    let text = v.text;
    if (!inAttr) {
      if (v.type === 'ident') {
        if (!isClass) text = text.toLowerCase();
        isClass = false;
      } else if (v.type === 'delim' && text === '.') isClass = true;
      else if (v.type === '[') inAttr = true;
    } else if (v.type === 'string' && text.length > 2 && isIdent(text.slice(1, -1))) {
      text = text.slice(1, -1);
    } else if (v.type === ']') inAttr = false;
    else if (v.type === 'ident' && (text === 'i' || text === 'I')) out += ' ';
    out += text;
  }
  return out;
}

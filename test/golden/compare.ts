// Compares a site vellum built with the output real Hugo wrote, the way a reader would:
// HTML as parsed documents (entity spelling, attribute order and insignificant whitespace
// do not count), XML ignoring whitespace between tags, every other file byte for byte.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

// Elements around which whitespace never shows: block-level content plus everything that
// lives in <head>. Whitespace between two of these (or at a block's edge) is dropped.
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'base', 'blockquote', 'body', 'caption', 'col', 'colgroup',
  'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'li',
  'link', 'main', 'menu', 'meta', 'nav', 'noscript', 'ol', 'optgroup', 'option', 'p', 'pre',
  'script', 'section', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'tfoot', 'th',
  'thead', 'title', 'tr', 'ul',
]);

// Whitespace is content inside these.
const PRESERVE_WHITESPACE = new Set(['pre', 'textarea']);

type Node = T.ChildNode;
type Parent = T.Document | T.Element | T.DocumentFragment;

function isElement(node: Node): node is T.Element {
  return 'tagName' in node;
}

function isText(node: Node): node is T.TextNode {
  return node.nodeName === '#text';
}

function isBlock(node: Node | undefined): boolean {
  return node !== undefined && isElement(node) && BLOCK_ELEMENTS.has(node.tagName);
}

// Hugo adds <meta name="generator"> to the home page; vellum need not copy it.
function isGeneratorMeta(node: Node): boolean {
  return isElement(node) && node.tagName === 'meta' &&
    node.attrs.some((a) => a.name === 'name' && a.value.toLowerCase() === 'generator');
}

function childrenOf(node: Parent): Node[] {
  if ('tagName' in node && node.tagName === 'template') {
    return (node as T.Template).content.childNodes;
  }
  return node.childNodes;
}

/** The document as canonical lines: one node per line, indented by depth. */
export function normaliseHtml(html: string): string {
  const lines: string[] = [];
  walk(parse(html), 0, false, lines);
  return lines.join('\n');
}

function walk(parent: Parent, depth: number, preserve: boolean, out: string[]): void {
  const kids = childrenOf(parent).filter((n) => !isGeneratorMeta(n));
  const parentIsBlock = !('tagName' in parent) || BLOCK_ELEMENTS.has(parent.tagName);
  const indent = '  '.repeat(depth);
  kids.forEach((node, i) => {
    if (isText(node)) {
      const text = preserve ? node.value : trimAtBlocks(node.value, kids[i - 1], kids[i + 1], parentIsBlock);
      if (text !== '') out.push(`${indent}${JSON.stringify(text)}`);
      return;
    }
    if (node.nodeName === '#comment') {
      out.push(`${indent}<!--${(node as T.CommentNode).data}-->`);
      return;
    }
    if (node.nodeName === '#documentType') {
      out.push(`${indent}<!DOCTYPE ${(node as T.DocumentType).name}>`);
      return;
    }
    if (!isElement(node)) return;
    const attrs = [...node.attrs]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((a) => ` ${a.name}=${JSON.stringify(a.value)}`)
      .join('');
    out.push(`${indent}<${node.tagName}${attrs}>`);
    walk(node, depth + 1, preserve || PRESERVE_WHITESPACE.has(node.tagName), out);
  });
}

// Runs of whitespace count as one space; next to a block boundary they count as nothing.
function trimAtBlocks(value: string, prev: Node | undefined, next: Node | undefined, parentIsBlock: boolean): string {
  let text = value.replace(/[ \t\n\r\f]+/g, ' ');
  if (prev === undefined ? parentIsBlock : isBlock(prev)) text = text.replace(/^ /, '');
  if (next === undefined ? parentIsBlock : isBlock(next)) text = text.replace(/ $/, '');
  return text;
}

/** XML with the whitespace between tags removed, and inside tags reduced to single spaces. */
export function normaliseXml(xml: string): string {
  return xml
    .replace(/\r\n?/g, '\n')
    .replace(/>\s+</g, '><')
    .replace(/<[^<>]+>/g, (tag) => tag.replace(/\s+/g, ' ').replace(/ ?\/>$/, '/>'))
    .trim()
    .replace(/></g, '>\n<');
}

export type FileDifference =
  | { path: string; reason: 'missing' }
  | { path: string; reason: 'unexpected' }
  | { path: string; reason: 'different'; detail: string };

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

type Kind = 'html' | 'xml' | 'bytes';

function kindOf(path: string): Kind {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.xml$/i.test(path)) return 'xml';
  return 'bytes';
}

/** Compare one file's contents; returns a readable diff, or undefined when they match. */
export function compareContents(path: string, expected: Buffer, actual: Buffer): string | undefined {
  const kind = kindOf(path);
  if (kind === 'bytes') {
    if (expected.equals(actual)) return undefined;
    return `bytes differ (expected ${expected.length} bytes, got ${actual.length})\n` +
      firstDifference(expected.toString('utf8').split('\n'), actual.toString('utf8').split('\n'));
  }
  const normalise = kind === 'html' ? normaliseHtml : normaliseXml;
  const a = normalise(expected.toString('utf8'));
  const b = normalise(actual.toString('utf8'));
  return a === b ? undefined : firstDifference(a.split('\n'), b.split('\n'));
}

/** The first differing line with a few lines of context, as "-" expected / "+" actual. */
export function firstDifference(expected: string[], actual: string[], context = 3): string {
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - context);
  const out: string[] = [`first difference at normalised line ${i + 1}:`];
  for (let k = from; k < i; k++) out.push(`  ${expected[k]}`);
  for (const line of expected.slice(i, i + context + 1)) out.push(`- ${line}`);
  if (i >= expected.length) out.push('- (end of expected)');
  for (const line of actual.slice(i, i + context + 1)) out.push(`+ ${line}`);
  if (i >= actual.length) out.push('+ (end of actual)');
  return out.join('\n');
}

/** Every difference between two output folders, in path order. */
export async function compareDirectories(expectedDir: string, actualDir: string): Promise<FileDifference[]> {
  const [want, got] = await Promise.all([listFiles(expectedDir), listFiles(actualDir)]);
  const gotSet = new Set(got);
  const wantSet = new Set(want);
  const differences: FileDifference[] = [];
  for (const path of [...new Set([...want, ...got])].sort()) {
    if (!gotSet.has(path)) {
      differences.push({ path, reason: 'missing' });
    } else if (!wantSet.has(path)) {
      differences.push({ path, reason: 'unexpected' });
    } else {
      const [a, b] = await Promise.all([readFile(join(expectedDir, path)), readFile(join(actualDir, path))]);
      const detail = compareContents(path, a, b);
      if (detail !== undefined) differences.push({ path, reason: 'different', detail });
    }
  }
  return differences;
}

/** A report naming the first differing file in full and counting the rest. */
export function describeDifferences(differences: readonly FileDifference[]): string {
  const [first, ...rest] = differences;
  if (first === undefined) return 'outputs match';
  const head =
    first.reason === 'missing' ? `${first.path}: Hugo wrote this file, vellum did not` :
    first.reason === 'unexpected' ? `${first.path}: vellum wrote this file, Hugo did not` :
    `${first.path}: contents differ\n${first.detail}`;
  if (rest.length === 0) return head;
  const others = rest.slice(0, 10).map((d) => `  ${d.reason} ${d.path}`).join('\n');
  return `${head}\n\n${rest.length} more difference(s):\n${others}${rest.length > 10 ? '\n  …' : ''}`;
}

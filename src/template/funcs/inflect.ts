/**
 * Hugo's inflect namespace (humanize, pluralize, singularize), which uses
 * gobuffalo/flect: English rules, irregular words, uncountable words, and
 * acronyms kept upper-case by humanize. Outputs checked against Hugo 0.111.3.
 */
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

const irregular: [string, string][] = [
  ['person', 'people'], ['man', 'men'], ['woman', 'women'], ['child', 'children'], ['mouse', 'mice'], ['louse', 'lice'],
  ['goose', 'geese'], ['foot', 'feet'], ['tooth', 'teeth'], ['ox', 'oxen'], ['datum', 'data'], ['medium', 'media'],
  ['criterion', 'criteria'], ['phenomenon', 'phenomena'], ['index', 'indices'], ['matrix', 'matrices'], ['vertex', 'vertices'],
  ['analysis', 'analyses'], ['thesis', 'theses'], ['crisis', 'crises'], ['axis', 'axes'], ['quiz', 'quizzes'],
  ['wolf', 'wolves'], ['knife', 'knives'], ['life', 'lives'], ['wife', 'wives'], ['half', 'halves'], ['shelf', 'shelves'],
  ['move', 'moves'], ['movie', 'movies'], ['sex', 'sexes'], ['cactus', 'cacti'], ['octopus', 'octopi'], ['alumnus', 'alumni'], ['video', 'videoes'],
  ['syllabus', 'syllabi'], ['fungus', 'fungi'], ['campus', 'campuses'], ['bus', 'buses'], ['status', 'statuses'],
  ['virus', 'viruses'], ['genus', 'genera'], ['appendix', 'appendices'], ['die', 'dice'], ['potato', 'potatoes'],
  ['tomato', 'tomatoes'], ['hero', 'heroes'], ['echo', 'echoes'], ['photo', 'photos'], ['piano', 'pianos'], ['zero', 'zeros'],
];
const uncountable = new Set([
  'news', 'equipment', 'information', 'rice', 'money', 'species', 'series', 'fish', 'sheep', 'deer', 'moose', 'police',
  'aircraft', 'offspring', 'jeans', 'feedback', 'software', 'hardware', 'advice', 'music', 'luggage',
  'furniture', 'homework', 'knowledge', 'traffic', 'weather', 'work', 'metadata', 'swine', 'trout', 'salmon',
]);
const toPlural = new Map(irregular);
const toSingular = new Map(irregular.map(([s, p]) => [p, s]));

const pluralRules: [RegExp, string][] = [
  [/(quiz)$/i, '$1zes'], [/([^aeiouy]|qu)y$/i, '$1ies'], [/(x|ch|ss|sh|zz)$/i, '$1es'], [/(alias|status)$/i, '$1es'],
  [/(bu)s$/i, '$1ses'], [/us$/i, 'uses'], [/s$/i, 's'], [/$/, 's'],
];
const singularRules: [RegExp, string][] = [
  [/(quiz)zes$/i, '$1'], [/([^aeiouy]|qu)ies$/i, '$1y'], [/(x|ch|ss|sh|zz)es$/i, '$1'], [/(alias|status)es$/i, '$1'],
  [/(bus)es$/i, '$1'], [/uses$/i, 'us'], [/ss$/i, 'ss'], [/(us|is)$/i, '$1'], [/s$/i, ''],
];

/** Keeps the case of the word's first letter when it is replaced by a rule or an irregular form. */
function withCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

function inflect(word: string, table: Map<string, string>, rules: [RegExp, string][], plural: boolean): string {
  if (word === '') return word;
  const lower = word.toLowerCase();
  if (uncountable.has(lower)) return word;
  const direct = table.get(lower);
  if (direct !== undefined) return withCase(word, direct);
  // Already in the target form?
  if ((plural ? toSingular : toPlural).has(lower)) return word;
  for (const [re, repl] of rules) if (re.test(word)) return word.replace(re, repl);
  return word;
}

export const pluralize = (w: string): string => inflect(w, toPlural, pluralRules, true);
export const singularize = (w: string): string => inflect(w, toSingular, singularRules, false);

const acronyms = new Set([
  'API', 'ASCII', 'CPU', 'DNS', 'EOF', 'GUID', 'HTML', 'HTTP', 'HTTPS', 'ID', 'IP', 'JSON', 'LHS', 'QPS', 'RAM',
  'RHS', 'RPC', 'SLA', 'SMTP', 'SQL', 'SSH', 'TCP', 'TLS', 'TTL', 'UDP', 'UI', 'UID', 'UUID', 'URI', 'URL', 'UTF8', 'VM',
  'XMPP', 'XSRF', 'XSS',
]);

const isSeparator = (c: string): boolean => /[\s_\-]/.test(c);
const isUpper = (c: string): boolean => /\p{Lu}/u.test(c);

/**
 * flect's word split (what Hugo 0.111's humanize uses): a new word starts at
 * a separator (space, "_", "-"), at an upper-case letter after a non-upper
 * one, and at an upper-case letter that follows a known acronym ("HTMLParser"
 * → HTML Parser, but "XMLHttp" stays one word: flect does not know XML).
 */
function words(s: string): string[] {
  const parts: string[] = [];
  let x = '';
  let prev = '';
  const flush = (): void => {
    if (x !== '') parts.push(x);
    x = '';
  };
  for (const c of s.trim()) {
    if (isSeparator(c)) flush();
    else if (isUpper(c) && (!isUpper(prev) || acronyms.has(x.toUpperCase()))) {
      flush();
      x = c;
    } else if (/[\p{L}\p{N}\p{P}`]/u.test(c)) x += c;
    else flush();
    prev = c;
  }
  flush();
  return parts;
}

/** Go's strings.Title: upper-case every letter that follows a non-letter. */
const goTitle = (s: string): string => s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());

export function ordinalize(n: string): string {
  const num = Math.abs(parseInt(n, 10));
  const mod100 = num % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return n + (['th', 'st', 'nd', 'rd'][num % 10] ?? 'th');
}

export function humanize(input: unknown): string {
  const word = toStringE(input);
  if (word === '') return '';
  if (typeof input === 'number' && Number.isInteger(input)) return ordinalize(word);
  if (/^[+-]?\d+$/.test(word)) return ordinalize(word);
  // Acronyms print upper-case; the first word is title-cased ("my.file.name" → "My.File.Name"), the rest lower-cased.
  return words(word)
    .map((w, i) => (acronyms.has(w.toUpperCase()) ? w.toUpperCase() : i === 0 ? goTitle(w.toLowerCase()) : w.toLowerCase()))
    .join(' ');
}

export const inflectNamespace: Namespace = () => [
  { name: 'inflect.Humanize', aliases: ['humanize'], fn: humanize, examples: [
    ['{{ humanize "my-first-post" }}', 'My first post'], ['{{ humanize "myCamelPost" }}', 'My camel post'],
    ['{{ humanize "52" }}', '52nd'], ['{{ humanize 103 }}', '103rd'], ['{{ humanize 11 }}', '11th'], ['{{ humanize 22 }}', '22nd'],
    ['{{ humanize "XMLHttpRequest" }}', 'Xmlhttp request'], ['{{ humanize "some_id" }}', 'Some ID'], ['{{ humanize "1st" }}', '1st'],
  ] },
  { name: 'inflect.Pluralize', aliases: ['pluralize'], fn: (w: unknown) => pluralize(toStringE(w)), examples: [
    ['{{ pluralize "category" }}', 'categories'], ['{{ pluralize "person" }}', 'people'], ['{{ pluralize "bus" }}', 'buses'],
    ['{{ pluralize "box" }}', 'boxes'], ['{{ pluralize "news" }}', 'news'], ['{{ pluralize "gallery" }}', 'galleries'],
    ['{{ pluralize "post" }}', 'posts'], ['{{ pluralize "leaf" }}', 'leafs'], ['{{ pluralize "mouse" }}', 'mice'],
    ['{{ pluralize "child" }}', 'children'], ['{{ pluralize "quiz" }}', 'quizzes'],
  ] },
  { name: 'inflect.Singularize', aliases: ['singularize'], fn: (w: unknown) => singularize(toStringE(w)), examples: [
    ['{{ singularize "categories" }}', 'category'], ['{{ singularize "people" }}', 'person'],
    ['{{ singularize "wolves" }}', 'wolf'], ['{{ singularize "posts" }}', 'post'],
  ] },
];

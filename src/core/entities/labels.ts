// BILOU labels over four types. MISC is learned (CoNLL and WikiGold annotate it) but never output:
// knowing "American" is MISC stops it from being guessed as a place or an organization.

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TagType = (typeof TYPES)[number];

/** Position of a token in its span. */
export type Pos = 0 | 1 | 2 | 3;
export const Pos = { B: 0, I: 1, L: 2, U: 3 } as const;

/** Label 0 is O; label 1 + 4·type + pos is {B,I,L,U}-type. */
export const NUM_LABELS = 1 + 4 * TYPES.length;
export const O = 0;

export function label(type: number, pos: Pos): number {
  return 1 + 4 * type + pos;
}
export function labelType(l: number): number {
  return l === 0 ? -1 : (l - 1) >> 2;
}
export function labelPos(l: number): Pos {
  return ((l - 1) & 3) as Pos;
}

export function labelName(l: number): string {
  if (l === 0) return 'O';
  return 'BILU'[labelPos(l)]! + '-' + TYPES[labelType(l)]!;
}

/** allowed[prev * NUM_LABELS + cur]: BILOU well-formedness. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array(NUM_LABELS * NUM_LABELS);
  for (let p = 0; p < NUM_LABELS; p++) {
    for (let c = 0; c < NUM_LABELS; c++) a[p * NUM_LABELS + c] = isAllowed(p, c) ? 1 : 0;
  }
  return a;
})();

function isAllowed(prev: number, cur: number): boolean {
  const open = prev !== 0 && (labelPos(prev) === Pos.B || labelPos(prev) === Pos.I);
  if (open) return cur !== 0 && labelType(cur) === labelType(prev) && (labelPos(cur) === Pos.I || labelPos(cur) === Pos.L);
  return cur === 0 || labelPos(cur) === Pos.B || labelPos(cur) === Pos.U;
}

export function canStart(l: number): boolean {
  return l === 0 || labelPos(l) === Pos.B || labelPos(l) === Pos.U;
}
export function canEnd(l: number): boolean {
  return l === 0 || labelPos(l) === Pos.L || labelPos(l) === Pos.U;
}

/** Token-level BILOU labels from spans [start, end) (token indices) of a type index. */
export function spansToLabels(n: number, spans: readonly { start: number; end: number; type: number }[]): Uint8Array {
  const out = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = label(s.type, Pos.U);
    else {
      out[s.start] = label(s.type, Pos.B);
      for (let k = s.start + 1; k < s.end - 1; k++) out[k] = label(s.type, Pos.I);
      out[s.end - 1] = label(s.type, Pos.L);
    }
  }
  return out;
}

/** Spans from a well-formed (or repaired) BILOU label sequence. */
export function labelsToSpans(labels: ArrayLike<number>, from = 0, to = labels.length): { start: number; end: number; type: number }[] {
  const out: { start: number; end: number; type: number }[] = [];
  let open = -1;
  let openType = -1;
  for (let i = from; i < to; i++) {
    const l = labels[i]!;
    if (l === 0) {
      open = -1;
      continue;
    }
    const t = labelType(l);
    const p = labelPos(l);
    if (p === Pos.U) {
      out.push({ start: i, end: i + 1, type: t });
      open = -1;
    } else if (p === Pos.B) {
      open = i;
      openType = t;
    } else if (p === Pos.L) {
      if (open >= 0 && openType === t) out.push({ start: open, end: i + 1, type: t });
      open = -1;
    } else if (open < 0 || openType !== t) open = -1;
  }
  return out;
}

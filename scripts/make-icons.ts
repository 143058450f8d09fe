// Draws Lede's toolbar icon (a navy tile, a white "L", a highlighter stroke) at 16/32/48/128 px
// into public/icons/. Run once after changing the design: `npx tsx scripts/make-icons.ts`.

import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

const NAVY: RGBA = [20, 35, 60, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const YELLOW: RGBA = [245, 197, 24, 235];

/** Colour at a point of the unit square (0..1), or null for transparent. */
function shade(x: number, y: number): RGBA | null {
  // Rounded tile, corner radius 0.2.
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // The "L": stem and foot.
  const stem = x >= 0.3 && x <= 0.45 && y >= 0.18 && y <= 0.78;
  const foot = x >= 0.3 && x <= 0.74 && y >= 0.65 && y <= 0.78;
  // The highlighter stroke, slightly slanted, behind the foot of the L.
  const slant = 0.05 * (x - 0.5);
  const mark = x >= 0.16 && x <= 0.86 && y >= 0.56 + slant && y <= 0.86 + slant;
  if (stem || foot) return WHITE;
  if (mark) return YELLOW;
  return NAVY;
}

function render(size: number): Buffer {
  const ss = 4; // supersampling per axis, for smooth edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          const w = c[3] / 255;
          // Alpha-composite the stroke over navy.
          const base = c === YELLOW ? NAVY : c;
          r += c[0] * w + base[0] * (1 - w);
          g += c[1] * w + base[1] * (1 - w);
          b += c[2] * w + base[2] * (1 - w);
          a += 255;
        }
      const n = ss * ss;
      const cov = a / n / 255;
      const o = 1 + px * 4;
      row[o] = cov ? Math.round(r / (cov * n)) : 0;
      row[o + 1] = cov ? Math.round(g / (cov * n)) : 0;
      row[o + 2] = cov ? Math.round(b / (cov * n)) : 0;
      row[o + 3] = Math.round(a / n);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(w: number, h: number, raw: Buffer): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, render(size));
console.log('wrote public/icons/icon-{16,32,48,128}.png');

// Makes the shipped templates/logo.png (a neutral placeholder emblem) and templates/letterhead.docx
// (the default letterhead, with {{title}}, {{body}} and {{marking}}) from templates/theme.json.
// Run: npx tsx scripts/make-letterhead.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { DEFAULT_THEME, buildDefaultLetterhead, checkLetterhead, themeSchema, type Theme } from '../src/core/documents/index';

const templates = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../templates');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG from a pixel function (coverage-based anti-aliasing by 4×4 supersampling). */
function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const p = pixel(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
        acc[0] += p[0] * p[3]; acc[1] += p[1] * p[3]; acc[2] += p[2] * p[3]; acc[3] += p[3];
      }
      const a = acc[3] / 16;
      const o = y * (width * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(acc[0] / acc[3]) : 0;
      raw[o + 1] = a ? Math.round(acc[1] / acc[3]) : 0;
      raw[o + 2] = a ? Math.round(acc[2] / acc[3]) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array()),
  ]);
}

/** A calm emblem: a rounded square in the theme's colour holding three white figures under one roof line. */
export function placeholderLogo(theme: Theme): Buffer {
  const hex = theme.colours.primary;
  const fill: [number, number, number, number] = [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16), 255];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  const clear: [number, number, number, number] = [0, 0, 0, 0];
  const size = 240;
  const inRoundedSquare = (x: number, y: number) => {
    const r = 44;
    const cx = Math.min(Math.max(x, r), size - r);
    const cy = Math.min(Math.max(y, r), size - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const figures = [[78, 118, 19], [120, 104, 23], [162, 118, 19]] as const;
  const isWhite = (x: number, y: number) => {
    // Roof: a chevron line above the figures.
    const roofY = 78 - (60 - Math.abs(x - 120)) * 0.55;
    if (x > 52 && x < 188 && Math.abs(y - roofY) < 7) return true;
    for (const [cx, cy, r] of figures) {
      if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
      const bodyTop = cy + r + 8;
      const rx = r * 1.45;
      if (y >= bodyTop && y <= bodyTop + rx && ((x - cx) / rx) ** 2 + ((y - (bodyTop + rx)) / rx) ** 2 <= 1) return true;
    }
    return false;
  };
  return png(size, size, (x, y) => (!inRoundedSquare(x, y) ? clear : isWhite(x, y) ? white : fill));
}

function loadTheme(): Theme {
  const file = path.join(templates, 'theme.json');
  if (!existsSync(file)) return DEFAULT_THEME;
  const parsed = themeSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    console.warn('templates/theme.json has a problem, so the built-in theme is used:', parsed.error.issues.map((i) => i.message).join('; '));
    return DEFAULT_THEME;
  }
  return parsed.data;
}

const theme = loadTheme();
const logo = placeholderLogo(theme);
writeFileSync(path.join(templates, 'logo.png'), logo);
const letterhead = await buildDefaultLetterhead(theme, logo);
const check = await checkLetterhead(letterhead);
if (!check.usable || check.problems.length > 0) throw new Error(`The letterhead failed its own check: ${check.problems.join(' ')}`);
writeFileSync(path.join(templates, 'letterhead.docx'), letterhead);
console.log(`Wrote templates/logo.png (${logo.length} bytes) and templates/letterhead.docx (${letterhead.length} bytes).`);

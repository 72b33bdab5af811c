// Draws the app icon (build/icon.png, 512×512): a round table with six chairs, white on teal.
// electron-builder makes the Windows .ico and macOS .icns from it. Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // supersampling per axis, for smooth edges
const BACKGROUND = [11, 85, 99];
const FOREGROUND = [255, 255, 255];

function insideRoundedSquare(x, y) {
  const r = 96;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const chairs = Array.from({ length: 6 }, (_, i) => {
  const angle = (i * Math.PI) / 3 - Math.PI / 2;
  return [SIZE / 2 + Math.cos(angle) * 172, SIZE / 2 + Math.sin(angle) * 172];
});

function isForeground(x, y) {
  const d = (x - SIZE / 2) ** 2 + (y - SIZE / 2) ** 2;
  if (d <= 108 ** 2) return true; // the table
  return chairs.some(([cx, cy]) => (x - cx) ** 2 + (y - cy) ** 2 <= 40 ** 2);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let bg = 0;
    let fg = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        if (!insideRoundedSquare(px, py)) continue;
        if (isForeground(px, py)) fg++;
        else bg++;
      }
    }
    const n = SAMPLES * SAMPLES;
    const alpha = (bg + fg) / n;
    const mix = (c) => (bg + fg ? Math.round((BACKGROUND[c] * bg + FOREGROUND[c] * fg) / (bg + fg)) : 0);
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = mix(0);
    raw[o + 1] = mix(1);
    raw[o + 2] = mix(2);
    raw[o + 3] = Math.round(alpha * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`Wrote build/icon.png (${png.length} bytes).`);

// Draws the app icons (a white record sheet with a check mark on the app's red) and writes them
// as PNG files into public/icons/. No image library: shapes are rasterised with 4×4
// supersampling and encoded with node:zlib. Run `npm run icons` after changing the design; the
// PNGs are committed, and test/unit/pwa/icons.test.ts checks they match this script.
//
// "any" icons fill a rounded square; "maskable" icons are full-bleed and keep the whole sheet
// inside the central safe circle (radius 40 % of the size) that launchers never crop.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const COLORS = {
  background: [0xa3, 0x14, 0x0f], // --accent in src/styles/global.css
  sheet: [0xff, 0xff, 0xff],
  line: [0xa3, 0x14, 0x0f],
  check: [0x17, 0x66, 0x3a],       // --ok
};

/** Every icon file: name, pixel size and style. The manifest and layout link these names. */
export const ICONS = [
  { file: 'icon-32.png', size: 32, style: 'any' },
  { file: 'icon-96.png', size: 96, style: 'any' },
  { file: 'icon-192.png', size: 192, style: 'any' },
  { file: 'icon-512.png', size: 512, style: 'any' },
  { file: 'maskable-192.png', size: 192, style: 'maskable' },
  { file: 'maskable-512.png', size: 512, style: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, style: 'maskable' },
];

/** Glyph scale: share of the canvas the glyph's unit box covers. */
const SCALE = { any: 0.8, maskable: 0.62 };

const inRoundRect = (x, y, hw, hh, r) => {
  const dx = Math.max(Math.abs(x) - (hw - r), 0);
  const dy = Math.max(Math.abs(y) - (hh - r), 0);
  return dx * dx + dy * dy <= r * r;
};

const nearSegment = (x, y, [ax, ay], [bx, by], halfWidth) => {
  const vx = bx - ax, vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const dx = x - (ax + t * vx), dy = y - (ay + t * vy);
  return dx * dx + dy * dy <= halfWidth * halfWidth;
};

/** Colour of one point of the glyph in its own unit box (x, y ∈ [-0.5, 0.5]), or null. */
function glyphAt(x, y) {
  if (!inRoundRect(x, y, 0.36, 0.45, 0.06)) return null;
  for (const ly of [-0.29, -0.17, -0.05]) if (nearSegment(x, y, [-0.2, ly], [0.2, ly], 0.03)) return COLORS.line;
  if (nearSegment(x, y, [-0.17, 0.2], [-0.05, 0.32], 0.04) || nearSegment(x, y, [-0.05, 0.32], [0.2, 0.09], 0.04)) return COLORS.check;
  return COLORS.sheet;
}

/** Colour (or null = transparent) at a point of the canvas, u, v ∈ [0, 1]. */
export function colorAt(u, v, style) {
  const x = u - 0.5, y = v - 0.5;
  if (style === 'any' && !inRoundRect(x, y, 0.5, 0.5, 0.2)) return null;
  return glyphAt(x / SCALE[style], y / SCALE[style]) ?? COLORS.background;
}

/** RGBA pixels (row-major) of one icon. */
export function renderIcon(size, style) {
  const n = 4; // samples per axis
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) for (let sx = 0; sx < n; sx++) {
        const c = colorAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, style);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
      const i = (py * size + px) * 4;
      if (a) { rgba[i] = Math.round(r / a); rgba[i + 1] = Math.round(g / a); rgba[i + 2] = Math.round(b / a); }
      rgba[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A truecolour-with-alpha, 8-bit, non-interlaced PNG. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'public/icons';
  mkdirSync(dir, { recursive: true });
  for (const { file, size, style } of ICONS) {
    const png = encodePng(size, size, renderIcon(size, style));
    writeFileSync(join(dir, file), png);
    console.log(`icons: ${join(dir, file)} ${size}×${size} ${style} ${png.length} bytes`);
  }
}

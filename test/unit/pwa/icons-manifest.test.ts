import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { COLORS, ICONS, renderIcon } from '../../../scripts/icons.mjs';

/** Minimal PNG reader for what scripts/icons.mjs writes (8-bit RGBA, filter 0 on every row). */
function readPng(file: string) {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let off = 8, width = 0, height = 0;
  const idat: Buffer[] = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off), type = buf.toString('ascii', off + 4, off + 8), data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); expect([...data.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]); }
    if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8'));

describe('app icons', () => {
  it.each(ICONS)('public/icons/$file is what scripts/icons.mjs draws ($size px, $style)', ({ file, size, style }) => {
    const png = readPng(`public/icons/${file}`);
    expect([png.width, png.height]).toEqual([size, size]);
    expect(Buffer.from(png.rgba).equals(Buffer.from(renderIcon(size, style)))).toBe(true);
  });

  it('maskable icons are opaque and keep everything but the background inside the 40 % safe circle', () => {
    for (const { file, size } of ICONS.filter((i) => i.style === 'maskable')) {
      const { rgba } = readPng(`public/icons/${file}`);
      let glyphPixels = 0;
      for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
        const i = (y * size + x) * 4;
        expect(rgba[i + 3]).toBe(255);
        const isBackground = rgba[i] === COLORS.background[0] && rgba[i + 1] === COLORS.background[1] && rgba[i + 2] === COLORS.background[2];
        if (!isBackground) {
          glyphPixels++;
          expect(Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2)).toBeLessThanOrEqual(0.4 * size);
        }
      }
      expect(glyphPixels).toBeGreaterThan(size * size * 0.1); // the sheet is really drawn
    }
  });

  it('"any" icons have transparent corners (rounded square)', () => {
    const { rgba } = readPng('public/icons/icon-512.png');
    expect(rgba[3]).toBe(0);
    expect(rgba[(256 * 512 + 256) * 4 + 3]).toBe(255);
  });
});

describe('web app manifest', () => {
  it('is Vietnamese, standalone, starts at the home page and uses the app colours', () => {
    expect(manifest).toMatchObject({ name: 'Sổ tay Xếp loại', lang: 'vi', display: 'standalone', start_url: '/', scope: '/' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('lists existing icons of the declared size, with 192 and 512 px for both "any" and "maskable"', () => {
    for (const icon of [...manifest.icons, ...manifest.shortcuts.flatMap((s: { icons: unknown[] }) => s.icons)]) {
      const file = `public${icon.src}`;
      expect(existsSync(file), file).toBe(true);
      const { width, height } = readPng(file);
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
    for (const purpose of ['any', 'maskable']) for (const size of ['192x192', '512x512']) {
      expect(manifest.icons.some((i: { purpose: string; sizes: string }) => i.purpose === purpose && i.sizes === size)).toBe(true);
    }
  });

  it('has shortcuts to the calculator and the library', () => {
    expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toEqual(['/tinh-xep-loai/', '/van-ban/']);
  });
});

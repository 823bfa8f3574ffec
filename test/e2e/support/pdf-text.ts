// The text of a PDF that Chromium printed (page.pdf(), i.e. Page.printToPDF), read back as a
// reader would: every content stream is inflated, each font's ToUnicode CMap maps the glyph ids
// of its `<hex> Tj` / `[…] TJ` strings back to characters. Enough for Chromium's own output
// (Identity-H fonts with bfchar/bfrange CMaps); not a general PDF parser.
import { inflateSync } from 'node:zlib';

function streams(pdf: Buffer): { dict: string; data: Buffer }[] {
  const out: { dict: string; data: Buffer }[] = [];
  const s = pdf.toString('latin1');
  const re = /<<((?:[^<>]|<<[^<>]*>>|<[^<>]*>)*)>>\s*stream\r?\n/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    let data = pdf.subarray(start, end);
    if (/FlateDecode/.test(m[1]!)) { try { data = inflateSync(data); } catch { continue; } }
    out.push({ dict: m[1]!, data });
  }
  return out;
}

/** glyph id (hex) → text, from every ToUnicode CMap in the file (Chromium numbers glyphs per font; collisions map alike). */
function cmaps(all: { data: Buffer }[]): Map<string, string>[] {
  const maps: Map<string, string>[] = [];
  const hexText = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const { data } of all) {
    const t = data.toString('latin1');
    if (!t.includes('begincmap')) continue;
    const map = new Map<string, string>();
    for (const block of t.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1]!.toUpperCase(), hexText(m[2]!));
    for (const block of t.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const lo = parseInt(m[1]!, 16), hi = parseInt(m[2]!, 16), base = parseInt(m[3]!, 16);
        for (let g = lo; g <= hi; g++) map.set(g.toString(16).toUpperCase().padStart(m[1]!.length, '0'), String.fromCodePoint(base + g - lo));
      }
    }
    maps.push(map);
  }
  return maps;
}

/**
 * The printed text. Chromium starts a new text object wherever the font changes (Vietnamese
 * letters often come from a fallback font), so the objects are joined without a separator:
 * words keep their own space glyphs; two lines may touch (fine for `toContain` on phrases).
 */
export function pdfText(pdf: Buffer): string {
  const all = streams(pdf);
  const maps = cmaps(all);
  const decode = (hex: string) => {
    const glyphs = hex.toUpperCase().match(/.{4}/g) ?? [];
    // The font in use is not tracked: take the CMap that knows every glyph of the run.
    const map = maps.find((m) => glyphs.every((g) => m.has(g))) ?? maps[0];
    return glyphs.map((g) => map?.get(g) ?? '').join('');
  };
  const parts: string[] = [];
  for (const { data } of all) {
    const t = data.toString('latin1');
    if (!/\bBT\b/.test(t)) continue;
    for (const bt of t.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = '';
      for (const m of bt[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*Tj|\[((?:[^\]])*)\]\s*TJ/g)) {
        if (m[1]) line += decode(m[1]);
        else for (const h of m[2]!.matchAll(/<([0-9A-Fa-f]+)>|(-?\d+(?:\.\d+)?)/g)) line += h[1] ? decode(h[1]) : Number(h[2]) < -200 ? ' ' : '';
      }
      parts.push(line);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').normalize('NFC');
}

// The text of a PDF that Chromium printed (page.pdf(), i.e. Page.printToPDF), read back as a
// reader would: every content stream is inflated, and each `<hex> Tj` / `[…] TJ` string is
// mapped back to characters through the ToUnicode CMap of the font selected by the last `Tf`
// (Chromium uses Identity-H fonts and simple fallback fonts, with bfchar/bfrange CMaps). Not a
// general PDF parser.
import { inflateSync } from 'node:zlib';

interface Obj { dict: string; data: Buffer | null }

function objects(pdf: Buffer): Map<number, Obj> {
  const out = new Map<number, Obj>();
  const s = pdf.toString('latin1');
  const re = /(\d+) 0 obj\s*/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endobj', start);
    const body = s.slice(start, end);
    const k = body.indexOf('stream');
    if (k < 0) { out.set(Number(m[1]), { dict: body, data: null }); continue; }
    const dataStart = start + k + 'stream'.length + (s[start + k + 6] === '\r' ? 2 : 1);
    const dataEnd = s.lastIndexOf('endstream', end);
    let data = pdf.subarray(dataStart, dataEnd);
    if (/FlateDecode/.test(body.slice(0, k))) { try { data = inflateSync(data); } catch { /* not deflated after all */ } }
    out.set(Number(m[1]), { dict: body.slice(0, k), data });
  }
  return out;
}

function cmap(t: string): Map<string, string> {
  const map = new Map<string, string>();
  const hexText = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of t.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1]!.toUpperCase(), hexText(m[2]!));
  for (const block of t.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const lo = parseInt(m[1]!, 16), hi = parseInt(m[2]!, 16), base = parseInt(m[3]!, 16);
      for (let g = lo; g <= hi; g++) map.set(g.toString(16).toUpperCase().padStart(m[1]!.length, '0'), String.fromCodePoint(base + g - lo));
    }
  }
  return map;
}

/**
 * The printed text. Chromium starts a new text object wherever the font changes (Vietnamese
 * letters often come from a fallback font), so the pieces are joined without a separator:
 * words keep their own space glyphs; two lines may touch (fine for `toContain` on phrases).
 */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  // Font resource name (/F4) → the ToUnicode map of that font object.
  const fonts = new Map<string, Map<string, string>>();
  for (const { dict } of objs.values()) {
    for (const res of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const f of res[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
        const tu = /\/ToUnicode\s+(\d+) 0 R/.exec(objs.get(Number(f[2]))?.dict ?? '');
        const data = tu ? objs.get(Number(tu[1]))?.data : null;
        if (data) fonts.set(f[1]!, cmap(data.toString('latin1')));
      }
    }
  }
  const parts: string[] = [];
  for (const { data } of objs.values()) {
    if (!data) continue;
    const t = data.toString('latin1');
    if (!/\bBT\b/.test(t) || t.includes('begincmap')) continue;
    let font: Map<string, string> | undefined;
    // Composite fonts use 2-byte codes, simple ones (Chromium's fallback subsets) 1-byte codes: the CMap's keys tell.
    const decode = (hex: string) => {
      const width = font?.keys().next().value?.length ?? 4;
      return (hex.toUpperCase().match(new RegExp(`.{${width}}`, 'g')) ?? []).map((g) => font?.get(g) ?? '').join('');
    };
    for (const op of t.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj|\[((?:[^\]])*)\]\s*TJ/g)) {
      if (op[1]) font = fonts.get(op[1]);
      else if (op[2]) parts.push(decode(op[2]));
      else for (const h of op[3]!.matchAll(/<([0-9A-Fa-f]+)>|(-?\d+(?:\.\d+)?)/g)) parts.push(h[1] ? decode(h[1]) : Number(h[2]) < -200 ? ' ' : '');
    }
  }
  return parts.join('').replace(/\s+/g, ' ').normalize('NFC');
}

// Character-level repairs of extraction damage. Each repair is a pure function that also
// reports how many places it changed, so the importer can record (and the reader page can
// state) exactly which cleaning steps were applied to which document.

export interface Repaired { text: string; count: number }

/**
 * Unicode NFC. Seed 001 stores Vietnamese letters decomposed (base letter + combining marks);
 * search, comparison and fonts expect the composed form. Counts the characters that differ
 * between the two forms (an approximation of "letters recomposed").
 */
export function toNfc(text: string): Repaired {
  const nfc = text.normalize('NFC');
  if (nfc === text) return { text, count: 0 };
  let count = 0;
  for (const ch of text) if (/\p{M}/u.test(ch)) count += 1;
  return { text: nfc, count };
}

/**
 * PDF text layers built with old Vietnamese fonts (TCVN3/VNI mappings) put U+01A3 "ƣ"
 * (Latin small letter oi) where the printed letter is "ư" (U+01B0), and U+01A2 "Ƣ" for "Ư".
 * Neither letter exists in Vietnamese, so the replacement is unambiguous.
 */
export function repairHornU(text: string): Repaired {
  let count = 0;
  const out = text.replace(/[\u01A3\u01A2]/g, (c) => { count += 1; return c === '\u01A3' ? '\u01B0' : '\u01AF'; });
  return { text: out, count };
}

/** Emphasis the source printed at the start of a line (a bold article or khoản title, an italic run-in title). */
export interface LeadEmphasis { kind: 'strong' | 'em'; text: string }

/**
 * Markdown produced by a PDF-to-markdown converter: heading hashes ("### "), emphasis
 * asterisks ("**Điều 3**", "*nếu có*"), escaped asterisks ("\*") and hard line breaks
 * (two trailing spaces). The words are kept; only the markup characters go.
 * Counts removed markup tokens. The emphasis a line opens with (right at its start or after its
 * marker: "**1. Tập thể**", "a) *Đối với tập thể*: …") is returned by line number (1-based),
 * so headings can keep the weight the printed text gave them.
 */
export function stripMarkdown(text: string): Repaired & { emphasis: Map<number, LeadEmphasis> } {
  let count = 0;
  const emphasis = new Map<number, LeadEmphasis>();
  const lines = text.split('\n').map((line, i) => {
    let l = line.replace(/^#{1,6}\s+/, () => { count += 1; return ''; });
    // Protect escaped asterisks (a printed "*", e.g. the star under an issuer's name).
    l = l.replace(/\\\*/g, '\u0000');
    const lead = l.match(/^(\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2}){0,2}\.?)?\s*)(\*{1,3})([^*\u0000]+?)\2(?!\*)/u);
    if (lead && /\p{L}/u.test(lead[3]!)) {
      emphasis.set(i + 1, { kind: lead[2]!.length === 1 ? 'em' : 'strong', text: lead[3]!.replace(/\s+/g, ' ').trim() });
    }
    l = l.replace(/\*{1,3}/g, () => { count += 1; return ''; });
    l = l.replace(/\u0000/g, '*');
    l = l.replace(/ {2,}$/, () => { count += 1; return ''; });
    return l;
  });
  return { text: lines.join('\n'), count, emphasis };
}

/**
 * Tabs, no-break spaces and runs of spaces left by justified text ("chất lượng      hằng năm")
 * become one space; lines are trimmed. Counts collapsed runs.
 */
export function collapseSpaces(text: string): Repaired {
  let count = 0;
  const lines = text.split('\n').map((line) => {
    const l = line.replace(/[\t\u00A0\u2007\u202F ]{2,}|[\t\u00A0\u2007\u202F]/g, () => { count += 1; return ' '; });
    return l.trim();
  });
  return { text: lines.join('\n'), count };
}

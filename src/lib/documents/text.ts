// User text on its way into a document: Unicode NFC (Vietnamese typed on different keyboards
// arrives composed or decomposed), control characters removed (they make Word refuse the file:
// XML 1.0 forbids them), lone surrogates removed, runs of spaces kept as typed.

// C0 controls except TAB and LF, DEL, C1 controls, the XML-forbidden non-characters.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Clean text for a document; CR/LF become LF, tabs become spaces. */
export function cleanText(s: unknown): string {
  if (typeof s !== 'string') return '';
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '')
    .normalize('NFC');
}

/** One-line text (names, places): newlines collapsed to spaces, trimmed. */
export function cleanLine(s: unknown): string {
  return cleanText(s).replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Date line of a Vietnamese administrative document: "Sao Đỏ, ngày 05 tháng 12 năm 2023".
 * Days below 10 and the months 1 and 2 take a leading zero (the convention of party and state
 * documents). Without a date, blanks are left to fill in by hand.
 */
export function placeDateLine(place: string, isoDate: string | null | undefined): string {
  const p = cleanLine(place) || '……………';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (!m) return `${p}, ngày …… tháng …… năm ……`;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${p}, ngày ${dd} tháng ${mm} năm ${m[1]}`;
}

/** A file name without diacritics or characters that are awkward in file systems. */
export function asciiFileName(s: string): string {
  return cleanLine(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80) || 'tai-lieu';
}

export type UnitWord = 'ĐẢNG BỘ' | 'ĐẢNG ỦY' | 'CHI BỘ';

const PARTY_PREFIX = /^(đảng\s+bộ|đảng\s+[uủ][yỷ])\s+/iu;
const CHI_BO_PREFIX = /^chi\s+bộ\s+/iu;
/** Names that carry their own committee word: kept as typed ("Huyện ủy Tuy Phước", "Chi bộ …" under a đảng bộ line). */
const OWN_WORD = /^(chi\s+bộ|(tỉnh|thành|huyện|quận|thị)\s+[uủ][yỷ]|đảng\s+ủy\s+khối)\s+/iu;

/**
 * A unit's name after its committee word, the word written once: "Đảng bộ phường Sao Đỏ" and
 * "phường Sao Đỏ" both give "Đảng bộ phường Sao Đỏ" for 'ĐẢNG BỘ' ("ĐẢNG BỘ PHƯỜNG SAO ĐỎ" with
 * `upper`). A đảng bộ typed as "Đảng ủy …" (or the reverse) takes the word asked for; a name
 * with a committee word of its own ("Huyện ủy …") is kept as typed. Empty: dots to fill in.
 */
export function unitTitle(word: UnitWord, name: string, { upper = false } = {}): string {
  const n = cleanLine(name).normalize('NFC');
  const title = word.charAt(0) + word.slice(1).toLowerCase();
  let out: string;
  if (!n) out = `${title} …………`;
  else if (word === 'CHI BỘ') out = CHI_BO_PREFIX.test(n) ? n.replace(CHI_BO_PREFIX, `${title} `) : `${title} ${n}`;
  else if (PARTY_PREFIX.test(n)) out = n.replace(PARTY_PREFIX, `${title} `);
  else if (OWN_WORD.test(n)) out = n;
  else out = `${title} ${n}`;
  return upper ? out.toUpperCase() : out;
}

/** The name without a leading committee word of `word`'s family (for "Chi bộ: …" form fields). */
export function bareUnitName(word: UnitWord, name: string): string {
  const n = cleanLine(name).normalize('NFC');
  return n.replace(word === 'CHI BỘ' ? CHI_BO_PREFIX : PARTY_PREFIX, '');
}

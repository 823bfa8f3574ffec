// What a numbered paragraph's heading holds. The printed documents put a short title after the
// marker ("Điều 12. Tiêu chí xếp loại", "4.3. Đối với cá nhân", "a) Đối với tập thể: …"), or open
// a sentence with it ("d) Bị xử lý kỷ luật trong năm đánh giá …"). A heading carries only the
// marker and the short title; the sentence becomes the unit's first paragraph (its block 1).
import type { MarkerType } from './markers.ts';
import type { LeadEmphasis } from './normalize.ts';

export interface HeadingParts {
  title: string;
  /** The sentence that followed the marker or the run-in title ("" when there is none). */
  lead: string;
  emphasis?: LeadEmphasis['kind'];
}

/** Chapters, articles, parts and sections of the plans always print a title. */
const TITLED: readonly MarkerType[] = ['chuong', 'dieu', 'la-ma', 'chu-hoa'];
// Vietnamese words are syllables: "Đối với cá nhân" is four.
const MAX_TITLE_WORDS = 20;
const MAX_RUN_IN_WORDS = 16;

const wordCount = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** A title, not a sentence: short and not closed by a full stop or a semicolon ("Đối với cá nhân", "Bước 1: Tự đánh giá", "Tập thể lãnh đạo, quản lý:"). */
export function isShortTitle(text: string): boolean {
  return wordCount(text) <= MAX_TITLE_WORDS && !/[.;…]$/u.test(text);
}

export function splitHeading(type: MarkerType, marker: string, text: string, emphasis?: LeadEmphasis): HeadingParts {
  if (!text) return { title: '', lead: '' };
  // The source printed the title in bold or italics: that run is the title ("**1. Tập thể**",
  // "a) *Đối với tập thể*: Người đứng đầu …").
  if (emphasis) {
    const span = emphasis.text.startsWith(marker) ? emphasis.text.slice(marker.length).trim() : emphasis.text;
    if (span && text.startsWith(span) && wordCount(span) <= 2 * MAX_TITLE_WORDS) {
      let title = span;
      let rest = text.slice(span.length);
      const colon = rest.match(/^\s*:\s*/u);
      if (colon) { title += ':'; rest = rest.slice(colon[0].length); }
      if (!rest || /^\s/u.test(rest) || colon) return { title, lead: rest.trim(), emphasis: emphasis.kind };
    }
  }
  if (TITLED.includes(type) || isShortTitle(text)) return { title: text, lead: '' };
  // A run-in title: "Đối với kiểm điểm tập thể, cá nhân cán bộ lãnh đạo, quản lý: Kiểm điểm …".
  const runIn = text.match(/^([^:.;!?“"(]+):\s+(\S.*)$/u);
  if (runIn && wordCount(runIn[1]!) <= MAX_RUN_IN_WORDS) return { title: `${runIn[1]!}:`, lead: runIn[2]! };
  return { title: '', lead: text };
}

// Facts as words, for the printed result sheet and the drafts list: "12", "85 %", "05/12/2023",
// "Có", "Tốt, Tốt, Xuất sắc". Empty/false facts give null (the sheet lists what was entered).
import { CAUSES, DISCIPLINE_FORMS, EVENT_FORMS, type FieldDef } from './fields.ts';
import { LEVEL_LABEL, RATING_LABEL, viDate } from './labels.ts';
import type { LevelCode, RatingCode } from '../../rules/case-schema.ts';

const pick = (opts: readonly (readonly [string, string])[], v: unknown) => opts.find(([k]) => k === v)?.[1] ?? String(v);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

// One formatter for every number: Number#toLocaleString with a locale builds a new ICU formatter on
// each call (≈ 1 ms a number at 4× CPU; the print sheet's dozen facts took 186 ms per redraw).
let viNumber: Intl.NumberFormat | null = null;
const numberText = (n: number) => (viNumber ??= new Intl.NumberFormat('vi-VN')).format(n);

export function percentText(share: number): string {
  return `${numberText(Math.round(share * 10000) / 100)} %`;
}

export function factText(def: FieldDef, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const t = def.type;
  switch (t.t) {
    case 'count': case 'score': case 'months': return typeof value === 'number' ? numberText(value) : null;
    case 'percent': return typeof value === 'number' ? percentText(value) : null;
    case 'date': return typeof value === 'string' ? viDate(value) : null;
    case 'bool': return value === true ? 'Có' : null;
    case 'rating': return RATING_LABEL[value as RatingCode] ?? String(value);
    case 'enum': return pick(t.options, value);
    case 'levels': return Array.isArray(value) && value.length ? value.map((l) => LEVEL_LABEL[l as LevelCode] ?? String(l)).join(', ') : null;
    case 'ratings': return Array.isArray(value) && value.length ? value.map((r) => RATING_LABEL[r as RatingCode] ?? String(r)).join('; ') : null;
    case 'discipline':
      if (!Array.isArray(value) || !value.length) return null;
      return value.map((d) => {
        const r = obj(d);
        const parts = [r.form ? pick(DISCIPLINE_FORMS, r.form) : 'Kỷ luật'];
        if (r.decidedOn) parts.push(`quyết định ngày ${viDate(String(r.decidedOn))}`);
        if (r.violationYear) parts.push(`vi phạm năm ${r.violationYear}`);
        if (r.selfDetectedAndRemedied) parts.push('tự phát hiện, khắc phục xong');
        return parts.join(', ');
      }).join('; ');
    case 'events':
      if (!Array.isArray(value) || !value.length) return null;
      return value.map((d) => {
        const r = obj(d);
        const parts = [pick(t.who, r.who)];
        if (r.cause) parts.push(pick(CAUSES, r.cause));
        if (r.form) parts.push(pick(EVENT_FORMS, r.form));
        if (r.selfDetectedAndRemedied) parts.push('tự phát hiện, khắc phục xong');
        return parts.join(', ');
      }).join('; ');
    case 'corruption': {
      if (!Array.isArray(value) || !value.length) return null;
      const self = value.filter((d) => obj(d).selfDetectedAndRemedied === true).length;
      return `${value.length} trường hợp${self ? ` (${self} tự phát hiện, khắc phục xong)` : ''}`;
    }
  }
}

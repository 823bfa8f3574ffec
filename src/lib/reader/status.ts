// The status line of a library document, said the same way on its page, on its clauses (the
// context bar), in copied citations and in print: whether it is in force, since when it is not
// and what governs now; for a local plan, the review period it was written for and whether that
// period is over. Derived from the documents' own metadata and relations, never typed per page.

export interface StatusDoc {
  id: string;
  kind: string;
  number: string | null;
  shortTitle: string;
  year: number;
  status: { code: 'con-hieu-luc' | 'het-hieu-luc' | 'ke-hoach-nam'; label: string; since?: string | undefined };
  relations: ReadonlyArray<{ type: string; doc: string }>;
}

export interface DocStatus {
  kind: 'in-force' | 'superseded' | 'period-over' | 'period-current';
  /** "Hết hiệu lực từ 30/8/2025", "Kế hoạch cho kỳ đánh giá năm 2023 — kỳ này đã kết thúc". */
  text: string;
  /** What applies now, when this document does not: the text in force. */
  now: { doc: string; name: string } | null;
  /** Short form for citations: "hết hiệu lực từ 30/8/2025". */
  note: string;
}

const KIND: Record<string, string> = { 'quy-dinh': 'Quy định', 'ke-hoach': 'Kế hoạch', 'huong-dan': 'Hướng dẫn' };
export const docName = (d: Pick<StatusDoc, 'kind' | 'number' | 'shortTitle'>) => (d.number ? `${KIND[d.kind] ?? ''} ${d.number}`.trim() : d.shortTitle);
const vi = (iso: string) => { const [y, m, d] = iso.split('-'); return `${d}/${Number(m)}/${y}`; };

/** The review of year Y ends by 31/12, or 15/01 of Y + 1 where the cycle is special (Hướng dẫn 43, mục 4). */
export const periodEnd = (year: number) => `${year + 1}-01-15`;

/** Follow "bị thay thế bởi" to the text in force (124 → 366; 132 → 124 → 366). */
function inForce(d: StatusDoc, all: readonly StatusDoc[]): StatusDoc | null {
  let cur: StatusDoc | undefined = d;
  for (let i = 0; cur && i < 5; i += 1) {
    if (cur.status.code === 'con-hieu-luc') return cur;
    const next: string | undefined = cur.relations.find((r) => r.type === 'bi-thay-the')?.doc;
    cur = all.find((x) => x.id === next);
  }
  return null;
}

/** The central text in force, for "what applies now" on a plan whose period is over. */
function centralInForce(all: readonly StatusDoc[]): StatusDoc | null {
  return all.find((x) => x.kind === 'quy-dinh' && x.status.code === 'con-hieu-luc') ?? null;
}

export function docStatus(d: StatusDoc, all: readonly StatusDoc[], today: string): DocStatus {
  if (d.status.code === 'ke-hoach-nam') {
    const over = today > periodEnd(d.year);
    const now = over ? centralInForce(all) : null;
    return {
      kind: over ? 'period-over' : 'period-current',
      text: over ? `Kế hoạch cho kỳ đánh giá năm ${d.year}; kỳ đánh giá này đã kết thúc` : `Kế hoạch cho kỳ đánh giá năm ${d.year}, đang thực hiện`,
      now: now ? { doc: now.id, name: docName(now) } : null,
      note: `kế hoạch cho kỳ đánh giá năm ${d.year}${over ? ', đã kết thúc' : ''}`,
    };
  }
  if (d.status.code === 'het-hieu-luc') {
    const now = inForce(d, all);
    const since = d.status.since ? ` từ ${vi(d.status.since)}` : '';
    return { kind: 'superseded', text: `Hết hiệu lực${since}`, now: now && now.id !== d.id ? { doc: now.id, name: docName(now) } : null, note: `hết hiệu lực${since}` };
  }
  return { kind: 'in-force', text: d.status.since ? `Đang có hiệu lực (từ ${vi(d.status.since)})` : 'Đang có hiệu lực', now: null, note: '' };
}

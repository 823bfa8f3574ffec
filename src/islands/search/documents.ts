// What the search knows about each document besides its text: number, kind, review year, regime
// and status. From them: the status and regime badge of every result, and the order of
// preference between rules in force and superseded ones. Pure; the list itself is read from the
// library's content files by library-docs.ts.

export interface DocStatus { code: string; label: string; since?: string }
export interface DocRelation { type: string; doc: string }

export interface DocInfo {
  id: string;
  kind: string;
  /** "124-QĐ/TW", or null for the plans printed without a number. */
  number: string | null;
  shortTitle: string;
  year: number;
  regime: string;
  status: DocStatus;
  relations: DocRelation[];
  /** Full text in the library (src/content/texts), not only facts. */
  published: boolean;
  /** The place a local plan is of ("Sao Đỏ", "Tuy Phước"), as users name the plan; null otherwise. */
  locality?: string | null;
}

/** "Đảng ủy phường Sao Đỏ" → "Sao Đỏ", "Ban Thường vụ Huyện ủy Tuy Phước" → "Tuy Phước"; a
 * committee named by its level alone ("Ban Thường vụ Tỉnh ủy") names no place. */
export function localityOf(issuer: string | null | undefined): string | null {
  return issuer?.match(/(?:phường|xã|thị trấn|(?:[Hh]uyện|[Tt]hành|[Qq]uận|[Tt]ỉnh) (?:ủy|uỷ))\s+((?:\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*)*)$/u)?.[1] ?? null;
}

/** "2025-08-30" → "30/8/2025", as the library writes dates of regimes. */
const shortDate = (iso: string) => { const [y, m, d] = iso.split('-'); return `${d}/${Number(m)}/${y}`; };

const KIND_NAMES: Record<string, string> = { 'quy-dinh': 'Quy định', 'huong-dan': 'Hướng dẫn', 'ke-hoach': 'Kế hoạch' };

/** "Quy định 366", "Hướng dẫn 43": how users name a document. */
export function shortName(d: DocInfo): string {
  const n = d.number?.match(/^\d+/)?.[0];
  return n ? `${KIND_NAMES[d.kind] ?? ''} ${n}`.trim() : d.shortTitle;
}

export interface Badge {
  /** The rules of this document are the ones in force today. */
  inForce: boolean;
  /** 0 for rules in force, 1 for rules replaced once, 2 for twice…: orders results of equal match. */
  staleness: number;
  /** "Đang áp dụng", "Hết hiệu lực từ 30/8/2025 — thay bằng Quy định 366"; for a plan, the same
   * said of the regime it applies ("Theo Quy định 124: hết hiệu lực từ …"). */
  status: string;
  /** "Quy định 124", "Kế hoạch cho kỳ đánh giá năm 2023". */
  regime: string;
  /** The library has only facts about this document, not its text. */
  factsOnly: boolean;
}

export class Catalog {
  readonly docs: readonly DocInfo[];
  private readonly byId: Map<string, DocInfo>;
  private readonly badges = new Map<string, Badge | null>();

  constructor(docs: readonly DocInfo[]) {
    this.docs = docs;
    this.byId = new Map(docs.map((d) => [d.id, d]));
  }

  info(id: string): DocInfo | undefined { return this.byId.get(id); }

  /** The document that replaced `d` (its own "bị thay thế" relation, or another's "thay thế" of it). */
  replacement(d: DocInfo): DocInfo | undefined {
    const own = d.relations.find((r) => r.type === 'bi-thay-the');
    if (own) return this.byId.get(own.doc);
    return this.docs.find((x) => x.relations.some((r) => r.type === 'thay-the' && r.doc === d.id));
  }

  /** The documents that replaced `d` in turn, up to the one in force: [] when `d` is in force. */
  private successors(d: DocInfo): DocInfo[] {
    const out: DocInfo[] = [];
    for (let cur = d; cur.status.code === 'het-hieu-luc';) {
      const next = this.replacement(cur);
      if (!next || next === d || out.includes(next)) break;
      out.push(next);
      cur = next;
    }
    return out;
  }

  /** Status and regime of a document's rules, for the badge of every result (null: unknown document). */
  badge(docId: string): Badge | null {
    if (this.badges.has(docId)) return this.badges.get(docId)!;
    const d = this.byId.get(docId);
    let badge: Badge | null = null;
    if (d) {
      const regime = this.byId.get(d.regime);
      // A plan applies its regime for one review year: its rules are as current as the regime's.
      const rules = d.kind === 'ke-hoach' ? regime ?? d : d;
      const chain = this.successors(rules);
      const superseded = rules.status.code === 'het-hieu-luc';
      let status = 'Đang áp dụng';
      if (superseded) {
        const [next] = chain;
        const now = chain.length > 1 ? chain[chain.length - 1] : undefined;
        status = `Hết hiệu lực${rules.status.since ? ` từ ${shortDate(rules.status.since)}` : ''}`
          + (next ? ` — thay bằng ${shortName(next)}${now ? ` (nay là ${shortName(now)})` : ''}` : '');
      }
      const plan = d.kind === 'ke-hoach';
      // A plan is not itself in force or repealed: it applied a regime for one review year.
      if (plan && regime) status = `Theo ${shortName(regime)}: ${status.charAt(0).toLowerCase()}${status.slice(1)}`;
      badge = {
        inForce: !superseded,
        staleness: superseded ? Math.max(1, chain.length) : 0,
        status,
        regime: plan ? `Kế hoạch cho kỳ đánh giá năm ${d.year}` : regime ? shortName(regime) : shortName(d),
        factsOnly: !d.published,
      };
    }
    this.badges.set(docId, badge);
    return badge;
  }
}

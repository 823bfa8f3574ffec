// Relations between the library's documents, both ways: a document states what it replaces,
// implements or is based on; the other side ("được thực hiện bởi", "bị thay thế bởi") is
// derived here, never typed twice. A relation the text does not state carries `inferred`.

export type RelationType = 'thay-the' | 'bi-thay-the' | 'thuc-hien' | 'can-cu' | 'huong-dan';
export type ShownRelation = RelationType | 'duoc-thuc-hien' | 'la-can-cu' | 'huong-dan-cho';

export interface Relation { type: RelationType; doc: string; note: string; inferred?: string | undefined }
export interface DocRelations { docId: string; relations: readonly Relation[] }

export const RELATION_LABELS: Record<ShownRelation, string> = {
  'thay-the': 'Thay thế',
  'bi-thay-the': 'Bị thay thế bởi',
  'thuc-hien': 'Thực hiện',
  'duoc-thuc-hien': 'Được thực hiện bởi',
  'can-cu': 'Căn cứ',
  'la-can-cu': 'Là căn cứ của',
  'huong-dan': 'Được hướng dẫn bởi',
  'huong-dan-cho': 'Hướng dẫn thực hiện',
};

const REVERSE: Record<RelationType, ShownRelation> = {
  'thay-the': 'bi-thay-the',
  'bi-thay-the': 'thay-the',
  'thuc-hien': 'duoc-thuc-hien',
  'can-cu': 'la-can-cu',
  'huong-dan': 'huong-dan-cho',
};

export interface Shown { type: ShownRelation; doc: string; note: string; inferred?: string | undefined; derived: boolean }

/** The relations of `docId`: its own, then the other documents' relations to it (unless it states one with that document). */
export function relationsOf(docId: string, all: readonly DocRelations[]): Shown[] {
  const own = all.find((d) => d.docId === docId)?.relations ?? [];
  const out: Shown[] = own.map((r) => ({ ...r, derived: false }));
  for (const other of all) {
    if (other.docId === docId) continue;
    for (const r of other.relations) {
      if (r.doc !== docId || own.some((o) => o.doc === other.docId)) continue;
      out.push({ type: REVERSE[r.type], doc: other.docId, note: r.note, inferred: r.inferred, derived: true });
    }
  }
  return out;
}

// The library at build time: every document the app knows (published texts and documents known
// by their facts), how to name and link each, and the relations between them both ways.
import { getCollection } from 'astro:content';
import { readerUrl } from '../../lib/citation-link.ts';
import { relationsOf, type Shown } from '../../lib/reader/relations.ts';

export const KIND_LABELS: Record<string, string> = { 'quy-dinh': 'Quy định', 'ke-hoach': 'Kế hoạch', 'huong-dan': 'Hướng dẫn' };

export async function libraryDocs() {
  const texts = await getCollection('texts');
  const facts = await getCollection('unpublished');
  return [
    ...texts.map((t) => ({ ...t.data, id: t.id, published: true as const })),
    ...facts.map((f) => ({ ...f.data, id: f.id, published: false as const })),
  ];
}
export type LibraryDoc = Awaited<ReturnType<typeof libraryDocs>>[number];

/** Every document has a page: the full text, or the facts known about it. */
export const docHref = (id: string): string => readerUrl({ doc: id, path: [] }) ?? `/van-ban/${id}/`;

export interface ResolvedRelation extends Shown { title: string; href: string }

export function resolvedRelations(docId: string, docs: readonly LibraryDoc[]): ResolvedRelation[] {
  return relationsOf(docId, docs.map((d) => ({ docId: d.id, relations: d.relations }))).map((r) => ({
    ...r, title: docs.find((d) => d.id === r.doc)?.shortTitle ?? r.doc, href: docHref(r.doc),
  }));
}

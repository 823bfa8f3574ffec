// The library's documents as the search sees them, read at build time from the content files
// (src/content/texts: published texts; src/content/unpublished: documents known by facts).
// `import.meta.glob` with `import:` bundles only these fields, not the texts (≈ 2 KB).
import { localityOf, type DocInfo, type DocRelation, type DocStatus } from './documents.ts';

// Vite wants each glob as a literal.
const files = {
  docId: import.meta.glob<string>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'docId' }),
  kind: import.meta.glob<string>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'kind' }),
  number: import.meta.glob<string | null>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'number' }),
  shortTitle: import.meta.glob<string>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'shortTitle' }),
  year: import.meta.glob<number>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'year' }),
  regime: import.meta.glob<string>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'regime' }),
  status: import.meta.glob<DocStatus>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'status' }),
  relations: import.meta.glob<DocRelation[]>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'relations' }),
  issuer: import.meta.glob<string | null>('../../content/{texts,unpublished}/*.json', { eager: true, import: 'issuer' }),
};

export const LIBRARY_DOCS: DocInfo[] = Object.keys(files.docId).map((file) => ({
  id: files.docId[file]!,
  kind: files.kind[file]!,
  number: files.number[file] ?? null,
  shortTitle: files.shortTitle[file]!,
  year: files.year[file]!,
  regime: files.regime[file]!,
  status: files.status[file]!,
  relations: files.relations[file] ?? [],
  published: file.includes('/texts/'),
  locality: localityOf(files.issuer[file]),
}));

// Loads the search once per page: Pagefind's browser bundle, then the fragment of every page in
// the index (Pagefind's filter-only search, `search(null)`, lists them), cut into clauses by
// corpus.ts. Started when a search box gets focus, so the first query does not wait for it.
import { buildCorpus, type Corpus, type PfFragment } from './corpus.ts';
import { Catalog } from './documents.ts';
import { LIBRARY_DOCS } from './library-docs.ts';
import { search, type Outcome } from './search.ts';

interface PfResult { data(): Promise<PfFragment> }
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(q: string | null): Promise<{ results: PfResult[] } | null>;
}

export interface Engine {
  corpus: Corpus;
  catalog: Catalog;
  /** Milliseconds it took to load Pagefind and the texts. */
  loadMs: number;
  search(query: string): Outcome;
}

let loading: Promise<Engine> | null = null;

/** The search engine, loaded once; `tag` (the build id) keys Pagefind's metadata cache. */
export function loadEngine(tag: string): Promise<Engine> {
  loading ??= (async () => {
    const t0 = performance.now();
    // Phases are recorded as performance measures (scripts/perf-search.mjs reads them).
    const phase = (name: string, start: number) => performance.measure(`search:${name}`, { start, end: performance.now() });
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // No worker: the only search asked of Pagefind is the list of pages; a worker would load a
    // second copy of its code and wasm for it.
    await pf.options({ metaCacheTag: tag, noWorker: true });
    await pf.init?.();
    const t1 = performance.now();
    phase('pagefind', t0);
    const all = await pf.search(null);
    const fragments = await Promise.all((all?.results ?? []).map((r) => r.data()));
    const t2 = performance.now();
    phase('fragments', t1);
    const catalog = new Catalog(LIBRARY_DOCS);
    const corpus = buildCorpus(fragments, (id) => catalog.info(id)?.published === false);
    phase('corpus', t2);
    return { corpus, catalog, loadMs: Math.round(performance.now() - t0), search: (q: string) => search(corpus, catalog, q) };
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

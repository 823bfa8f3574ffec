// Search over the Pagefind index built from the reader pages: plans the đ/d spellings, reports
// words that are nowhere in the index (Pagefind would silently drop them), merges the results of
// the spellings and ranks the clauses (sub-results) of each document.
import { pathFromAnchor, pathLabel } from '../../lib/text-import/labels.ts';
import { combinations, queryWords, sectionScore, spellings } from './query.ts';

interface WeightedLocation { weight: number; balanced_score: number; location: number }
interface PfSub {
  title: string; url: string; excerpt: string;
  anchor?: { id?: string; element?: string; text?: string };
  locations?: number[]; weighted_locations?: WeightedLocation[];
}
interface PfData { url: string; excerpt: string; content?: string; meta?: { title?: string }; sub_results?: PfSub[] }
interface PfResult { id: string; score: number; data(): Promise<PfData> }
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(q: string): Promise<{ results: PfResult[] } | null>;
}

export interface Section { url: string; label: string; heading: string; excerpt: string; score: number }
export interface Hit { url: string; docId: string; title: string; score: number; best: number; sections: Section[] }
export interface Outcome { words: string[]; missing: string[]; hits: Hit[]; sections: number; ms: number }

let loading: Promise<PagefindApi> | null = null;

/** Pagefind's browser bundle, loaded once; `tag` (the build id) keys its metadata cache. */
export function loadPagefind(tag: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 24, metaCacheTag: tag });
    await api.init?.();
    return api;
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

const docOf = (url: string) => url.match(/\/van-ban\/([^/]+)\//)?.[1] ?? '';

function sectionLabel(docId: string, sub: PfSub): string {
  const id = sub.anchor?.id;
  if (!id) return 'Phần đầu văn bản';
  const path = pathFromAnchor(docId, id);
  return path ? pathLabel(docId, path) : sub.title;
}

const pagefindScore = (s: PfSub) =>
  s.weighted_locations?.reduce((n, w) => n + w.balanced_score, 0) ?? s.locations?.length ?? 0;

export async function runSearch(api: PagefindApi, query: string, maxPages = 20): Promise<Outcome> {
  const t0 = performance.now();
  const words = queryWords(query);
  const missing: string[] = [];
  const found: string[][] = [];
  // Which spellings of each word are in the index at all (a word in none of them is reported).
  const perWord = await Promise.all(words.map(async (w) => {
    const counts = await Promise.all(spellings(w).map(async (s) => ({ s, n: (await api.search(s))?.results.length ?? 0 })));
    return { w, present: counts.filter((c) => c.n > 0).sort((a, b) => b.n - a.n).map((c) => c.s) };
  }));
  for (const { w, present } of perWord) if (present.length) found.push(present); else missing.push(w);

  const byPage = new Map<string, { score: number; results: PfResult[] }>();
  if (found.length) {
    const searches = await Promise.all(combinations(found).map((q) => api.search(q)));
    for (const s of searches) {
      for (const r of s?.results ?? []) {
        const e = byPage.get(r.id);
        if (e) { e.score = Math.max(e.score, r.score); e.results.push(r); } else byPage.set(r.id, { score: r.score, results: [r] });
      }
    }
  }

  const ranked = [...byPage.values()].sort((a, b) => b.score - a.score).slice(0, maxPages);
  const hits = await Promise.all(ranked.map(async ({ score, results }) => {
    const datas = await Promise.all(results.map((r) => r.data()));
    const first = datas[0]!;
    const docId = docOf(first.url);
    // The same section can come from several spellings' searches: pool its hit locations.
    const pooled = new Map<string, { sub: PfSub; words: Set<string>; pf: number }>();
    for (const d of datas) {
      const content = (d.content ?? '').split(/\s+/);
      for (const sub of d.sub_results ?? []) {
        const e = pooled.get(sub.url) ?? { sub, words: new Set<string>(), pf: 0 };
        for (const l of sub.locations ?? []) if (content[l]) e.words.add(content[l]!);
        e.pf = Math.max(e.pf, pagefindScore(sub));
        if ((sub.locations?.length ?? 0) > (e.sub.locations?.length ?? 0)) e.sub = sub;
        pooled.set(sub.url, e);
      }
    }
    const sections: Section[] = [...pooled.values()].map(({ sub, words: hitWords, pf }) => ({
      url: sub.url, label: sectionLabel(docId, sub), heading: sub.title, excerpt: sub.excerpt,
      score: sectionScore(words, sub.anchor ? sub.title : '', [...hitWords], pf),
    }));
    sections.sort((a, b) => b.score - a.score);
    return { url: first.url, docId, title: first.meta?.title ?? first.url, score, best: sections[0]?.score ?? 0, sections };
  }));
  // Documents whose best clause matches the words best come first; Pagefind's score breaks ties.
  hits.sort((a, b) => b.best - a.best || b.score - a.score);
  return { words, missing, hits, sections: hits.reduce((n, h) => n + h.sections.length, 0), ms: Math.round(performance.now() - t0) };
}

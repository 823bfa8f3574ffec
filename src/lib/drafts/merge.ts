// Three-way merge of a draft's content, field by field: what this tab has ("mine"), what is
// stored now ("theirs", written by another tab meanwhile) and what both started from ("base").
// A field changed on one side only takes that side's value; a field changed on both sides to
// different values is a conflict: the later edit is kept and the other value is returned, so the
// user can be told and can take it back. Objects merge key by key; lists of objects that carry
// a string `id` (roster rows, vote-sheet candidates) merge element by element; any other list,
// and every text, is one value.
// No library does this for plain JSON with "keep the loser" reporting (json-merge-patch and
// friends are two-way); it is small, pure and unit-tested.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
/** A step into a value: an object key, or the element of an id-keyed list with that id. */
export type Seg = string | { id: string };
export type Path = Seg[];

export interface Conflict {
  path: Path;
  /** The value now in the merged result (undefined: removed). */
  kept: Json | undefined;
  /** The value that lost (undefined: it was a removal). */
  lost: Json | undefined;
  /** Which side lost. */
  loser: 'mine' | 'theirs';
}

export interface MergeResult {
  value: Json | undefined;
  conflicts: Conflict[];
  /** Paths where the result took the other side's change (what this tab did not have yet). */
  fromTheirs: Path[];
}

const isObj = (v: unknown): v is { [k: string]: Json } => !!v && typeof v === 'object' && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
/** o[k] = v as an own property whatever k is (a key named "__proto__" must not set the prototype). */
const put = (o: { [k: string]: Json }, k: string, v: Json) => { Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true }); };

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

const idOf = (v: unknown): string | null => (isObj(v) && typeof v.id === 'string' ? v.id : null);
/** A list whose every element is an object with a distinct string id. */
function idList(v: unknown): v is { [k: string]: Json }[] {
  if (!Array.isArray(v) || v.length === 0) return false;
  const seen = new Set<string>();
  for (const x of v) {
    const id = idOf(x);
    if (id === null || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}
const byId = (list: readonly Json[] | undefined) => new Map((list ?? []).map((x) => [idOf(x)!, x] as const));

/**
 * Merge `mine` and `theirs`, both derived from `base` (undefined: unknown or absent).
 * `mineWins`: on a conflict, whether this tab's value is kept (its edit is the later one).
 */
export function merge3(base: Json | undefined, theirs: Json | undefined, mine: Json | undefined, mineWins: boolean): MergeResult {
  const conflicts: Conflict[] = [];
  const fromTheirs: Path[] = [];
  const value = walk(base, theirs, mine, [], mineWins, conflicts, fromTheirs);
  return { value, conflicts, fromTheirs };
}

function walk(b: Json | undefined, t: Json | undefined, m: Json | undefined, path: Path, mineWins: boolean, conflicts: Conflict[], fromTheirs: Path[]): Json | undefined {
  if (deepEqual(t, m)) return m;
  if (deepEqual(b, t)) return m; // only this tab changed it
  if (deepEqual(b, m)) { fromTheirs.push(path); return t; } // only the other tab changed it
  if (isObj(t) && isObj(m)) {
    const base = isObj(b) ? b : {};
    const out: { [k: string]: Json } = {};
    const keys = new Set([...Object.keys(t), ...Object.keys(m), ...Object.keys(base)]);
    for (const k of keys) {
      const v = walk(hasOwn(base, k) ? base[k] : undefined, hasOwn(t, k) ? t[k] : undefined, hasOwn(m, k) ? m[k] : undefined, [...path, k], mineWins, conflicts, fromTheirs);
      if (v !== undefined) put(out, k, v);
    }
    return out;
  }
  if ((idList(t) || (Array.isArray(t) && t.length === 0)) && (idList(m) || (Array.isArray(m) && m.length === 0)) && (b === undefined || idList(b) || (Array.isArray(b) && b.length === 0))) {
    return mergeIdList(b as Json[] | undefined, t as Json[], m as Json[], path, mineWins, conflicts, fromTheirs);
  }
  const kept = mineWins ? m : t;
  const lost = mineWins ? t : m;
  conflicts.push({ path, kept, lost, loser: mineWins ? 'theirs' : 'mine' });
  if (!mineWins) fromTheirs.push(path);
  return kept;
}

/**
 * Lists of records with ids: the other tab's order, with this tab's new elements after the
 * element they follow here; an element removed on one side and edited on the other is kept
 * (an edit is never dropped by someone else's removal).
 */
function mergeIdList(b: Json[] | undefined, t: Json[], m: Json[], path: Path, mineWins: boolean, conflicts: Conflict[], fromTheirs: Path[]): Json[] {
  const B = byId(b), T = byId(t), M = byId(m);
  const merged = new Map<string, Json>();
  const ids = new Set([...T.keys(), ...M.keys(), ...B.keys()]);
  for (const id of ids) {
    const inB = B.has(id), inT = T.has(id), inM = M.has(id);
    const p: Path = [...path, { id }];
    if (inT && inM) { merged.set(id, walk(B.get(id), T.get(id), M.get(id), p, mineWins, conflicts, fromTheirs)!); continue; }
    if (!inB) { // added on one side
      if (inT) fromTheirs.push(p);
      merged.set(id, (inT ? T.get(id) : M.get(id))!);
      continue;
    }
    // In the base, removed on one side (or both).
    if (!inT && !inM) continue;
    const survivor = inT ? T.get(id)! : M.get(id)!;
    if (deepEqual(B.get(id), survivor)) { if (!inT) fromTheirs.push(p); continue; } // removed, the other side left it alone
    // Removed on one side, edited on the other: keep the edit, and say so.
    conflicts.push({ path: p, kept: survivor, lost: undefined, loser: inT ? 'mine' : 'theirs' });
    if (inT) fromTheirs.push(p);
    merged.set(id, survivor);
  }
  // Order: theirs; then this tab's additions — at the end when they come after every shared
  // element here (rows are added at the end), else right after the element they follow here.
  const order = t.map(idOf).filter((id): id is string => id !== null && merged.has(id));
  const shared = new Set(order);
  const placed = new Set(order);
  const mIds = m.map((x) => idOf(x)!);
  const lastShared = mIds.reduce((last, id, i) => (shared.has(id) ? i : last), -1);
  let prev: string | null = null;
  for (const [i, id] of mIds.entries()) {
    if (!placed.has(id) && merged.has(id)) {
      if (i > lastShared) order.push(id);
      else order.splice(prev === null ? 0 : order.indexOf(prev) + 1, 0, id);
      placed.add(id);
    }
    if (placed.has(id)) prev = id;
  }
  for (const id of merged.keys()) if (!placed.has(id)) order.push(id);
  return order.map((id) => merged.get(id)!);
}

/** The value at a path (undefined when the path leads nowhere). */
export function getAt(root: Json | undefined, path: Path): Json | undefined {
  let cur: Json | undefined = root;
  for (const s of path) {
    if (typeof s === 'string') cur = isObj(cur) && hasOwn(cur, s) ? cur[s] : undefined;
    else cur = Array.isArray(cur) ? cur.find((x) => idOf(x) === s.id) : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** A copy of `root` with the value at `path` replaced (undefined: removed); objects on the path are copied, the rest shared. */
export function setAt(root: Json | undefined, path: Path, value: Json | undefined): Json | undefined {
  if (!path.length) return value;
  const [s, ...rest] = path as [Seg, ...Seg[]];
  if (typeof s === 'string') {
    const o: { [k: string]: Json } = isObj(root) ? { ...root } : {};
    const v = setAt(hasOwn(o, s) ? o[s] : undefined, rest, value);
    if (v === undefined) delete o[s]; else put(o, s, v);
    return o;
  }
  const list = Array.isArray(root) ? [...root] : [];
  const i = list.findIndex((x) => idOf(x) === s.id);
  const v = setAt(i >= 0 ? list[i] : undefined, rest, value);
  if (i >= 0) { if (v === undefined) list.splice(i, 1); else list[i] = v; }
  else if (v !== undefined) list.push(v);
  return list;
}

/** "tasks.assigned", "rows[#a1].name": a path for messages when no label is known. */
export const pathText = (path: Path): string => path.map((s) => (typeof s === 'string' ? s : `[${s.id}]`)).join('.').replace(/\.\[/g, '[');

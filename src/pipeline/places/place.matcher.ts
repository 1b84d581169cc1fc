import type { Token } from '../types.ts';
import { cliticStems } from '../text/clitics.ts';
import type { IndexedName, NameIndex, NameSource } from './place.index.ts';

/** A stretch of tokens that names one or more gazetteer entries. */
export interface NameMatch {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Normalised-text offsets of the name itself (clitics excluded). */
  start: number;
  end: number;
  /** Candidate entries with how each was matched. */
  candidates: { id: number; source: NameSource }[];
  /** An Arabic article was stripped to make the match ("المالي" → مالي). */
  article: boolean;
  latin: boolean;
}

const ARABIC = /[\u0600-\u06ff]/;
const RANK: Record<NameSource, number> = { name: 0, generated: 1, fuzzy: 2 };

/** Every name starting at every token, longest match per start; then a non-overlapping choice. */
export function matchNames(tokens: Token[], index: NameIndex): NameMatch[] {
  const all: NameMatch[] = [];
  let starts = startCache.get(index);
  if (!starts) startCache.set(index, (starts = new Map()));
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i, index, starts);
    if (m) all.push(m);
  }
  // Longest first, then the most trusted, then leftmost: greedy without overlaps.
  const rank = new Map(all.map((m) => [m, bestRank(m)]));
  all.sort((a, b) => (b.last - b.first) - (a.last - a.first) || rank.get(a)! - rank.get(b)! || a.first - b.first);
  const taken = new Uint8Array(tokens.length);
  const chosen: NameMatch[] = [];
  for (const m of all) {
    let free = true;
    for (let k = m.first; k < m.last; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = m.first; k < m.last; k++) taken[k] = 1;
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.first - b.first);
}

function bestRank(m: NameMatch): number {
  return Math.min(...m.candidates.map((c) => RANK[c.source]));
}

interface Hit { last: number; cut: number; article: boolean; source: NameSource; ids: number[] }

/** A name that a word can start: under which reading of the word, and how it was matched. */
interface Start { name: IndexedName; cut: number; article: boolean; source: NameSource }

// A word starts the same names wherever it occurs: worked out once per word (and per index).
const MAX_CACHED = 50_000;
const startCache = new WeakMap<NameIndex, Map<string, readonly Start[]>>();

/** The names a word can start, each of its readings in turn, exact spellings before fuzzy ones. */
function startsOf(word: string, index: NameIndex, cache: Map<string, readonly Start[]>): readonly Start[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const stems = ARABIC.test(word) ? cliticStems(word) : [{ stem: word, cut: 0, article: false }];
  const out: Start[] = [];
  for (const s of stems) {
    const firsts: [string, boolean][] = [[s.stem, false], ...index.near(s.stem).map((w): [string, boolean] => [w, true])];
    for (const [first, fuzzy] of firsts) {
      for (const name of index.startingWith(first)) out.push({ name, cut: s.cut, article: s.article, source: fuzzy ? 'fuzzy' : name.source });
    }
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, out);
  return out;
}

function matchAt(tokens: Token[], i: number, index: NameIndex, cache: Map<string, readonly Start[]>): NameMatch | null {
  const tok = tokens[i]!;
  const starts = startsOf(tok.text, index, cache);
  if (starts.length === 0) return null;
  const arabic = ARABIC.test(tok.text);
  const hits: Hit[] = [];
  for (const { name, cut, article, source } of starts) {
    const last = i + name.tokens.length;
    if (last > tokens.length) continue;
    let whole = true;
    for (let k = 1; k < name.tokens.length && whole; k++) whole = tokens[i + k]!.text === name.tokens[k];
    if (whole) hits.push({ last, cut, article, source, ids: name.ids });
  }
  if (hits.length === 0) return null;
  // The longest name wins; then the most trusted source; then the least stripped reading.
  hits.sort((a, b) => b.last - a.last || RANK[a.source] - RANK[b.source] || a.cut - b.cut);
  const top = hits[0]!;
  const same = hits.filter((h) => h.last === top.last && h.cut === top.cut);
  const candidates = new Map<number, NameSource>();
  for (const h of same) for (const id of h.ids) if (!candidates.has(id)) candidates.set(id, h.source);
  return {
    first: i, last: top.last, start: tok.start + top.cut, end: tokens[top.last - 1]!.end,
    candidates: [...candidates].map(([id, source]) => ({ id, source })), article: top.article, latin: !arabic,
  };
}

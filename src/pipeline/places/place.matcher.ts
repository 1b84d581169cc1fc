import type { Token } from '../types.ts';
import { arabicStems } from './arabic.clitics.ts';
import type { NameIndex, NameSource } from './place.index.ts';

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
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i, index);
    if (m) all.push(m);
  }
  // Longest first, then the most trusted, then leftmost: greedy without overlaps.
  all.sort((a, b) => (b.last - b.first) - (a.last - a.first) || bestRank(a) - bestRank(b) || a.first - b.first);
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

function matchAt(tokens: Token[], i: number, index: NameIndex): NameMatch | null {
  const tok = tokens[i]!;
  const arabic = ARABIC.test(tok.text);
  const stems = arabic ? arabicStems(tok.text) : [{ stem: tok.text, cut: 0, article: false }];
  const hits: Hit[] = [];
  for (const s of stems) {
    const firsts: [string, boolean][] = [[s.stem, false], ...index.near(s.stem).map((w): [string, boolean] => [w, true])];
    for (const [first, fuzzy] of firsts) {
      for (const name of index.startingWith(first)) {
        const last = i + name.tokens.length;
        if (last > tokens.length || !name.tokens.every((w, k) => k === 0 || tokens[i + k]!.text === w)) continue;
        hits.push({ last, cut: s.cut, article: s.article, source: fuzzy ? 'fuzzy' : name.source, ids: name.ids });
      }
    }
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

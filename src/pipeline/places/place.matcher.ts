import type { Token } from '../types.ts';
import { cliticStems } from '../text/clitics.ts';
import { WordTable } from '../text/vocabulary.ts';
import { isMinorFeature, type GazetteerEntry } from './gazetteer.format.ts';
import type { IndexedName, NameIndex, NameSource } from './place.index.ts';

/** A stretch of tokens that names one or more gazetteer entries. */
export interface NameMatch {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Normalised-text offsets of the name itself (clitics excluded). */
  start: number;
  end: number;
  /** Candidate entries with how each was matched. Shared between matches of the same name: do not modify. */
  candidates: readonly { id: number; source: NameSource; entry: GazetteerEntry }[];
  /** An Arabic article was stripped to make the match ("المالي" → مالي). */
  article: boolean;
  latin: boolean;
  /** The most trusted way its entries were matched (0 name, 1 generated, 2 fuzzy): the rank of the name that won. */
  rank: number;
}

const ARABIC = /[\u0600-\u06ff]/;
const RANK: Record<NameSource, number> = { name: 0, generated: 1, fuzzy: 2, sounded: 3 };

/**
 * Every name starting at every token, longest match per start; then a non-overlapping choice. A
 * match `accept` turns down takes no room from the others ("in Dire": the village In Diré, not
 * written so, leaves Diré).
 */
export function matchNames(tokens: Token[], index: NameIndex, accept?: (m: NameMatch) => boolean): NameMatch[] {
  const all: NameMatch[] = [];
  let starts = startCache.get(index);
  if (!starts) startCache.set(index, (starts = new WordTable<WordStarts>(NO_STARTS)));
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i, index, starts);
    if (m && (accept === undefined || accept(m))) all.push(m);
  }
  // Longest first, then the most trusted, then leftmost: greedy without overlaps. `all` is in
  // token order, so going through it once per length and trust level gives that order.
  let longest = 0;
  for (const m of all) longest = Math.max(longest, m.last - m.first);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const chosen = new Array<boolean>(all.length).fill(false);
  for (let length = longest; length > 0; length--) {
    for (let rank = 0; rank <= MAX_RANK; rank++) {
      for (let k = 0; k < all.length; k++) {
        const m = all[k]!;
        if (m.last - m.first !== length || m.rank !== rank || !isFree(taken, m)) continue;
        taken.fill(true, m.first, m.last);
        chosen[k] = true;
      }
    }
  }
  return all.filter((_, k) => chosen[k]);
}

function isFree(taken: boolean[], m: NameMatch): boolean {
  for (let k = m.first; k < m.last; k++) if (taken[k]) return false;
  return true;
}

/** A name that a word can start: under which reading of the word, and how it was matched. */
interface Start {
  name: IndexedName;
  cut: number;
  article: boolean;
  source: NameSource;
  rank: number;
  /** The candidates of the matches this start wins, when they are the same every time (set on first use). */
  candidates?: readonly Candidate[];
}

type Candidate = NameMatch['candidates'][number];

/**
 * What a word can start (worked out once, like the names): one-word names, and longer names by
 * their second word, so that a token only tries the names its next token can continue. Each list
 * keeps the order of `startsOf`.
 */
interface WordStarts {
  oneWord: readonly Start[];
  /** The one-word name that wins when no longer name matches: the same wherever the word occurs. */
  one: Start | null;
  bySecond: ReadonlyMap<string, readonly Start[]>;
  arabic: boolean;
}

const NO_STARTS: WordStarts = { oneWord: [], one: null, bySecond: new Map(), arabic: false };
const NONE: readonly Start[] = [];

// A word starts the same names wherever it occurs: worked out once per word (and per index).
const startCache = new WeakMap<NameIndex, WordTable<WordStarts>>();

/** The names a token's word can start, each of its readings in turn, exact spellings before fuzzy ones. */
function startsOf(token: Token, index: NameIndex, cache: WordTable<WordStarts>): WordStarts {
  const cached = cache.get(token);
  if (cached) return cached;
  const word = token.text;
  const arabic = ARABIC.test(word);
  const stems = arabic ? cliticStems(word) : [{ stem: word, cut: 0, article: false }];
  const oneWord: Start[] = [];
  const bySecond = new Map<string, Start[]>();
  for (const s of stems) {
    const firsts: [string, boolean][] = [[s.stem, false], ...index.near(s.stem).map((w): [string, boolean] => [w, true])];
    for (const [first, fuzzy] of firsts) {
      for (const name of index.startingWith(first)) {
        const source = fuzzy ? 'fuzzy' : name.source;
        const start: Start = { name, cut: s.cut, article: s.article, source, rank: RANK[source] };
        if (name.tokens.length === 1) oneWord.push(start);
        else {
          const list = bySecond.get(name.tokens[1]!);
          if (list) list.push(start);
          else bySecond.set(name.tokens[1]!, [start]);
        }
      }
    }
  }
  let one: Start | null = null;
  for (const s of oneWord) if (one === null || better(s, one)) one = s;
  return cache.set(token, oneWord.length > 0 || bySecond.size > 0 ? { oneWord, one, bySecond, arabic } : NO_STARTS);
}

/** Whether a word starts a spelling of a town's or unit's name, or is one letter off such a spelling's first word (`NameIndex.near`). */
function startsTownName(word: string, index: NameIndex): boolean {
  const town = (w: string) => index.startingWith(w).some((n) => n.ids.some((id) => !isMinorFeature(index.entry(id)!)));
  return town(word) || index.near(word).some(town);
}

/** Whether the name's words after the second are the tokens after token i + 1. */
function wholeNameAt(tokens: Token[], i: number, name: IndexedName): boolean {
  if (i + name.tokens.length > tokens.length) return false;
  for (let k = 2; k < name.tokens.length; k++) if (tokens[i + k]!.text !== name.tokens[k]) return false;
  return true;
}

/**
 * The longest name starting at token i; then the most trusted source; then the least stripped
 * reading. Its candidates are the entries of every name matched that far under that reading,
 * the most trusted first, each with the most trusted way it was matched.
 */
function matchAt(tokens: Token[], i: number, index: NameIndex, cache: WordTable<WordStarts>): NameMatch | null {
  const tok = tokens[i]!;
  const { oneWord, one, bySecond, arabic } = startsOf(tok, index, cache);
  if (one === null && bySecond.size === 0) return null;
  const next = tokens[i + 1];
  const longer = next !== undefined && bySecond.size > 0 ? bySecond.get(next.text) ?? NONE : NONE;
  let top: Start | null = null;
  for (const s of longer) if (wholeNameAt(tokens, i, s.name) && (top === null || better(s, top))) top = s;
  // One-word names always match, and only win when no longer name does.
  if (top === null) top = one;
  if (top === null) return null;
  const last = i + top.name.tokens.length;
  return {
    first: i, last, start: tok.start + top.cut, end: tokens[last - 1]!.end,
    candidates: top.name.tokens.length === 1 ? oneWordCandidates(top, oneWord, index) : longerCandidates(top, longer, tokens, i, index),
    // `top` is the most trusted of the names whose entries are the candidates, so their best rank is its.
    article: top.article, latin: !arabic, rank: top.rank,
  };
}

/**
 * The candidates when a one-word name wins: those of every one-word name under the same reading.
 * They match wherever the word occurs, so the list is the same every time and is kept on the start.
 */
function oneWordCandidates(top: Start, oneWord: readonly Start[], index: NameIndex): readonly Candidate[] {
  return (top.candidates ??= candidatesOf(oneWord.filter((s) => s.cut === top.cut), index));
}

/** The candidates when a longer name wins: those of every name matched as far under the same reading. */
function longerCandidates(top: Start, longer: readonly Start[], tokens: Token[], i: number, index: NameIndex): readonly Candidate[] {
  const same = longer.filter((s) => s.name.tokens.length === top.name.tokens.length && s.cut === top.cut && wholeNameAt(tokens, i, s.name));
  // Usually the name alone, whose list is then kept on the start.
  return same.length === 1 ? (top.candidates ??= candidatesOf(same, index)) : candidatesOf(same, index);
}

/** The entries of the names matched alike, the most trusted first, each with the most trusted way it was matched. */
function candidatesOf(same: readonly Start[], index: NameIndex): Candidate[] {
  const candidates = new Map<number, NameSource>();
  for (let rank = 0; rank <= MAX_RANK; rank++) {
    for (const s of same) {
      if (s.rank !== rank) continue;
      for (const id of s.name.ids) if (!candidates.has(id)) candidates.set(id, s.source);
    }
  }
  const out: Candidate[] = [];
  // Ids come from the gazetteer's own entries: every one has its entry.
  for (const [id, source] of candidates) out.push({ id, source, entry: index.entry(id)! });
  return out;
}

// Sounded matches are made apart (`soundedMatch`), never by matchNames.
const MAX_RANK = RANK.fuzzy;

/**
 * The match of the one word at token i by its sound (`NameIndex.soundingLike`), for a word that
 * starts no spelling of a town's or unit's name, however many words. `spelt` is the word's match
 * by spelling when it names only camps or wells: their candidates come first. Null when the word
 * sounds like no town or village.
 */
export function soundedMatch(tokens: Token[], i: number, index: NameIndex, spelt?: NameMatch): NameMatch | null {
  const tok = tokens[i]!;
  if (!ARABIC.test(tok.text)) return null;
  const stems = cliticStems(tok.text);
  if (stems.some((s) => startsTownName(s.stem, index))) return null;
  for (const s of stems) {
    const ids = index.soundingLike(s.stem).filter((id) => !spelt?.candidates.some((c) => c.id === id));
    if (ids.length === 0) continue;
    const heard = ids.map((id): Candidate => ({ id, source: 'sounded', entry: index.entry(id)! }));
    if (spelt) return { ...spelt, candidates: [...spelt.candidates, ...heard] };
    return { first: i, last: i + 1, start: tok.start + s.cut, end: tok.end, candidates: heard, article: s.article, latin: false, rank: RANK.sounded };
  }
  return null;
}

/** Longer, then more trusted, then less stripped; the earlier start wins a tie. */
function better(a: Start, b: Start): boolean {
  const la = a.name.tokens.length;
  const lb = b.name.tokens.length;
  if (la !== lb) return la > lb;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return a.cut < b.cut;
}

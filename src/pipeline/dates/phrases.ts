import { normaliseTerm } from '../text/normalise.ts';
import { phraseAt } from '../text/numbers.ts';
import type { Token } from '../types.ts';

/** A word list entry, normalised and split into tokens, with what it stands for. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/**
 * A word list ready for matching: its phrases by their first and by their last word, each bucket
 * longest first. Lookups run at every token of every report, so a token is only tried against the
 * phrases that can start (or end) with it, never against the whole list.
 */
export interface PhraseList<T> {
  byFirst: Map<string, Phrase<T>[]>;
  byLast: Map<string, Phrase<T>[]>;
}

const NONE: readonly never[] = [];

/** Builds a phrase list from spellings, longest first so the longest match wins. */
export function phrases<T>(entries: [string, T][]): PhraseList<T> {
  const sorted = entries
    .map(([w, value]) => ({ words: normaliseTerm(w).split(' ').filter(Boolean), value }))
    .filter((p) => p.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  const list: PhraseList<T> = { byFirst: new Map(), byLast: new Map() };
  for (const p of sorted) {
    addTo(list.byFirst, p.words[0]!, p);
    addTo(list.byLast, p.words[p.words.length - 1]!, p);
  }
  return list;
}

function addTo<T>(map: Map<string, Phrase<T>[]>, word: string, p: Phrase<T>): void {
  const bucket = map.get(word);
  if (bucket) bucket.push(p);
  else map.set(word, [p]);
}

/** The words the list's phrases start with. */
export function firstWords<T>(list: PhraseList<T>): string[] {
  return [...list.byFirst.keys()];
}

/** The longest phrase at token i, with the index after it. */
export function longestAt<T>(tokens: Token[], i: number, list: PhraseList<T>): { value: T; next: number } | null {
  const token = tokens[i];
  if (!token) return null;
  for (const p of list.byFirst.get(token.text) ?? NONE) {
    const next = phraseAt(tokens, i, p.words, 0);
    if (next > 0) return { value: p.value, next };
  }
  return null;
}

/** The longest phrase ending just before token i (adjacent), with the index where it starts. */
export function longestBefore<T>(tokens: Token[], i: number, list: PhraseList<T>): { value: T; start: number } | null {
  const before = tokens[i - 1];
  if (!before) return null;
  for (const p of list.byLast.get(before.text) ?? NONE) {
    const start = i - p.words.length;
    if (start >= 0 && phraseAt(tokens, start, p.words, p.words.length - 1) === i && (tokens[i] === undefined || tokens[i]!.start - tokens[i - 1]!.end <= 2)) {
      return { value: p.value, start };
    }
  }
  return null;
}

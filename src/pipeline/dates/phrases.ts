import { normaliseTerm } from '../text/normalise.ts';
import { phraseAt } from '../text/numbers.ts';
import type { Token } from '../types.ts';

/** A word list entry, normalised and split into tokens, with what it stands for. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** Builds a phrase list from spellings, longest first so the longest match wins. */
export function phrases<T>(entries: [string, T][]): Phrase<T>[] {
  return entries
    .map(([w, value]) => ({ words: normaliseTerm(w).split(' ').filter(Boolean), value }))
    .filter((p) => p.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

/** The longest phrase at token i, with the index after it. */
export function longestAt<T>(tokens: Token[], i: number, list: Phrase<T>[]): { value: T; next: number } | null {
  for (const p of list) {
    const next = phraseAt(tokens, i, p.words);
    if (next > 0) return { value: p.value, next };
  }
  return null;
}

/** The longest phrase ending just before token i (adjacent), with the index where it starts. */
export function longestBefore<T>(tokens: Token[], i: number, list: Phrase<T>[]): { value: T; start: number } | null {
  for (const p of list) {
    const start = i - p.words.length;
    if (start >= 0 && phraseAt(tokens, start, p.words) === i && (tokens[i] === undefined || tokens[i]!.start - tokens[i - 1]!.end <= 2)) {
      return { value: p.value, start };
    }
  }
  return null;
}

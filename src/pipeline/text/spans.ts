import type { NormalisedText, Span } from '../types.ts';

/** The original-text span behind normalised offsets [start, end). */
export function toSpan(original: string, norm: NormalisedText, start: number, end: number): Span {
  const s = norm.toOriginal[start]!;
  // The end maps to the start of the next normalised char, which covers the whole last original char.
  const e = end >= norm.toOriginal.length ? original.length : norm.toOriginal[end]!;
  return { start: s, end: Math.max(s, e), text: original.slice(s, Math.max(s, e)) };
}

/** Index of the sentence containing an original offset (sentences sorted, as spans of the original). */
export function sentenceAt(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, sentences.length - 1));
}

import type { NormalisedText, Span } from '../types.ts';

/**
 * The original-text span behind normalised offsets [start, end). Offsets out of range are clamped;
 * an end inside a character that normalised to several (ﬁ → f i) covers the whole character.
 *
 * @example toSpan('Ségou', normalise('Ségou'), 0, 5).text === 'Ségou'
 */
export function toSpan(original: string, norm: NormalisedText, start: number, end: number): Span {
  const map = norm.toOriginal;
  const last = map.length - 1;
  const a = clamp(Math.trunc(start) || 0, 0, last);
  const b = clamp(Math.trunc(end) || 0, a, last);
  const s = clamp(map[a]!, 0, original.length);
  let e = s;
  if (b > a) {
    // The end maps to the start of the next normalised char; skip the rest of a char that expanded.
    let j = b;
    while (j < last && map[j]! === map[b - 1]!) j++;
    e = clamp(map[j]!, s, original.length);
  }
  return { start: s, end: e, text: original.slice(s, e) };
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
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
  // Between sentences (whitespace): the sentence before it.
  return Math.max(0, Math.min(lo - 1, sentences.length - 1));
}

/** Whether two spans share a character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

import type { TextView, Token } from '../types.ts';

/**
 * The report's own words around a span, taken from the tokens the text stage already made (offsets
 * are in the original text): the solver looks at the words before a place or between two names
 * without normalising the text again.
 */
export function wordsBetween(view: TextView, from: number, to: number): Token[] {
  const first = firstTokenFrom(view, from);
  let last = first;
  while (last < view.tokens.length && originalEnd(view, view.tokens[last]!) <= to) last++;
  return view.tokens.slice(first, last);
}

/** Up to `count` words ending before an original offset. */
export function wordsBefore(view: TextView, offset: number, count: number): Token[] {
  const end = firstTokenFrom(view, offset);
  return view.tokens.slice(Math.max(0, end - count), end);
}

/** Index of the first token starting at or after an original offset (binary search). */
function firstTokenFrom(view: TextView, offset: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.norm.toOriginal[view.tokens[mid]!.start]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function originalEnd(view: TextView, t: Token): number {
  return view.norm.toOriginal[t.end] ?? view.doc.text.length;
}

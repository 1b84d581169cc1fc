import type { TextView, Token } from '../types.ts';

/**
 * The report's own words around a span, taken from the tokens the text stage already made (offsets
 * are in the original text): the solver looks at the words before a place or between two names
 * without normalising the text again.
 */
export function wordsBetween(view: TextView, from: number, to: number): Token[] {
  const offsets = offsetsOf(view);
  const first = firstTokenFrom(offsets.starts, from);
  let last = first;
  while (last < offsets.ends.length && offsets.ends[last]! <= to) last++;
  return view.tokens.slice(first, last);
}

/** Up to `count` words ending before an original offset. */
export function wordsBefore(view: TextView, offset: number, count: number): Token[] {
  const end = firstTokenFrom(offsetsOf(view).starts, offset);
  return view.tokens.slice(Math.max(0, end - count), end);
}

/** Where each token starts and ends in the original text, in token order. */
interface TokenOffsets {
  starts: Int32Array;
  ends: Int32Array;
}

// The solver asks for the words around mentions hundreds of times per report: each token's original
// offsets are read once per report into two arrays, searched there. The last report's are kept
// (reports are read one after the other), known by its token list.
let lastTokens: Token[] | null = null;
let lastOffsets: TokenOffsets = { starts: new Int32Array(0), ends: new Int32Array(0) };

function offsetsOf(view: TextView): TokenOffsets {
  if (view.tokens !== lastTokens || lastOffsets.starts.length !== view.tokens.length) {
    const n = view.tokens.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const toOriginal = view.norm.toOriginal;
    const textEnd = view.doc.text.length;
    for (let i = 0; i < n; i++) {
      const t = view.tokens[i]!;
      starts[i] = toOriginal[t.start]!;
      ends[i] = toOriginal[t.end] ?? textEnd;
    }
    lastTokens = view.tokens;
    lastOffsets = { starts, ends };
  }
  return lastOffsets;
}

/** Index of the first token starting at or after an original offset (binary search). */
function firstTokenFrom(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

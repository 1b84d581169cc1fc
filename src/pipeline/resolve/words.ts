import type { TextView, Token } from '../types.ts';

/**
 * The report's own words around a span, taken from the tokens the text stage already made (offsets
 * are in the original text): the solver looks at the words before a place or between two names
 * without normalising the text again.
 */
export function wordsBetween(view: TextView, from: number, to: number): Token[] {
  const n = readOffsets(view);
  const first = firstTokenFrom(n, from);
  let last = first;
  while (last < n && ends[last]! <= to) last++;
  return view.tokens.slice(first, last);
}

/** Up to `count` words ending before an original offset. */
export function wordsBefore(view: TextView, offset: number, count: number): Token[] {
  const end = firstTokenFrom(readOffsets(view), offset);
  return view.tokens.slice(Math.max(0, end - count), end);
}

// The solver asks for the words around mentions hundreds of times per report: where each token
// starts and ends in the original text is read once per report into two arrays, searched there.
// Reports are read one after the other: the arrays hold the last one's (known by its token list)
// and are reused, grown when a report has more tokens.
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let lastTokens: Token[] | null = null;
let lastCount = 0;

/** Fills `starts` and `ends` for the view's tokens (when not already theirs); gives the number of tokens. */
function readOffsets(view: TextView): number {
  const tokens = view.tokens;
  if (tokens === lastTokens && tokens.length === lastCount) return lastCount;
  const n = tokens.length;
  if (n > starts.length) {
    starts = new Int32Array(n * 2);
    ends = new Int32Array(n * 2);
  }
  const toOriginal = view.norm.toOriginal;
  const textEnd = view.doc.text.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    starts[i] = toOriginal[t.start]!;
    ends[i] = toOriginal[t.end] ?? textEnd;
  }
  lastTokens = tokens;
  lastCount = n;
  return n;
}

/** Index of the first of the n tokens starting at or after an original offset (binary search). */
function firstTokenFrom(n: number, offset: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

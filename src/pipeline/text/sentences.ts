import type { Span } from '../types.ts';
import { isHighSurrogate, isLowSurrogate } from './surrogates.ts';
import { unitTest } from './unit-table.ts';

/** What each UTF-16 unit does to sentences (most do nothing): one lookup per character decides. */
const CHAR_KIND = new Uint8Array(0x10000);
const LINE_BREAK = 1;
/** Sentence-final punctuation: Latin, Arabic question mark and semicolon, Urdu/Arabic full stop. */
const TERMINATOR = 2;
for (const ch of '\n\r\u2029') CHAR_KIND[ch.charCodeAt(0)] = LINE_BREAK;
for (const ch of '.!?؟؛۔…') CHAR_KIND[ch.charCodeAt(0)] = TERMINATOR;

/** Words that end with a dot without ending a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'prof', 'st', 'ste', 'gen', 'gén', 'col', 'cdt', 'cne', 'lt',
  'lieut', 'sgt', 'capt', 'cpt', 'maj', 'mr', 'mrs', 'ms', 'jr', 'sr', 'rev', 'gov', 'sen', 'rep', 'nº',
  'vs', 'cf', 'etc', 'env', 'av', 'bd', 'approx', 'dept', 'inc',
]);

/**
 * Splits the ORIGINAL text into sentences: spans in order, without overlap, trimmed of whitespace.
 * Ends at . ! ? ؟ ؛ ۔ … and at newlines; not at abbreviations ("M.", "Dr.", "Gen."), initials ("J. Smith"),
 * decimals ("1.5") or a dot followed by a lower-case word.
 *
 * @example splitSentences('M. Barry a parlé. Puis rien.').map((s) => s.text) → ['M. Barry a parlé.', 'Puis rien.']
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = CHAR_KIND[text.charCodeAt(i)];
    if (kind === LINE_BREAK) {
      pushTrimmed(spans, text, from, i);
      from = i + 1;
      continue;
    }
    if (kind !== TERMINATOR || !endsSentence(text, i)) continue;
    const j = closingEnd(text, i + 1);
    pushTrimmed(spans, text, from, j);
    from = j;
    i = j - 1;
  }
  pushTrimmed(spans, text, from, text.length);
  return spans;
}

/** The sentence text[from, end) without the white space around it, when anything is left. */
function pushTrimmed(spans: Span[], text: string, from: number, end: number): void {
  let s = from;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Where a sentence ending at i really ends: after closing quotes, even French ones after a space (". »"). */
function closingEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    let k = j;
    while (k < text.length && isInlineSpace(text.charCodeAt(k))) k++;
    if (k < text.length && (k === j ? isCloser : isSpacedCloser)(text.charCodeAt(k))) j = k + 1;
    else return j;
  }
}

/** Whether the terminator at i ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2e) return true;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (next >= 0 && isDigit(next) && i > 0 && isDigit(text.charCodeAt(i - 1))) return false; // 1.5
  if (next >= 0 && isLetterOrDigit(next)) return false; // U.S., e.g., www.x.ml
  const start = lastWordStart(text, Math.max(0, i - 12), i);
  if (start < i) {
    const word = text.slice(start, i);
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (word.length === 1 && isUpper(word.charCodeAt(0))) return false; // an initial
  }
  // A dot followed by a lower-case word is not the end of a sentence ("env. 20 km", "etc. et").
  return !startsLowerCaseWord(text, i + 1, Math.min(text.length, i + 8));
}

/** Where the letters that end text[from, end) start (end when it does not end in a letter). */
function lastWordStart(text: string, from: number, end: number): number {
  let j = end;
  while (j > from) {
    const unit = text.charCodeAt(j - 1);
    if (isLetter(unit)) j--;
    else if (isLowSurrogate(unit) && j - 2 >= from && isHighSurrogate(text.charCodeAt(j - 2)) && LETTER_CHAR.test(text.slice(j - 2, j))) j -= 2;
    else break;
  }
  return j;
}

/** Whether text[from, end), after spaces, quotes and brackets, starts with a lower-case letter. */
function startsLowerCaseWord(text: string, from: number, end: number): boolean {
  let k = from;
  while (k < end && isSkippedBeforeWord(text.charCodeAt(k))) k++;
  if (k >= end) return false;
  const unit = text.charCodeAt(k);
  if (isLetter(unit)) return isLower(unit);
  if (!isHighSurrogate(unit) || k + 1 >= end || !isLowSurrogate(text.charCodeAt(k + 1))) return false;
  const pair = text.slice(k, k + 2);
  return LETTER_CHAR.test(pair) && LOWER_CHAR.test(pair);
}

/**
 * What each UTF-16 unit is, worked out on first sight (a lone surrogate matches none of these; the
 * rare letters beyond the BMP are tested as pairs).
 */
const LETTER_CHAR = /^\p{L}$/u;
const LOWER_CHAR = /^\p{Ll}$/u;
const isSpace = unitTest(/[\s\p{Cf}]/u);
const isLetter = unitTest(LETTER_CHAR);
const isLetterOrDigit = unitTest(/[\p{L}\p{N}]/u);
const isLower = unitTest(LOWER_CHAR);
const isUpper = unitTest(/\p{Lu}/u);
const isDigit = unitTest(/\d/);
/** What may follow a terminator and still belong to the sentence: more terminators, closing quotes and brackets. */
const isCloser = unitTest(/[.!?؟؛۔…"'”’»)\]}]/);
/** The closers that may follow after a space (". »"). */
const isSpacedCloser = unitTest(/[»”)]/);
/** The spaces allowed before such a closer. */
const isInlineSpace = unitTest(/[ \u00a0\u202f]/);
const isSkippedBeforeWord = unitTest(/[\s"'”’»)]/u);

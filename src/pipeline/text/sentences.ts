import type { Span } from '../types.ts';

/** What each UTF-16 unit does to sentences (most do nothing): one lookup per character decides. */
const CHAR_KIND = new Uint8Array(0x10000);
const LINE_BREAK = 1;
/** Sentence-final punctuation: Latin, Arabic question mark and semicolon, Urdu/Arabic full stop. */
const TERMINATOR = 2;
for (const ch of '\n\r\u2029') CHAR_KIND[ch.charCodeAt(0)] = LINE_BREAK;
for (const ch of '.!?؟؛۔…') CHAR_KIND[ch.charCodeAt(0)] = TERMINATOR;
/** What may follow a terminator and still belong to the sentence: more terminators, closing quotes and brackets. */
const CLOSER = /[.!?؟؛۔…"'”’»)\]}]/;
const SPACE = /[\s\p{Cf}]/u;

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
  const emit = (end: number): void => {
    let s = from;
    let e = end;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    from = end;
  };
  for (let i = 0; i < text.length; i++) {
    const kind = CHAR_KIND[text.charCodeAt(i)];
    if (kind === LINE_BREAK) {
      emit(i);
      from = i + 1;
      continue;
    }
    if (kind !== TERMINATOR || !endsSentence(text, i)) continue;
    const j = closingEnd(text, i + 1);
    emit(j);
    i = j - 1;
  }
  emit(text.length);
  return spans;
}

/** Where a sentence ending at i really ends: after closing quotes, even French ones after a space (". »"). */
function closingEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\u202f')) k++;
    if (k < text.length && CLOSER.test(text[k]!) && (k === j || /[»”)]/.test(text[k]!))) j = k + 1;
    else return j;
  }
}

// Named once here: the TypeScript loader turns a \p{...} literal into `new RegExp(...)`, which
// inside the function would build a regex at every dot of every report.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LAST_WORD = /(\p{L}+)$/u;
const UPPER = /\p{Lu}/u;
const FIRST_LETTER_AFTER = /^[\s"'”’»)]*(\p{L})/u;
const LOWER = /\p{Ll}/u;

/** Whether the terminator at i ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  if (text[i] !== '.') return true;
  const before = text.slice(Math.max(0, i - 12), i);
  const next = text[i + 1];
  if (next !== undefined && /\d/.test(next) && /\d$/.test(before)) return false; // 1.5
  if (next !== undefined && LETTER_OR_DIGIT.test(next)) return false; // U.S., e.g., www.x.ml
  const word = LAST_WORD.exec(before)?.[1];
  if (word) {
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    if (word.length === 1 && UPPER.test(word)) return false; // an initial
  }
  // A dot followed by a lower-case word is not the end of a sentence ("env. 20 km", "etc. et").
  const after = FIRST_LETTER_AFTER.exec(text.slice(i + 1, i + 8));
  if (after && LOWER.test(after[1]!)) return false;
  return true;
}

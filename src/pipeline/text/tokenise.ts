import type { NormalisedText, Token } from '../types.ts';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Splits normalised text into words: runs of letters and digits. Apostrophes and hyphens split
 * ("l'armée" → l, armee; "Nioro-du-Sahel" → nioro, du, sahel), so names match however they are joined.
 */
export function tokenise(norm: NormalisedText): Token[] {
  const text = norm.text;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let width = wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < text.length ? wordCharAt(text, i) : 0;
    }
    tokens.push({ text: interned(text.slice(start, i)), start, end: i });
  }
  return tokens;
}

/** Whether each UTF-16 unit is a letter or digit: 0 not yet known, 1 yes, 2 no. Lone surrogates are not. */
const unitIsWord = new Uint8Array(0x10000);
/** The same for code points beyond the BMP (surrogate pairs), rare in reports. */
const astralIsWord = new Map<number, boolean>();

/** The length of the letter or digit at i (1, or 2 for a surrogate pair); 0 when it is neither. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isAstralWordChar(text.codePointAt(i)!) ? 2 : 0;
  }
  let known = unitIsWord[code]!;
  if (known === 0) known = unitIsWord[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

function isAstralWordChar(codePoint: number): boolean {
  let known = astralIsWord.get(codePoint);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(codePoint));
    // Arbitrary input could otherwise fill the cache with every code point it contains.
    if (astralIsWord.size < 20_000) astralIsWord.set(codePoint, known);
  }
  return known;
}

// Every later stage looks each word up in its own word caches: one string per word, the same
// object each time it occurs, is found at once in all of them without comparing letters.
const MAX_INTERNED = 50_000;
const words = new Map<string, string>();

function interned(word: string): string {
  const known = words.get(word);
  if (known !== undefined) return known;
  // A copy: a slice may hold on to the whole text it was cut from, and this one is kept.
  const copy = (' ' + word).slice(1);
  if (words.size >= MAX_INTERNED) words.clear();
  words.set(copy, copy);
  return copy;
}

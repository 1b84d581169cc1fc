import type { NormalisedText, Token } from '../types.ts';
import { HASH_START, hashStep, wordNumber, wordText } from './vocabulary.ts';
import { isHighSurrogate, isLowSurrogate } from './surrogates.ts';

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
    let code = text.charCodeAt(i);
    let width = isWordUnit(code) ? 1 : wordCharAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    // The word's hash is made as it is read, so a word already in the vocabulary is found without cutting it out.
    let hash = HASH_START;
    for (;;) {
      hash = hashStep(hash, code);
      if (width === 2) hash = hashStep(hash, text.charCodeAt(++i));
      if (++i >= text.length) break;
      code = text.charCodeAt(i);
      width = isWordUnit(code) ? 1 : wordCharAt(text, i);
      if (width === 0) break;
    }
    const word = wordNumber(text, start, i, hash);
    tokens.push({ text: wordText(word), start, end: i, word });
  }
  return tokens;
}

/** Whether a unit is known to be a letter or digit by itself: nearly every one of a word, answered by the table alone. */
function isWordUnit(code: number): boolean {
  return unitIsWord[code] === 1;
}

/** Whether each UTF-16 unit is a letter or digit: 0 not yet known, 1 yes, 2 no. Lone surrogates are not. */
const unitIsWord = new Uint8Array(0x10000);
/** The same for code points beyond the BMP (surrogate pairs), rare in reports. */
const astralIsWord = new Map<number, boolean>();

/** The length of the letter or digit at i (1, or 2 for a surrogate pair); 0 when it is neither. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isHighSurrogate(code)) {
    const low = text.charCodeAt(i + 1);
    if (isLowSurrogate(low)) return isAstralWordChar(text.codePointAt(i)!) ? 2 : 0;
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

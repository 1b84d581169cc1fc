import type { NormalisedText, Token } from '../types.ts';
import { HASH_START, hashStep, wordNumber, wordText } from './vocabulary.ts';
import { isHighSurrogate, isLowSurrogate } from './surrogates.ts';
import { astralTable, unitTest } from './unit-table.ts';

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Splits normalised text into words: runs of letters and digits. Apostrophes and hyphens split
 * ("l'armée" → l, armee; "Nioro-du-Sahel" → nioro, du, sahel), so names match however they are joined.
 */
export function tokenise(norm: NormalisedText): Token[] {
  const text = norm.text;
  const tokens: Token[] = [];
  let i = 0;
  let pause = false;
  while (i < text.length) {
    let code = text.charCodeAt(i);
    let width = isWordUnit(code) ? 1 : astralWordAt(text, i);
    if (width === 0) {
      if (isPause(code)) pause = true;
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
      width = isWordUnit(code) ? 1 : astralWordAt(text, i);
      if (width === 0) break;
    }
    const word = wordNumber(text, start, i, hash);
    tokens.push({ text: wordText(word), start, end: i, word, pause });
    pause = false;
  }
  return tokens;
}

/** Punctuation that parts phrases: a word after it starts a new stretch ("before fleeing, the statement" holds no "fleeing the"). */
const isPause = unitTest(/[,.;:!?()[\]«»"“”\n،؛؟]/);

/** Whether a UTF-16 unit is a letter or digit by itself: nearly every one of a word. Lone surrogates are not. */
const isWordUnit = unitTest(WORD_CHAR);
/** The same for code points beyond the BMP (surrogate pairs), rare in reports. */
const isAstralWordChar = astralTable((codePoint) => WORD_CHAR.test(String.fromCodePoint(codePoint)));

/** 2 when a surrogate pair that is a letter or digit stands at i, else 0 (for a unit that is not one by itself). */
function astralWordAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) && isAstralWordChar(text.codePointAt(i)!) ? 2 : 0;
}

import type { NormalisedText } from '../types.ts';
import { isHighSurrogate, isLowSurrogate } from './surrogates.ts';
import { astralTable, unitTable } from './unit-table.ts';

/**
 * Prepares text for matching while remembering where every character came from.
 *
 * - NFKD (compatibility forms: ligatures, full-width letters, Arabic presentation forms) then drop
 *   combining marks: Latin accents (Ségou → segou) and Arabic tashkeel both go.
 * - Lower case. Format characters (RTL marks, ZWNJ, BOM, soft hyphen) and tatweel are dropped.
 * - Arabic: alef forms (أ إ آ ٱ) → ا; ى → ي; ة → ه; ؤ → و; ئ → ي;
 *   Persian/Urdu letters to their Arabic twins (ک → ك, ی → ي, گ → ك, پ → ب, ڤ → ف).
 * - Eastern Arabic and Persian digits → ASCII; Arabic decimal/thousands separators → . and ,
 *
 * @example normalise('Ségou').text === 'segou'
 * @example normalise('قُتِلَ').text === 'قتل'
 */
export function normalise(original: string): NormalisedText {
  let text = '';
  // Folding rarely lengthens text (ﬁ → fi): the map grows when it does.
  let map = new Int32Array(original.length + 1);
  let n = 0;
  // Most characters fold to themselves: they are copied a stretch at a time, from `kept` up to i.
  let kept = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const kind = unitKind(code);
    // A lone surrogate folds to itself.
    if (kind === SAME_UNIT || (kind === PAIR_START && !isLowSurrogate(original.charCodeAt(i + 1)))) {
      map[n++] = i;
      continue;
    }
    const width = kind === PAIR_START ? 2 : 1;
    const piece = width === 1 ? unitFolds[code]! : foldPair(original.codePointAt(i)!);
    // Every unit a character becomes maps back to where the character starts.
    const units = piece === SAME ? width : piece.length;
    if (units > width) map = withRoom(map, n + units + original.length - (i + width) + 1);
    for (let k = 0; k < units; k++) map[n++] = i;
    if (piece !== SAME) {
      if (kept < i) text += original.slice(kept, i);
      text += piece;
      kept = i + width;
    }
    i += width - 1;
  }
  if (kept < original.length) text += original.slice(kept);
  map[n++] = original.length;
  return { text, toOriginal: n === map.length ? map : map.slice(0, n) };
}

function withRoom(map: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= map.length) return map;
  const bigger = new Int32Array(Math.max(size, map.length * 2));
  bigger.set(map);
  return bigger;
}

const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ۃ': 'ه', 'ؤ': 'و', 'ئ': 'ي',
  'ک': 'ك', 'ڪ': 'ك', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'گ': 'ك', 'ڭ': 'ك', 'پ': 'ب',
  'ڤ': 'ف', 'ڥ': 'ف', 'ڨ': 'ق', 'ۆ': 'و', 'ۇ': 'و', 'ۈ': 'و', 'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه', 'ۀ': 'ه', 'ۂ': 'ه',
  'ـ': '', '٫': '.', '٬': ',', '٪': '%',
};

/** What `foldPair` answers for a character that folds to itself. */
const SAME = null;

/**
 * What each UTF-16 unit is to folding, worked out on first sight: most fold to themselves
 * (SAME_UNIT), and a text is mostly copied by one lookup per unit; FOLDED units are replaced by
 * `unitFolds[unit]`; a PAIR_START (high surrogate) starts a character beyond the BMP, folded by
 * `foldPair`. At most 65,536 entries each, whatever the input.
 */
const SAME_UNIT = 1;
const FOLDED = 2;
const PAIR_START = 3;
const unitKind = unitTable(kindOf);
const unitFolds = new Array<string>(0x10000);

function kindOf(code: number): number {
  if (isHighSurrogate(code)) return PAIR_START;
  const ch = String.fromCharCode(code);
  const folded = foldUncached(ch);
  if (folded === ch) return SAME_UNIT;
  unitFolds[code] = folded;
  return FOLDED;
}

/** The folded form of a character beyond the BMP (a surrogate pair, rare in reports), SAME when it folds to itself. */
const foldPair = astralTable((codePoint): string | typeof SAME => {
  const ch = String.fromCodePoint(codePoint);
  const folded = foldUncached(ch);
  return folded === ch ? SAME : folded;
});

function foldUncached(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  const direct = ARABIC_FOLD[ch];
  if (direct !== undefined) return direct;
  if (/\p{Cf}/u.test(ch)) return '';
  const r = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (r === ch) return r;
  // Presentation forms (ﻷ, ﺓ, ﻯ) decompose to letters that still need the Arabic folding.
  return [...r].map((c) => ARABIC_FOLD[c] ?? c).join('');
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Normalises a lexicon or gazetteer entry the same way as the text it will be matched against. */
export function normaliseTerm(term: string): string {
  return normalise(term).text.replace(NOT_WORD, ' ').trim();
}

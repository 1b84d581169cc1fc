import type { NormalisedText } from '../types.ts';

/**
 * Prepares text for matching while remembering where every character came from.
 *
 * - NFKD then drop combining marks: Latin accents (Ségou → segou) and Arabic tashkeel both go.
 * - Lower case.
 * - Arabic: tatweel dropped; alef forms (أ إ آ ٱ) → ا; ى → ي; ة → ه; ؤ → و; ئ → ي;
 *   Persian/Urdu letters to their Arabic twins (ک → ك, ی → ي, گ → ك, پ → ب, ڤ → ف).
 * - Eastern Arabic and Persian digits → ASCII.
 *
 * @example normalise('Ségou').text === 'segou'
 * @example normalise('قُتِلَ').text === 'قتل'
 */
export function normalise(original: string): NormalisedText {
  let out = '';
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const piece = foldChar(String.fromCodePoint(cp));
    for (let k = 0; k < piece.length; k++) map.push(i);
    out += piece;
    i += width;
  }
  map.push(original.length);
  return { text: out, toOriginal: Int32Array.from(map) };
}

const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
  'ک': 'ك', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'گ': 'ك', 'ڭ': 'ك', 'پ': 'ب', 'ڤ': 'ف', 'ڥ': 'ف', 'ڨ': 'ق',
  'ۆ': 'و', 'ۇ': 'و', 'ە': 'ه', 'ھ': 'ه', 'ۀ': 'ه', 'ـ': '',
};

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let r: string;
  const code = ch.codePointAt(0)!;
  if (code >= 0x0660 && code <= 0x0669) r = String(code - 0x0660);
  else if (code >= 0x06f0 && code <= 0x06f9) r = String(code - 0x06f0);
  else if (ARABIC_FOLD[ch] !== undefined) r = ARABIC_FOLD[ch]!;
  else r = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // ß, ﬁ and the like may grow; a folded character that turned into Arabic presentation forms is refolded.
  if (r.length > 0 && /[\u0600-\u06ff]/.test(r) && r !== ch) r = [...r].map((c) => ARABIC_FOLD[c] ?? c).join('');
  foldCache.set(ch, r);
  return r;
}

/** Normalises a lexicon or gazetteer entry the same way as the text it will be matched against. */
export function normaliseTerm(term: string): string {
  return normalise(term).text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

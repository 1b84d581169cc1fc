import type { NormalisedText, Token } from '../types.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits normalised text into words: runs of letters and digits. Apostrophes and hyphens split
 * ("l'armée" → l, armee; "Nioro-du-Sahel" → nioro, du, sahel), so names match however they are joined.
 */
export function tokenise(norm: NormalisedText): Token[] {
  const tokens: Token[] = [];
  for (const m of norm.text.matchAll(WORD)) {
    tokens.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return tokens;
}

import { readFileSync } from 'node:fs';
import { normaliseTerm } from '../../src/pipeline/text/normalise.ts';

/**
 * Arabic words common in news text, from ANERcorp (about 150,000 words of Arabic news, each tagged
 * with its named-entity class): the words seen at least `min` times outside any name, and more
 * often so than as a place. Normalised, sorted. A made-up spelling of a village that is such a word
 * ("كانوا", they were, for Kanwa; "بلا", without, for Bla) would otherwise match in report after report.
 */
export function commonArabicWords(conllFile: string, min = 3): string[] {
  const other = new Map<string, number>();
  const place = new Map<string, number>();
  for (const line of readFileSync(conllFile, 'utf8').split('\n')) {
    const [word, tag] = line.trim().split(/\s+/);
    if (!word || !tag || word === '-DOCSTART-') continue;
    const counts = tag === 'O' ? other : tag.endsWith('-LOC') ? place : null;
    if (!counts) continue;
    const n = normaliseTerm(word);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const common: string[] = [];
  for (const [word, n] of other) if (n >= min && n > (place.get(word) ?? 0) && /^[\u0621-\u064a]+$/.test(word)) common.push(word);
  return common.sort();
}

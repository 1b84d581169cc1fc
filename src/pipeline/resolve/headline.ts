import type { TextView } from '../types.ts';

/**
 * Whether the report opens with a title line: a first sentence that ends its line without a full
 * stop ("Boucle du Mouhoun : cinq civils tués par un engin explosif, quatre VDP tombés à Toéni"),
 * with more text after it.
 */
export function hasHeadline(a: TextView): boolean {
  const first = a.sentences[0];
  if (!first || a.sentences.length < 2) return false;
  // Sentences are trimmed and never empty: a second one is the text after the first.
  return /\n/.test(a.doc.text.slice(first.end, a.sentences[1]!.start)) && !/[.!?؟。]$/.test(first.text);
}

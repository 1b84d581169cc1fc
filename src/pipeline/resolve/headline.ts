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

/**
 * The sentences that are items of a summary list ("HIGHLIGHTS\n• At least six civilians killed ...\n•
 * Granaries burned in Tambarga"): lines that open with a bullet, two or more of them. Empty otherwise.
 */
export function summaryItems(a: TextView): Set<number> {
  const items = new Set<number>();
  const text = a.doc.text;
  for (let k = 0; k < a.sentences.length; k++) {
    const start = a.sentences[k]!.start;
    const line = text.lastIndexOf('\n', start - 1) + 1;
    if (start - line <= BULLET_AT && BULLET.test(text.slice(line, line + BULLET_AT + 2))) items.add(k);
  }
  return items.size >= 2 ? items : new Set();
}

/** A line's opening bullet, and how far into the line its sentence may start. */
const BULLET = /^[ \t]*[•·▪◦●*‣⁃\-–—]/u;
const BULLET_AT = 3;

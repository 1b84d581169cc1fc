/**
 * Whether words declare a siege or blockade: the trigger words of data/lexicons/events.json marked
 * `"situation": "siege"`, in any of the three languages, read as the pipeline reads every lexicon
 * (normalised, `*` endings, Arabic proclitics).
 */
import { readFileSync } from 'node:fs';
import { normalise } from '../pipeline/text/normalise.ts';
import { PhraseIndex } from '../pipeline/text/phrase-index.ts';
import { tokenise } from '../pipeline/text/tokenise.ts';
import type { Lang } from '../pipeline/types.ts';

const FILE = new URL('../../data/lexicons/events.json', import.meta.url);
const LANGS: Lang[] = ['ar', 'fr', 'en'];

let index: PhraseIndex<true> | null = null;

function siegeIndex(): PhraseIndex<true> {
  if (index) return index;
  const file = JSON.parse(readFileSync(FILE, 'utf8')) as { cues: ({ situation?: string } & Partial<Record<Lang, string[]>>)[] };
  const phrases = file.cues.filter((c) => c.situation === 'siege').flatMap((c) => LANGS.flatMap((l) => c[l] ?? []));
  index = new PhraseIndex(phrases.map((phrase) => ({ phrase, value: true as const })));
  return index;
}

/**
 * @example declaresSiege('الحصار') // true
 * @example declaresSiege('attaque') // false
 */
export function declaresSiege(words: string): boolean {
  return siegeIndex().matchAll(tokenise(normalise(words))).length > 0;
}

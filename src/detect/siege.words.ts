/**
 * Whether words declare a siege or blockade: the trigger words of data/lexicons/events.json marked
 * `"situation": "siege"`, in any of the three languages.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../pipeline/types.ts';
import { phraseSet, type PhraseSet } from './phrase-set.ts';

const FILE = new URL('../../data/lexicons/events.json', import.meta.url);
const LANGS: Lang[] = ['ar', 'fr', 'en'];

let words: PhraseSet | null = null;

/**
 * @example declaresSiege('الحصار') // true
 * @example declaresSiege('attaque') // false
 */
export function declaresSiege(text: string): boolean {
  words ??= (() => {
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as { cues: ({ situation?: string } & Partial<Record<Lang, string[]>>)[] };
    return phraseSet(file.cues.filter((c) => c.situation === 'siege').flatMap((c) => LANGS.flatMap((l) => c[l] ?? [])));
  })();
  return words.foundIn(text);
}

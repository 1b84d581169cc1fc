/** Whether a statement makes civilians targets: a threat word and a civilian word (data/lexicons/threats.json). */
import { readFileSync } from 'node:fs';
import type { Lang } from '../pipeline/types.ts';
import { phraseSet, type PhraseSet } from './phrase-set.ts';

const FILE = new URL('../../data/lexicons/threats.json', import.meta.url);

let sets: { threat: PhraseSet; civilians: PhraseSet } | null = null;

/**
 * @example threatensCivilians('معتبرة أن انخراط المدنيين بهذا الشكل جعلهم هدفا مشروعا') // true
 * @example threatensCivilians('les civils ont fui les combats') // false
 */
export function threatensCivilians(text: string): boolean {
  sets ??= (() => {
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as Record<'threat' | 'civilians', Record<Lang, string[]>>;
    const all = (words: Record<Lang, string[]>) => phraseSet([...words.ar, ...words.fr, ...words.en]);
    return { threat: all(file.threat), civilians: all(file.civilians) };
  })();
  return sets.threat.foundIn(text) && sets.civilians.foundIn(text);
}

/** Whether report text says an attack hit aid or infrastructure (data/lexicons/aid.json). */
import { readFileSync } from 'node:fs';
import type { Lang } from '../pipeline/types.ts';
import { phraseSet, type PhraseSet } from './phrase-set.ts';

const FILE = new URL('../../data/lexicons/aid.json', import.meta.url);

let sets: { aid: PhraseSet; infrastructure: PhraseSet } | null = null;

function words() {
  sets ??= (() => {
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as Record<'aid' | 'infrastructure', Record<Lang, string[]>>;
    const all = (w: Record<Lang, string[]>) => phraseSet([...w.ar, ...w.fr, ...w.en]);
    return { aid: all(file.aid), infrastructure: all(file.infrastructure) };
  })();
  return sets;
}

/** @example aboutAid('une ONG humanitaire a vu son convoi pillé') // true */
export const aboutAid = (text: string): boolean => words().aid.foundIn(text);

/** @example aboutInfrastructure('ils ont détruit le pont de Ouatagouna') // true */
export const aboutInfrastructure = (text: string): boolean => words().infrastructure.foundIn(text);

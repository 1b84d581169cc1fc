/** Whether report text ties an event to a town's supply, or says a siege ended (data/lexicons/blockade.json). */
import { readFileSync } from 'node:fs';
import type { Lang } from '../pipeline/types.ts';
import { phraseSet, type PhraseSet } from './phrase-set.ts';

const FILE = new URL('../../data/lexicons/blockade.json', import.meta.url);

let sets: { supply: PhraseSet; lifted: PhraseSet } | null = null;

function words() {
  sets ??= (() => {
    const file = JSON.parse(readFileSync(FILE, 'utf8')) as Record<'supply' | 'lifted', Record<Lang, string[]>>;
    const all = (w: Record<Lang, string[]>) => phraseSet([...w.ar, ...w.fr, ...w.en]);
    return { supply: all(file.supply), lifted: all(file.lifted) };
  })();
  return sets;
}

/** @example aboutSupply('embuscade contre un convoi de camions-citernes') // true */
export const aboutSupply = (text: string): boolean => words().supply.foundIn(text);

/** @example saysLifted('le JNIM a levé le blocus de Nioro') // true */
export const saysLifted = (text: string): boolean => words().lifted.foundIn(text);

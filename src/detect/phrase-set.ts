/**
 * A set of lexicon phrases (in the three languages) and the test of whether some text holds one,
 * read as the pipeline reads every lexicon: normalised, `*` endings, Arabic proclitics.
 *
 * @example phraseSet(['حصار', 'blocus', 'siege']).foundIn('فرض الحصار على كاي') // → true
 */
import { normalise } from '../pipeline/text/normalise.ts';
import { PhraseIndex } from '../pipeline/text/phrase-index.ts';
import { readFileSync } from 'node:fs';
import { tokenise } from '../pipeline/text/tokenise.ts';
import type { Lang } from '../pipeline/types.ts';

export interface PhraseSet {
  foundIn(text: string): boolean;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const index = new PhraseIndex(phrases.map((phrase) => ({ phrase, value: true as const })));
  return { foundIn: (text) => index.matchAll(tokenise(normalise(text))).length > 0 };
}

/**
 * The named lists of a lexicon file ({"list": {"ar": [...], "fr": [...], "en": [...]}}), each as
 * one PhraseSet over the three languages; read on first use.
 *
 * @example const words = lexiconSets(new URL('../../data/lexicons/aid.json', import.meta.url), ['aid', 'infrastructure']);
 *          words().aid.foundIn('convoi humanitaire') // → true
 */
export function lexiconSets<K extends string>(file: URL, lists: readonly K[]): () => Record<K, PhraseSet> {
  let sets: Record<K, PhraseSet> | null = null;
  return () => {
    if (sets) return sets;
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<K, Partial<Record<Lang, string[]>>>;
    const built = {} as Record<K, PhraseSet>;
    for (const k of lists) built[k] = phraseSet([...(data[k].ar ?? []), ...(data[k].fr ?? []), ...(data[k].en ?? [])]);
    return (sets = built);
  };
}

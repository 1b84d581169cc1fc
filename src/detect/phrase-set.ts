/**
 * A set of lexicon phrases (in the three languages) and the test of whether some text holds one,
 * read as the pipeline reads every lexicon: normalised, `*` endings, Arabic proclitics.
 *
 * @example phraseSet(['حصار', 'blocus', 'siege']).foundIn('فرض الحصار على كاي') // → true
 */
import { normalise } from '../pipeline/text/normalise.ts';
import { PhraseIndex } from '../pipeline/text/phrase-index.ts';
import { tokenise } from '../pipeline/text/tokenise.ts';

export interface PhraseSet {
  foundIn(text: string): boolean;
}

export function phraseSet(phrases: readonly string[]): PhraseSet {
  const index = new PhraseIndex(phrases.map((phrase) => ({ phrase, value: true as const })));
  return { foundIn: (text) => index.matchAll(tokenise(normalise(text))).length > 0 };
}

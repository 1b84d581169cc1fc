import { normaliseTerm } from '../text/normalise.ts';
import { PhraseIndex, type PhraseMatch } from '../text/phrase-index.ts';
import type { Token } from '../types.ts';

// Arbitrary input could otherwise fill the cache with every word it contains: emptied when full.
const MAX_CACHED_WORDS = 50_000;

/**
 * A PhraseIndex that passes over the words no phrase can start with (most words of a report) at
 * once. PhraseIndex.matchAt looks every token up under each of its proclitic readings; whether a
 * word can start a phrase at all is worked out here once per distinct word, then remembered.
 *
 * That question is asked of a PhraseIndex too, one of single words (each phrase's first word), so
 * the words are read (normalised, `*`, proclitics) exactly as the full index reads them: a word it
 * turns away is one that no phrase of the full index can start with, and matches are unchanged.
 */
export class GatedPhraseIndex<T> extends PhraseIndex<T> {
  private readonly firstWords: PhraseIndex<true>;
  private readonly canStart = new Map<string, boolean>();

  constructor(phrases: ReadonlyArray<{ phrase: string; value: T }>) {
    super(phrases);
    this.firstWords = new PhraseIndex(phrases.flatMap(({ phrase }) => leadingWords(phrase)).map((word) => ({ phrase: word, value: true as const })));
  }

  override matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    const token = tokens[i];
    if (token === undefined || !this.mayStartAt(token)) return null;
    return super.matchAt(tokens, i);
  }

  private mayStartAt(token: Token): boolean {
    let yes = this.canStart.get(token.text);
    if (yes === undefined) {
      yes = this.firstWords.matchAt([token], 0) !== null;
      if (this.canStart.size >= MAX_CACHED_WORDS) this.canStart.clear();
      this.canStart.set(token.text, yes);
    }
    return yes;
  }
}

/**
 * A phrase's first word, with any before it that normalise to nothing (a stray "«" or "-"), which
 * PhraseIndex leaves out of the phrase.
 */
function leadingWords(phrase: string): string[] {
  const words: string[] = [];
  for (const word of phrase.split(/\s+/)) {
    words.push(word);
    if (normaliseTerm(word.replace(/\*$/, '')) !== '') break;
  }
  return words;
}

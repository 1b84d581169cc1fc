import type { Token } from '../types.ts';
import { hasStem } from '../text/clitics.ts';
import { WordTable } from '../text/vocabulary.ts';

/**
 * A list of phrases from the places lexicons (context.json, country-words.json), matched against
 * the tokens: the first word of a phrase may carry Arabic clitics ("بالقرب", "والماليين"), the
 * others are plain. Phrases are indexed so that a lookup reads the neighbouring token or two
 * instead of trying every phrase; what a word can start is worked out once per word.
 */
export class PhraseList<T extends { words: readonly string[] }> {
  /** Phrases of two words or more, by their last word. */
  private readonly byLast = new Map<string, T[]>();
  /** The phrases each word seen so far can start (its readings without clitics included), in list order. */
  private readonly byFirst = new WordTable<readonly T[]>(NONE);

  constructor(private readonly list: readonly T[]) {
    for (const p of list) {
      if (p.words.length < 2) continue;
      const last = p.words[p.words.length - 1]!;
      const l = this.byLast.get(last);
      if (l) l.push(p);
      else this.byLast.set(last, [p]);
    }
  }

  /** The first listed phrase starting at token i and ending by token `end` (exclusive). */
  startingAt(tokens: Token[], i: number, end = tokens.length): T | undefined {
    for (const p of this.startedBy(tokens[i]!)) {
      if (i + p.words.length <= end && restFrom(tokens, i, p.words)) return p;
    }
    return undefined;
  }

  /** The phrases that end right before token `at`, in no particular order. */
  endingBefore(tokens: Token[], at: number): readonly T[] {
    if (at === 0) return NONE;
    const previous = tokens[at - 1]!;
    let out: T[] | null = null;
    for (const p of this.startedBy(previous)) if (p.words.length === 1) (out ??= []).push(p);
    for (const p of this.byLast.get(previous.text) ?? NONE) {
      const from = at - p.words.length;
      if (from >= 0 && restFrom(tokens, from, p.words) && hasStem(tokens[from]!.text, p.words[0]!)) (out ??= []).push(p);
    }
    return out ?? NONE;
  }

  /** The phrases whose first word is the word or one of its readings without clitics, in list order. */
  private startedBy(token: Token): readonly T[] {
    return this.byFirst.get(token) ?? this.byFirst.set(token, startedBy(this.list, token.text));
  }
}

// Not a closure in the method above: a closure over `word` would cost every lookup an allocation.
function startedBy<T extends { words: readonly string[] }>(list: readonly T[], word: string): readonly T[] {
  const phrases = list.filter((p) => hasStem(word, p.words[0]!));
  return phrases.length > 0 ? phrases : NONE;
}

const NONE: readonly never[] = [];

/** Whether the phrase's words after the first are the tokens from `from` + 1 on. */
function restFrom(tokens: Token[], from: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (tokens[from + k]?.text !== words[k]) return false;
  return true;
}

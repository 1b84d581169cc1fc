import type { Token } from '../types.ts';
import { cliticStems, hasStem } from '../text/clitics.ts';
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
  /** The positions in the list of the phrases by first word: a new word looks up its readings rather than trying every phrase. */
  private readonly firstWords = new Map<string, number[]>();

  constructor(private readonly list: readonly T[]) {
    list.forEach((p, k) => {
      const at = this.firstWords.get(p.words[0]!);
      if (at) at.push(k);
      else this.firstWords.set(p.words[0]!, [k]);
    });
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
    return this.byFirst.get(token) ?? this.byFirst.set(token, startedBy(this.list, this.firstWords, token.text));
  }
}

/**
 * The phrases whose first word is the word or one of its readings without clitics (`hasStem`), in
 * list order. Not a closure in the method above: a closure over `word` would cost every lookup an allocation.
 */
function startedBy<T>(list: readonly T[], firstWords: ReadonlyMap<string, readonly number[]>, word: string): readonly T[] {
  let at: number[] | null = null;
  // The word itself is the first of its stems.
  for (const { stem } of cliticStems(word)) {
    const found = firstWords.get(stem);
    if (found) (at ??= []).push(...found);
  }
  if (at === null) return NONE;
  at.sort((a, b) => a - b);
  const phrases: T[] = [];
  for (let k = 0; k < at.length; k++) if (k === 0 || at[k] !== at[k - 1]) phrases.push(list[at[k]!]!);
  return phrases;
}

const NONE: readonly never[] = [];

/** Whether the phrase's words after the first are the tokens from `from` + 1 on. */
function restFrom(tokens: Token[], from: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (tokens[from + k]?.text !== words[k]) return false;
  return true;
}

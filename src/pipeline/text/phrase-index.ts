import type { Token } from '../types.ts';
import { normaliseTerm } from './normalise.ts';
import { proclitics } from './clitics.ts';
import { WordTable } from './vocabulary.ts';

/**
 * A multi-phrase matcher over the token stream: every lexicon phrase is looked up by its first
 * word, then the longest phrase that fits wins. A word ending in `*` matches any word it begins
 * (`attaqu*` matches "attaque", "attaqué", "attaquaient"), which is how one lexicon line covers a
 * verb's forms. Arabic words may carry proclitics (و ف ب ل ك and the article ال) that are tried off.
 *
 * @example
 *   const index = new PhraseIndex([{ phrase: 'frappe* de drone', value: 'drone' }]);
 *   index.matchAll(tokenise(normalise('Une frappe de drone a tué…'))) // → [{ start: 1, end: 4, value: 'drone' }]
 */
export interface PhraseMatch<T> {
  /** First token index of the match. */
  start: number;
  /** One past the last token index. */
  end: number;
  /** Characters of proclitic left off the first token (for the span's start). */
  cliticLength: number;
  value: T;
}

interface Entry<T> {
  words: Pattern[];
  value: T;
}

/** A lexicon word, its `*` parsed once: matching runs for every token of every report. */
export interface Pattern {
  text: string;
  prefix: boolean;
}

export function toPattern(word: string): Pattern {
  return word.endsWith('*') ? { text: word.slice(0, -1), prefix: true } : { text: word, prefix: false };
}

export function wordMatches(pattern: Pattern, word: string): boolean {
  return pattern.prefix ? word.startsWith(pattern.text) : word === pattern.text;
}

const NONE: readonly never[] = [];

/** Whether the phrase's words after the first are the tokens after token i. */
function restFitsAt(tokens: Token[], i: number, words: Pattern[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const next = tokens[i + k];
    if (next === undefined || next.pause || !wordMatches(words[k]!, next.text)) return false;
  }
  return true;
}

/** A phrase whose first word matches a reading of a word, with the proclitic that reading leaves off. */
interface Start<T> {
  entry: Entry<T>;
  cliticLength: number;
}

export class PhraseIndex<T> {
  /** First word (without `*`) → entries; prefix entries are keyed by their first 3 letters. */
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly prefix = new Map<string, Entry<T>[]>();
  /**
   * The phrases each word seen can start, in the order they are tried: most words of a report
   * start none and are passed over at once; the others only check the words after them.
   */
  private readonly starts = new WordTable<readonly Start<T>[]>(NONE);

  constructor(phrases: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of phrases) {
      // A word the tokeniser splits ("l'année" → l, annee) is split here too, or the phrase could never match.
      const words = phrase
        .split(/\s+/)
        .flatMap((w) => (w.endsWith('*') ? [normaliseTerm(w.slice(0, -1)).replace(/ /g, '') + '*'] : normaliseTerm(w).split(' ')))
        .filter((w) => w !== '' && w !== '*');
      if (words.length === 0) continue;
      const first = words[0]!;
      const entry = { words: words.map(toPattern), value };
      const [table, key] = first.endsWith('*') ? [this.prefix, first.slice(0, 3)] : [this.exact, first];
      const list = table.get(key);
      if (list) list.push(entry);
      else table.set(key, [entry]);
    }
    for (const list of [...this.exact.values(), ...this.prefix.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token i, or null. */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    const token = tokens[i];
    if (!token) return null;
    let best: PhraseMatch<T> | null = null;
    for (const { entry, cliticLength } of this.startsOf(token)) {
      if (best && best.end - best.start >= entry.words.length) continue;
      if (restFitsAt(tokens, i, entry.words)) best = { start: i, end: i + entry.words.length, cliticLength, value: entry.value };
    }
    return best;
  }

  /**
   * The phrases whose first word matches the word under one of its proclitic readings: for each
   * reading in turn, exact entries before prefix ones (of two as long, the first tried wins).
   */
  private startsOf(token: Token): readonly Start<T>[] {
    const starts = this.starts.get(token);
    if (starts !== undefined) return starts;
    const found: Start<T>[] = [];
    for (const { stem, skip: cliticLength } of proclitics(token.text)) {
      for (const entry of this.exact.get(stem) ?? NONE) found.push({ entry, cliticLength });
      for (const entry of this.prefix.get(stem.slice(0, 3)) ?? NONE) if (wordMatches(entry.words[0]!, stem)) found.push({ entry, cliticLength });
    }
    return this.starts.set(token, found.length > 0 ? found : NONE);
  }

  /** Whether a phrase starts at any token of `tokens` (`matchAll(tokens).length > 0`, without listing the matches). */
  occursIn(tokens: Token[]): boolean {
    for (let i = 0; i < tokens.length; i++) if (this.matchAt(tokens, i) !== null) return true;
    return false;
  }

  /** Every non-overlapping longest match, left to right. */
  matchAll(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

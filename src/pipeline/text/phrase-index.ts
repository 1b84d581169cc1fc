import type { Token } from '../types.ts';
import { normaliseTerm } from './normalise.ts';
import { proclitics } from './clitics.ts';

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
interface Pattern {
  text: string;
  prefix: boolean;
}

function toPattern(word: string): Pattern {
  return word.endsWith('*') ? { text: word.slice(0, -1), prefix: true } : { text: word, prefix: false };
}

function wordMatches(pattern: Pattern, word: string): boolean {
  return pattern.prefix ? word.startsWith(pattern.text) : word === pattern.text;
}

const NONE: readonly never[] = [];

/** Whether the phrase's first word matches `stem` (token i less its clitics) and its others the tokens after. */
function fitsAt(tokens: Token[], i: number, stem: string, words: Pattern[]): boolean {
  if (!wordMatches(words[0]!, stem)) return false;
  for (let k = 1; k < words.length; k++) {
    const next = tokens[i + k];
    if (next === undefined || !wordMatches(words[k]!, next.text)) return false;
  }
  return true;
}

// Arbitrary input could otherwise fill the cache with every word it contains: emptied when full.
const MAX_CACHED_WORDS = 50_000;

export class PhraseIndex<T> {
  /** First word (without `*`) → entries; prefix entries are keyed by their first 3 letters. */
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly prefix = new Map<string, Entry<T>[]>();
  /** Whether a word can start any phrase: most words of a report cannot, and are passed over at once. */
  private readonly starts = new Map<string, boolean>();

  constructor(phrases: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of phrases) {
      const words = phrase
        .split(/\s+/)
        .map((w) => (w.endsWith('*') ? normaliseTerm(w.slice(0, -1)).replace(/ /g, '') + '*' : normaliseTerm(w)))
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
    if (!token || !this.canStart(token.text)) return null;
    let best: PhraseMatch<T> | null = null;
    for (const { stem, skip: cliticLength } of proclitics(token.text)) {
      // Exact entries before prefix ones: of two as long, the first tried wins.
      for (const list of [this.exact.get(stem) ?? NONE, this.prefix.get(stem.slice(0, 3)) ?? NONE]) {
        for (const entry of list) {
          if (best && best.end - best.start >= entry.words.length) continue;
          if (fitsAt(tokens, i, stem, entry.words)) best = { start: i, end: i + entry.words.length, cliticLength, value: entry.value };
        }
      }
    }
    return best;
  }

  /** Whether some phrase's first word matches the word under one of its proclitic readings. */
  private canStart(word: string): boolean {
    let yes = this.starts.get(word);
    if (yes !== undefined) return yes;
    yes = proclitics(word).some(({ stem }) => this.exact.has(stem) || (this.prefix.get(stem.slice(0, 3)) ?? NONE).some((e) => wordMatches(e.words[0]!, stem)));
    if (this.starts.size >= MAX_CACHED_WORDS) this.starts.clear();
    this.starts.set(word, yes);
    return yes;
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

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
  words: string[];
  value: T;
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

export class PhraseIndex<T> {
  /** First word (without `*`) → entries; prefix entries are keyed by their first 3 letters. */
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly prefix = new Map<string, Entry<T>[]>();

  constructor(phrases: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of phrases) {
      const words = phrase
        .split(/\s+/)
        .map((w) => (w.endsWith('*') ? normaliseTerm(w.slice(0, -1)).replace(/ /g, '') + '*' : normaliseTerm(w)))
        .filter((w) => w !== '' && w !== '*');
      if (words.length === 0) continue;
      const first = words[0]!;
      const entry = { words, value };
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
    for (const { stem, skip: cliticLength } of proclitics(token.text)) {
      const candidates = [...(this.exact.get(stem) ?? []), ...(this.prefix.get(stem.slice(0, 3)) ?? [])];
      for (const entry of candidates) {
        if (!wordMatches(entry.words[0]!, stem)) continue;
        if (best && best.end - best.start >= entry.words.length) continue;
        let ok = true;
        for (let k = 1; k < entry.words.length && ok; k++) {
          const next = tokens[i + k];
          ok = next !== undefined && wordMatches(entry.words[k]!, next.text);
        }
        if (ok) best = { start: i, end: i + entry.words.length, cliticLength, value: entry.value };
      }
    }
    return best;
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

import type { Token } from '../types.ts';

/**
 * The words of the reports read so far, each with a number (Token.word). Every stage works some
 * things out once per distinct word (the phrases it can start, its readings without clitics);
 * it keeps them in a `WordTable`, an array read by that number, where a Map keyed by the word
 * would hash it and compare letters at every token of every report.
 *
 * Arbitrary input could fill the vocabulary with every word it contains: when full it is emptied
 * and numbers are given again from 0, so a table keeps each value with the word it is for.
 */
const MAX_WORDS = 50_000;
/** Open addressing over word hashes: slot → word number + 1, 0 when empty. At most 38 % full. */
const SLOTS = 1 << 17;
const slots = new Int32Array(SLOTS);
const hashes = new Int32Array(MAX_WORDS);
let texts: string[] = [];

/** FNV-1a, one UTF-16 unit at a time: `wordHash` of the units from `start` to `end`, run as the tokeniser reads them. */
export const HASH_START = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** The number of the word text.slice(start, end), whose hash is `hash`; the word itself is `wordText(number)`. */
export function wordNumber(text: string, start: number, end: number, hash: number): number {
  let slot = hash & (SLOTS - 1);
  for (let id = slots[slot]! - 1; id >= 0; id = slots[slot]! - 1) {
    if (hashes[id] === hash && sameWord(texts[id]!, text, start, end)) return id;
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (texts.length >= MAX_WORDS) {
    slots.fill(0);
    texts = [];
    slot = hash & (SLOTS - 1);
  }
  const id = texts.length;
  // A copy: a slice may hold on to the whole text it was cut from, and this one is kept.
  texts.push((' ' + text.slice(start, end)).slice(1));
  hashes[id] = hash;
  slots[slot] = id + 1;
  return id;
}

/** The word of a number `wordNumber` gave (the same string each time: tables compare it at once). */
export function wordText(id: number): string {
  return texts[id]!;
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A token for a word that is not in a text (a singular made from a dual): read like any other. */
export function wordToken(word: string): Token {
  let hash = HASH_START;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  const id = wordNumber(word, 0, word.length, hash);
  return { text: wordText(id), start: 0, end: word.length, word: id };
}

/**
 * Values worked out once per word, kept by the word's number.
 *
 * @example
 *   const starts = new WordTable<Phrase[]>();
 *   const found = starts.get(token) ?? starts.set(token, phrasesStartedBy(token.text));
 */
export class WordTable<T> {
  private words: (string | undefined)[] = [];
  private values: (T | undefined)[] = [];

  get(token: Token): T | undefined {
    const id = token.word;
    return this.words[id] === token.text ? this.values[id] : undefined;
  }

  set(token: Token, value: T): T {
    const id = token.word;
    // Grown a power of two at a time: writing far past the end would make a slow, sparse array.
    if (id >= this.words.length) this.grow(id);
    this.words[id] = token.text;
    this.values[id] = value;
    return value;
  }

  private grow(id: number): void {
    let size = Math.max(1024, this.words.length);
    while (size <= id) size *= 2;
    const words = new Array<string | undefined>(size);
    const values = new Array<T | undefined>(size);
    for (let k = 0; k < this.words.length; k++) {
      words[k] = this.words[k];
      values[k] = this.values[k];
    }
    this.words = words;
    this.values = values;
  }
}

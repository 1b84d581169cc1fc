import type { Token } from '../types.ts';

/**
 * The words of the reports read so far, each with a number (Token.word). Every stage works some
 * things out once per distinct word (the phrases it can start, its readings without clitics);
 * it keeps them in a `WordTable`, an array read by that number, where a Map keyed by the word
 * would hash it and compare letters at every token of every report.
 *
 * Arbitrary input could fill the vocabulary with every word it contains: when full it is emptied.
 * A number is never given twice (the words then in it keep theirs, and new words get new ones), and
 * the tables empty themselves with it, so a table never answers for a word it was not given.
 */
const MAX_WORDS = 50_000;
/** Open addressing over word hashes: slot → word number - firstWord + 1, 0 when empty. At most 38 % full. */
const SLOTS = 1 << 17;
const slots = new Int32Array(SLOTS);
/** Per word in the vocabulary (by number - firstWord): its hash and its text. */
const hashes = new Int32Array(MAX_WORDS);
let texts: string[] = [];
/** The number of the first word in the vocabulary since it was last emptied. */
let firstWord = 0;

/** FNV-1a, one UTF-16 unit at a time: `wordHash` of the units from `start` to `end`, run as the tokeniser reads them. */
export const HASH_START = 0x811c9dc5 | 0;
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
}

/** The number of the word text.slice(start, end), whose hash is `hash`; the word itself is `wordText(number)`. */
export function wordNumber(text: string, start: number, end: number, hash: number): number {
  let slot = hash & (SLOTS - 1);
  for (let k = slots[slot]! - 1; k >= 0; k = slots[slot]! - 1) {
    if (hashes[k] === hash && sameWord(texts[k]!, text, start, end)) return firstWord + k;
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (texts.length >= MAX_WORDS) {
    slots.fill(0);
    firstWord += texts.length;
    texts = [];
    slot = hash & (SLOTS - 1);
  }
  const k = texts.length;
  // A copy: a slice may hold on to the whole text it was cut from, and this one is kept.
  texts.push((' ' + text.slice(start, end)).slice(1));
  hashes[k] = hash;
  slots[slot] = k + 1;
  return firstWord + k;
}

/** The word of a number `wordNumber` has just given (the same string for every occurrence). */
export function wordText(id: number): string {
  return texts[id - firstWord]!;
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
  return { text: wordText(id), start: 0, end: word.length, word: id, pause: false };
}

/**
 * Values worked out once per word, kept by the word's number. Most words of a report start nothing
 * in most tables: a table made with the value that says so (`none`: an empty list, false, null)
 * keeps it as one byte per word, so that those lookups read a small array that stays in the
 * processor's cache rather than a pointer per word in a large one.
 *
 * @example
 *   const starts = new WordTable<Phrase[]>(NONE);
 *   const found = starts.get(token) ?? starts.set(token, phrasesStartedBy(token.text));
 */
export class WordTable<T> {
  /** By word number - firstWord: UNKNOWN, NOTHING (the value is `none`) or KEPT (the value is in `values`). */
  private states = new Uint8Array(0);
  /** The kept values by word number - firstWord: a few hundred words in most tables, so not an array as long as `states`. */
  private values = new Map<number, T>();
  /** The `firstWord` the values are for: when the vocabulary is emptied, so is the table. */
  private first = firstWord;

  /** @param none the value most words have, kept without a pointer (undefined when there is none such) */
  constructor(private readonly none?: T) {}

  get(token: Token): T | undefined {
    if (this.first !== firstWord) this.empty();
    // A token read before the vocabulary was emptied (k < 0) is not in the table.
    const k = token.word - firstWord;
    const state = k >= 0 ? this.states[k] : UNKNOWN;
    return state === NOTHING ? this.none : state === KEPT ? this.values.get(k) : undefined;
  }

  set(token: Token, value: T): T {
    if (this.first !== firstWord) this.empty();
    const k = token.word - firstWord;
    if (k < 0) return value;
    // Grown a power of two at a time: writing far past the end would make a slow, sparse array.
    if (k >= this.states.length) this.grow(k);
    if (value === this.none && value !== undefined) this.states[k] = NOTHING;
    else {
      this.states[k] = KEPT;
      this.values.set(k, value);
    }
    return value;
  }

  private empty(): void {
    this.states = new Uint8Array(0);
    this.values = new Map();
    this.first = firstWord;
  }

  private grow(k: number): void {
    let size = Math.max(1024, this.states.length);
    while (size <= k) size *= 2;
    const states = new Uint8Array(size);
    states.set(this.states);
    this.states = states;
  }
}

const UNKNOWN = 0;
const NOTHING = 1;
const KEPT = 2;

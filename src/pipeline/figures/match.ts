import { normaliseTerm } from '../text/normalise.ts';
import { arabicStems } from '../text/numbers.ts';
import type { Lang, Token } from '../types.ts';
import { WordTable } from '../text/vocabulary.ts';
import { toPattern, wordMatches, type Pattern } from '../text/phrase-index.ts';

/**
 * Word-list matching for the figures stage. An entry is a phrase of words; a word ending in `*`
 * matches any word it starts ("bless*" → blessés, blessure). Arabic words also match behind the
 * clitics و ف ب ل ك and the article, and without accusative tanween alef ("جنديًا" → جندي).
 */
export interface Entry<T> {
  words: string[];
  /** The words with their `*` read once: they are matched at every token of every report. */
  patterns: Pattern[];
  value: T;
}

/** Normalises spellings into entries, longest phrases first. */
export function entries<T>(pairs: [string, T][]): WordList<T> {
  return new WordList(
    pairs
      .map(([phrase, value]) => {
        const words = phrase.split(/\s+/).filter(Boolean).flatMap((w) => {
          const star = w.endsWith('*');
          return normaliseTerm(star ? w.slice(0, -1) : w).split(' ').map((p, k, all) => withoutArticle(star && k === all.length - 1 ? p + '*' : p));
        });
        return { words, patterns: words.map(toPattern), value };
      })
      .filter((e) => e.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length),
  );
}

/** Spellings grouped by what they stand for → entries. */
export function grouped<T extends string>(groups: Partial<Record<T, string[]>>): WordList<T> {
  return entries(ungrouped(groups));
}

/** Spellings grouped by what they stand for → [spelling, what it stands for] pairs. */
export function ungrouped<T extends string>(groups: Partial<Record<T, string[]>>): [string, T][] {
  return Object.entries(groups).flatMap(([value, words]) => (words as string[]).map((w) => [w, value as T] as [string, T]));
}

/** Arabic entries are stored without the article; the text's words are matched with and without it. */
function withoutArticle(word: string): string {
  return /^ال[\u0600-\u06ff]{3,}/.test(word) ? word.slice(2) : word;
}

// Words recur across a report and across reports: their Arabic forms are worked out once per word.
const arabicForms = new WordTable<string[]>();

/** The forms an Arabic word is matched under: its stems without clitics, and those without a tanween alef. */
function formsOf(token: Token): string[] {
  const cached = arabicForms.get(token);
  if (cached) return cached;
  const stems = arabicStems(token.text);
  return arabicForms.set(token, [...stems, ...stems.filter((s) => s.length > 3 && s.endsWith('ا')).map((s) => s.slice(0, -1))]);
}

/** Whether a token's word matches a word of an entry (outside Arabic a word has one form, itself). */
function tokenMatches(token: Token, pattern: Pattern, lang: Lang): boolean {
  if (lang !== 'ar') return wordMatches(pattern, token.text);
  for (const f of formsOf(token)) if (wordMatches(pattern, f)) return true;
  return false;
}

/**
 * Index after the entry's words at token i (gaps of up to two characters, as in "l'état-major"), or
 * -1. The first word is not tried again: the entry was found by it (`WordList.startedBy`).
 */
function matchAt(tokens: Token[], i: number, patterns: Pattern[], lang: Lang): number {
  for (let k = 1; k < patterns.length; k++) {
    const t = tokens[i + k];
    if (!t || !tokenMatches(t, patterns[k]!, lang)) return -1;
    if (t.start - tokens[i + k - 1]!.end > 2) return -1;
  }
  return i + patterns.length;
}

const NONE: readonly never[] = [];

/** A word list's entries (longest first), indexed by first word so that a word is only tried against the entries it can start. */
export class WordList<T> {
  /** The list's bit in the marks of the lexicon that holds it (see `FirstWords`); set by that lexicon. */
  bit = 0;
  /** The list's place among the lists of that lexicon; set by it. */
  index = 0;
  /** Entries whose first word is a plain word, by that word. */
  private readonly exact = new Map<string, Entry<T>[]>();
  /** Entries whose first word is a prefix pattern ("bless*"): few, tried in order. */
  private readonly prefix: Entry<T>[] = [];
  /** Each entry's place in the list. */
  private readonly order: Map<Entry<T>, number>;

  constructor(readonly entries: Entry<T>[]) {
    this.order = new Map(entries.map((e, k) => [e, k]));
    for (const e of entries) {
      const first = e.words[0]!;
      if (first.endsWith('*')) this.prefix.push(e);
      else this.exact.set(first, [...(this.exact.get(first) ?? []), e]);
    }
  }

  /** The entries whose first word matches this token's word, in list order (longest first). Kept per word by `FirstWords`. */
  startedBy(token: Token, lang: Lang): readonly Entry<T>[] {
    const found = new Set<Entry<T>>(this.prefix.filter((e) => tokenMatches(token, e.patterns[0]!, lang)));
    for (const f of lang === 'ar' ? formsOf(token) : [token.text]) for (const e of this.exact.get(f) ?? []) found.add(e);
    return found.size === 0 ? NONE : [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/**
 * What a word can start: the bits of the lists of a lexicon (and of its other tests) it starts an
 * entry of, and, by list index, those entries (empty for the lists it starts nothing of).
 */
export interface WordStarts {
  bits: number;
  entries: readonly (readonly Entry<unknown>[])[];
}

/** What most words start. */
const STARTS_NOTHING: WordStarts = { bits: 0, entries: [] };

/**
 * A report's tokens with what each can start (`FirstWords.of`), looked up once per token: the
 * readers of a list then pass over at once the tokens, most of them, that start none of its entries.
 */
export interface MarkedTokens {
  tokens: Token[];
  lang: Lang;
  /** Token i's `WordStarts.bits` at i (the array may be longer than the tokens). */
  marks: Int32Array;
  /** Token i's `WordStarts` at i (the array may be longer than the tokens). */
  starts: WordStarts[];
}

/** Whether token i's word can start an entry of the list (or one of the lists) whose bits these are. */
export function marked(m: MarkedTokens, i: number, bits: number): boolean {
  return i >= 0 && i < m.tokens.length && (m.marks[i]! & bits) !== 0;
}

/** The first (longest) entry of the list matching at token i. */
export function entryAt<T>(m: MarkedTokens, i: number, list: WordList<T>): { value: T; first: number; next: number } | null {
  if (!marked(m, i, list.bit)) return null;
  // The entries of the list at its index: those of this list, so of its type.
  return firstMatch(m.tokens, i, m.starts[i]!.entries[list.index] as readonly Entry<T>[], m.lang);
}

/** `entryAt` for a word that is not in a report (the singular of a dual): rare, so not kept. */
export function entryAtToken<T>(tokens: Token[], i: number, list: WordList<T>, lang: Lang): { value: T; first: number; next: number } | null {
  const token = tokens[i];
  return token ? firstMatch(tokens, i, list.startedBy(token, lang), lang) : null;
}

function firstMatch<T>(tokens: Token[], i: number, started: readonly Entry<T>[], lang: Lang): { value: T; first: number; next: number } | null {
  for (const e of started) {
    const next = matchAt(tokens, i, e.patterns, lang);
    if (next > 0) return { value: e.value, first: i, next };
  }
  return null;
}

/**
 * What each word can start in a lexicon's word lists (`WordStarts`), worked out once per word: its
 * bits from one index of every list's first words (for each list, the same answer as
 * `startedBy(token).length > 0`), plus those of other tests of the word (`extra`), and the entries
 * of the lists it starts.
 */
export class FirstWords {
  /** Plain first words → the bits of the lists with an entry starting with it. */
  private readonly exact = new Map<string, number>();
  /** Prefix first words ("bless*") → the bits of the lists with an entry starting with it. */
  private readonly prefixes: { text: string; bits: number }[] = [];
  private readonly known = new WordTable<WordStarts>(STARTS_NOTHING);

  constructor(
    private readonly lists: WordList<unknown>[],
    private readonly lang: Lang,
    private readonly extra: { bit: number; test: (token: Token) => boolean }[] = [],
  ) {
    for (const list of lists) {
      for (const e of list.entries) {
        const first = e.patterns[0]!;
        if (!first.prefix) this.exact.set(first.text, (this.exact.get(first.text) ?? 0) | list.bit);
        else {
          const same = this.prefixes.find((p) => p.text === first.text);
          if (same) same.bits |= list.bit;
          else this.prefixes.push({ text: first.text, bits: list.bit });
        }
      }
    }
  }

  of(token: Token): WordStarts {
    return this.known.get(token) ?? this.known.set(token, this.work(token));
  }

  private work(token: Token): WordStarts {
    let bits = 0;
    for (const form of this.lang === 'ar' ? formsOf(token) : [token.text]) {
      bits |= this.exact.get(form) ?? 0;
      for (const p of this.prefixes) if (form.startsWith(p.text)) bits |= p.bits;
    }
    for (const x of this.extra) if (x.test(token)) bits |= x.bit;
    if (bits === 0) return STARTS_NOTHING;
    return { bits, entries: this.lists.map((list) => ((bits & list.bit) !== 0 ? list.startedBy(token, this.lang) : NONE)) };
  }
}

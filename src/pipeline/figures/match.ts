import { normaliseTerm } from '../text/normalise.ts';
import { arabicStems } from '../text/numbers.ts';
import type { Lang, Token } from '../types.ts';
import { WordTable } from '../text/vocabulary.ts';

/**
 * Word-list matching for the figures stage. An entry is a phrase of words; a word ending in `*`
 * matches any word it starts ("bless*" → blessés, blessure). Arabic words also match behind the
 * clitics و ف ب ل ك and the article, and without accusative tanween alef ("جنديًا" → جندي).
 */
export interface Entry<T> {
  words: string[];
  value: T;
}

/** Normalises spellings into entries, longest phrases first. */
export function entries<T>(pairs: [string, T][]): WordList<T> {
  return new WordList(
    pairs
      .map(([phrase, value]) => ({
        words: phrase.split(/\s+/).filter(Boolean).flatMap((w) => {
          const star = w.endsWith('*');
          return normaliseTerm(star ? w.slice(0, -1) : w).split(' ').map((p, k, all) => withoutArticle(star && k === all.length - 1 ? p + '*' : p));
        }),
        value,
      }))
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

// Words recur across a report and across reports: their Arabic forms are worked out once.
const formCache = new Map<string, string[]>();
const MAX_CACHED_FORMS = 50_000;

function forms(word: string, lang: Lang): string[] {
  if (lang !== 'ar') return [word];
  const cached = formCache.get(word);
  if (cached) return cached;
  const stems = arabicStems(word);
  const out = [...stems, ...stems.filter((s) => s.length > 3 && s.endsWith('ا')).map((s) => s.slice(0, -1))];
  if (formCache.size >= MAX_CACHED_FORMS) formCache.clear();
  formCache.set(word, out);
  return out;
}

export function wordMatches(word: string, pattern: string, lang: Lang): boolean {
  const prefix = pattern.endsWith('*') ? pattern.slice(0, -1) : null;
  // Outside Arabic a word has one form, itself.
  if (lang !== 'ar') return prefix !== null ? word.startsWith(prefix) : word === pattern;
  for (const f of forms(word, lang)) if (prefix !== null ? f.startsWith(prefix) : f === pattern) return true;
  return false;
}

/** Index after the entry's words at token i (gaps of up to two characters, as in "l'état-major"), or -1. */
export function matchAt(tokens: Token[], i: number, words: string[], lang: Lang): number {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || !wordMatches(t.text, words[k]!, lang)) return -1;
    if (k > 0 && t.start - tokens[i + k - 1]!.end > 2) return -1;
  }
  return i + words.length;
}

const NONE: readonly never[] = [];

/**
 * A word list's entries (longest first), indexed by first word so that a token is only tried
 * against the entries it can start. Which entries a word can start is worked out once per word:
 * lists are read at every token of every report, and most words start none.
 */
export class WordList<T> {
  /** Entries whose first word is a plain word, by that word. */
  private readonly exact = new Map<string, Entry<T>[]>();
  /** Entries whose first word is a prefix pattern ("bless*"): few, tried in order. */
  private readonly prefix: Entry<T>[] = [];
  /** Each entry's place in the list. */
  private readonly order: Map<Entry<T>, number>;
  /** Words seen, per language → the entries they can start, in list order. */
  private readonly starts: Record<Lang, WordTable<readonly Entry<T>[]>> = { ar: new WordTable(), fr: new WordTable(), en: new WordTable() };

  constructor(readonly entries: Entry<T>[]) {
    this.order = new Map(entries.map((e, k) => [e, k]));
    for (const e of entries) {
      const first = e.words[0]!;
      if (first.endsWith('*')) this.prefix.push(e);
      else this.exact.set(first, [...(this.exact.get(first) ?? []), e]);
    }
  }

  /** The entries whose first word matches this token's word, in list order (longest first). */
  startsOf(token: Token, lang: Lang): readonly Entry<T>[] {
    const seen = this.starts[lang];
    const cached = seen.get(token);
    if (cached) return cached;
    const word = token.text;
    const found = new Set<Entry<T>>(this.prefix.filter((e) => wordMatches(word, e.words[0]!, lang)));
    for (const f of forms(word, lang)) for (const e of this.exact.get(f) ?? []) found.add(e);
    return seen.set(token, found.size === 0 ? NONE : [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!));
  }
}

/** The first (longest) entry matching at token i. */
export function entryAt<T>(tokens: Token[], i: number, list: WordList<T>, lang: Lang): { value: T; first: number; next: number } | null {
  const token = tokens[i];
  if (!token) return null;
  for (const e of list.startsOf(token, lang)) {
    const next = matchAt(tokens, i, e.words, lang);
    if (next > 0) return { value: e.value, first: i, next };
  }
  return null;
}

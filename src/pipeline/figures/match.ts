import { normaliseTerm } from '../text/normalise.ts';
import { arabicStems } from '../text/numbers.ts';
import type { Lang, Token } from '../types.ts';

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
export function entries<T>(pairs: [string, T][]): Entry<T>[] {
  return pairs
    .map(([phrase, value]) => ({
      words: phrase.split(/\s+/).filter(Boolean).flatMap((w) => {
        const star = w.endsWith('*');
        return normaliseTerm(star ? w.slice(0, -1) : w).split(' ').map((p, k, all) => withoutArticle(star && k === all.length - 1 ? p + '*' : p));
      }),
      value,
    }))
    .filter((e) => e.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

/** Spellings grouped by what they stand for → entries. */
export function grouped<T extends string>(groups: Partial<Record<T, string[]>>): Entry<T>[] {
  return entries(Object.entries(groups).flatMap(([value, words]) => (words as string[]).map((w) => [w, value as T] as [string, T])));
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
  return forms(word, lang).some((f) => (prefix !== null ? f.startsWith(prefix) : f === pattern));
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

/** A list's entries by first word, so that a token is only tried against the entries it can start. */
interface ListIndex<T> {
  exact: Map<string, Entry<T>[]>;
  /** Entries whose first word is a prefix pattern ("bless*"): few, tried in order. */
  prefix: Entry<T>[];
  /** Each entry's place in the list. */
  order: Map<Entry<T>, number>;
  /** Words seen, per language → the entries they can start, in list order. */
  starts: Record<Lang, Map<string, Entry<T>[]>>;
}
const indexes = new WeakMap<Entry<unknown>[], ListIndex<unknown>>();

function indexOf<T>(list: Entry<T>[]): ListIndex<T> {
  let index = indexes.get(list) as ListIndex<T> | undefined;
  if (!index) {
    index = { exact: new Map(), prefix: [], order: new Map(list.map((e, k) => [e, k])), starts: { ar: new Map(), fr: new Map(), en: new Map() } };
    for (const e of list) {
      const first = e.words[0]!;
      if (first.endsWith('*')) index.prefix.push(e);
      else index.exact.set(first, [...(index.exact.get(first) ?? []), e]);
    }
    indexes.set(list, index as ListIndex<unknown>);
  }
  return index;
}

/** The first (longest) entry matching at token i. */
export function entryAt<T>(tokens: Token[], i: number, list: Entry<T>[], lang: Lang): { value: T; first: number; next: number } | null {
  const token = tokens[i];
  if (!token) return null;
  for (const e of startsOf(token.text, indexOf(list), lang)) {
    const next = matchAt(tokens, i, e.words, lang);
    if (next > 0) return { value: e.value, first: i, next };
  }
  return null;
}

/** The entries whose first word matches this word, in list order (longest first). */
function startsOf<T>(word: string, index: ListIndex<T>, lang: Lang): Entry<T>[] {
  const seen = index.starts[lang];
  const cached = seen.get(word);
  if (cached) return cached;
  const found = new Set<Entry<T>>(index.prefix.filter((e) => wordMatches(word, e.words[0]!, lang)));
  for (const f of forms(word, lang)) for (const e of index.exact.get(f) ?? []) found.add(e);
  const out = [...found].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
  if (seen.size >= MAX_CACHED_FORMS) seen.clear();
  seen.set(word, out);
  return out;
}

import type { Lang, Token } from '../types.ts';
import { normaliseTerm } from './normalise.ts';
import { cliticStems } from './clitics.ts';
import { WordTable } from './vocabulary.ts';
import {
  ARABIC_CARDINALS, ARABIC_DUAL_NOUNS, ARABIC_SOUND_PLURAL_NOUNS, ARABIC_TEEN, ARABIC_THOUSANDS, ARTICLES, CARDINALS, JOINERS,
  QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, VAGUE, VAGUE_THOUSANDS,
  type CardinalWord, type Qualifier,
} from './number-words.ts';

export type { Qualifier } from './number-words.ts';

/** A number read from the tokens: its value, the index of the first token after it, and how sure it is. */
export interface NumberReading {
  value: number;
  next: number;
  qualifier: Qualifier;
  /** "several", "plusieurs": a count with no magnitude, coded by ACLED's default. */
  unspecified?: true;
}

// The word lists are normalised once, the same way as the text they are matched against.
const norm = (w: string) => normaliseTerm(w);
const normPhrase = (ws: string[]) => ws.map(norm);
const indexCardinals = (table: Record<string, CardinalWord>) =>
  new Map(Object.entries(table).map(([w, c]) => [norm(w), c] as const));

const LATIN = { fr: indexCardinals(CARDINALS.fr), en: indexCardinals(CARDINALS.en) };
const ARABIC = indexCardinals(ARABIC_CARDINALS);
const AR_TEEN = new Set(ARABIC_TEEN.map(norm));
const AR_THOUSANDS = new Set(ARABIC_THOUSANDS.map(norm));
const AR_DUAL = new Set(ARABIC_DUAL_NOUNS.map(norm));
const AR_DUAL_AN = new Set(ARABIC_SOUND_PLURAL_NOUNS.map(norm));
const PREFIXES = mapLangs((l) => QUALIFIER_PREFIXES[l].map((p) => ({ words: normPhrase(p.words), qualifier: p.qualifier })));
const SUFFIXES = mapLangs((l) => QUALIFIER_SUFFIXES[l].map(normPhrase));
const VAGUES = mapLangs((l) => VAGUE[l].map((v) => ({ ...v, words: normPhrase(v.words) })));
const VAGUE_K = mapLangs((l) => VAGUE_THOUSANDS[l].map(normPhrase));

function mapLangs<T>(f: (l: Lang) => T): Record<Lang, T> {
  return { ar: f('ar'), fr: f('fr'), en: f('en') };
}

// Qualifiers and vague counts by first word, in list order: a token is compared only with those it
// can start, as comparing it with every phrase costs more than the rest of reading a number.
const PREFIXES_BY_FIRST = mapLangs((l) => byFirstWord(PREFIXES[l]));
const VAGUES_BY_FIRST = mapLangs((l) => byFirstWord(VAGUES[l]));
const NO_PHRASES: readonly never[] = [];

function byFirstWord<T extends { words: string[] }>(phrases: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const p of phrases) map.set(p.words[0]!, [...(map.get(p.words[0]!) ?? []), p]);
  return map;
}

/** True when tokens a and b (a < b, consecutive) are separated by at most one character (space, hyphen). */
function adjacent(tokens: Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return x !== undefined && y !== undefined && y.start - x.end <= 1;
}

/**
 * Index after `words` when they occur at token i (consecutively), else -1. A caller that knows
 * word `known` stands at its place (the word of the bucket it found the phrase in) has it passed
 * over, as comparing two equal strings costs more than finding the phrases.
 */
export function phraseAt(tokens: Token[], i: number, words: string[], known = -1): number {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || (k !== known && t.text !== words[k])) return -1;
    // Adjacent: parted by at most one character (a space, a hyphen).
    if (k > 0 && t.start - tokens[i + k - 1]!.end > 1) return -1;
  }
  return i + words.length;
}

/**
 * Reads a number starting at token i: digits ("80", "1 200"), number words in Arabic, French or
 * English, vague counts ("dozens" → 12, approximate) and qualifying prefixes ("more than 160" →
 * 160, 'at least'). Returns null when token i does not start a number.
 *
 * @example readNumberAt(tokenise(normalise('قتل واحد وسبعون جنديا')), 1, 'ar') // { value: 71, next: 3, qualifier: 'exact' }
 */
export function readNumberAt(tokens: Token[], i: number, lang: Lang): NumberReading | null {
  const first = tokens[i];
  if (first === undefined || !mayStartNumber(first, lang)) return null;
  let start = i;
  let qualifier: Qualifier | null = null;
  for (const p of PREFIXES_BY_FIRST[lang].get(first.text) ?? NO_PHRASES) {
    const after = phraseAt(tokens, i, p.words);
    if (after > 0 && adjacent(tokens, after - 1, after)) {
      start = after;
      qualifier = p.qualifier;
      break;
    }
  }
  const core = readVague(tokens, start, lang) ?? readDigits(tokens, start, lang) ??
    (lang === 'ar' ? readArabic(tokens, start) : readLatin(tokens, start, lang));
  if (!core) return null;
  let next = core.next;
  let q = qualifier ?? core.qualifier;
  for (const s of SUFFIXES[lang]) {
    const after = phraseAt(tokens, next, s);
    if (after > 0 && adjacent(tokens, next - 1, next)) {
      next = after;
      if (q === 'exact') q = 'at least';
      break;
    }
  }
  return { value: core.value, next, qualifier: q, ...(core.unspecified ? { unspecified: true as const } : {}) };
}

/**
 * Whether a word can begin a number: digits, a number word (or و and one), an article before
 * "hundred", the first word of a qualifier ("more than") or of a vague count ("dozens"). Most words
 * of a report cannot, and `readNumberAt` passes them over at once. Kept per word and language.
 */
export function mayStartNumber(token: Token, lang: Lang): boolean {
  const known = MAY_START[lang];
  return known.get(token) ?? known.set(token, beginsNumber(token.text, lang));
}

const MAY_START = mapLangs(() => new WordTable<boolean>(false));

function beginsNumber(word: string, lang: Lang): boolean {
  if (/^\d+$/.test(word) || PREFIXES_BY_FIRST[lang].has(word) || VAGUES_BY_FIRST[lang].has(word)) return true;
  if (lang === 'ar') return ARABIC.has(word) || (word.startsWith('و') && (ARABIC.has(word.slice(1)) || /^\d+$/.test(word.slice(1))));
  return ARTICLES[lang].includes(word) || LATIN[lang].has(word);
}

function readVague(tokens: Token[], i: number, lang: Lang): NumberReading | null {
  for (const v of VAGUES_BY_FIRST[lang].get(tokens[i]?.text ?? '') ?? NO_PHRASES) {
    const after = phraseAt(tokens, i, v.words);
    if (after < 0) continue;
    for (const k of VAGUE_K[lang]) {
      const end = phraseAt(tokens, after, k);
      if (end > 0 && adjacent(tokens, after - 1, after)) return { value: v.floor * 1000, next: end, qualifier: 'approximate' };
    }
    return { value: v.value, next: after, qualifier: 'approximate', ...(v.unspecified ? { unspecified: true as const } : {}) };
  }
  return null;
}

const THOUSAND_WORDS = new Set([...['mille', 'thousand', 'الف'].map(norm), ...AR_THOUSANDS]);

/** "80", "1 200" / "1,200" (groups of three after a short head), "3 mille" / "3 الاف". */
function readDigits(tokens: Token[], i: number, lang: Lang): NumberReading | null {
  const t = tokens[i];
  // Arabic writes "and" on the number too: "مقتل أربعة جنود و١٦ إرهابيا".
  const digits = lang === 'ar' && t?.text.startsWith('و') ? t.text.slice(1) : t?.text;
  if (!t || digits === undefined || !/^\d+$/.test(digits) || digits.length > 9) return null;
  let value = Number(digits);
  let next = i + 1;
  if (digits.length <= 3) {
    while (/^\d{3}$/.test(tokens[next]?.text ?? '') && adjacent(tokens, next - 1, next)) {
      value = value * 1000 + Number(tokens[next]!.text);
      next++;
    }
  }
  const after = tokens[next];
  if (after && adjacent(tokens, next - 1, next) && THOUSAND_WORDS.has(after.text) && value < 1000) {
    value *= 1000;
    next++;
  }
  return { value, next, qualifier: 'exact' };
}

/** French and English cardinals: "quatre-vingt-dix-sept", "deux cent mille", "one hundred and five". */
function readLatin(tokens: Token[], i: number, lang: 'fr' | 'en'): NumberReading | null {
  const table = LATIN[lang];
  let total = 0;
  let group = 0;
  let last = 0;
  let lastRole: CardinalWord['role'] | null = null;
  let k = i;
  if (ARTICLES[lang].includes(tokens[k]?.text ?? '')) {
    const nxt = table.get(tokens[k + 1]?.text ?? '');
    if (!nxt || (nxt.role !== 'hundred' && nxt.role !== 'thousand') || !adjacent(tokens, k, k + 1)) return null;
    group = 1;
    last = 1;
    lastRole = 'unit';
    k++;
  }
  while (k < tokens.length) {
    if (lastRole && !adjacent(tokens, k - 1, k)) break;
    let word = tokens[k]!.text;
    let step = 1;
    if (lastRole && JOINERS[lang].includes(word) && adjacent(tokens, k, k + 1)) {
      word = tokens[k + 1]?.text ?? '';
      step = 2;
    }
    const c = table.get(word);
    if (!c) break;
    if (c.role === 'unit' || c.role === 'ten') {
      if (lang === 'fr' && c.value === 20 && last === 4 && lastRole === 'unit' && step === 1) {
        group += 76; // quatre-vingt(s)
        last = 80;
      } else if (lastRole === null || lastRole === 'hundred' || lastRole === 'thousand' || canAdd(last, c.value)) {
        group += c.value;
        last = c.value;
      } else break;
    } else if (c.role === 'hundred') {
      if (lastRole === 'hundred' || group >= 100 || step === 2) break;
      group = (group || 1) * 100;
      last = 100;
    } else {
      if (lastRole === 'thousand' || step === 2) break;
      total += (group || 1) * 1000;
      group = 0;
      last = 1000;
    }
    lastRole = c.role;
    k += step;
  }
  if (lastRole === null || k === i) return null;
  return { value: total + group, next: k, qualifier: 'exact' };
}

/** Whether v may follow l inside one number: "vingt un", "soixante-dix", "dix-sept", "twenty-one". */
function canAdd(l: number, v: number): boolean {
  if (l >= 20 && l < 100 && l % 10 === 0) return v < 10 || ((l === 60 || l === 80) && v >= 10 && v < 20);
  if (l === 10) return v >= 7 && v <= 9;
  return false;
}

/** Arabic: parts joined by و ("واحد وسبعون", "مئة وستين"), teens ("ثلاثة عشر"), "ثلاث مئة", "ثلاثة آلاف". */
function readArabic(tokens: Token[], i: number): NumberReading | null {
  let sum = 0;
  let lastPart = Infinity;
  let lastWasUnit = false;
  let k = i;
  let parts = 0;
  while (k < tokens.length) {
    let word = tokens[k]!.text;
    let at = k;
    if (parts > 0) {
      if (!adjacent(tokens, k - 1, k)) break;
      if (word === 'و' && adjacent(tokens, k, k + 1)) {
        at = k + 1;
        word = tokens[at]!.text;
      } else if (word.startsWith('و') && ARABIC.has(word.slice(1))) word = word.slice(1);
      else break;
    } else if (!ARABIC.has(word) && word.startsWith('و') && ARABIC.has(word.slice(1))) word = word.slice(1);
    const part = arabicPart(tokens, at, word);
    if (!part) break;
    const ok = parts === 0 || part.value < lastPart || (lastWasUnit && part.isTen && lastPart < 10);
    if (!ok) break;
    sum += part.value;
    lastWasUnit = part.value < 10;
    lastPart = part.value;
    k = part.next;
    parts++;
    // "خمسة وعشرين ألف": a thousand after the parts multiplies all of them.
    const t = tokens[k]?.text ?? '';
    if (sum < 1000 && (t === THOUSAND || AR_THOUSANDS.has(t)) && adjacent(tokens, k - 1, k)) {
      sum *= 1000;
      lastPart = 1000;
      lastWasUnit = false;
      k++;
    }
  }
  if (parts === 0) return null;
  return { value: sum, next: k, qualifier: 'exact' };
}

const THOUSAND = norm('ألف');

function arabicPart(tokens: Token[], k: number, word: string): { value: number; next: number; isTen: boolean } | null {
  const c = ARABIC.get(word);
  if (!c) return null;
  const following = adjacent(tokens, k, k + 1) ? tokens[k + 1]!.text : '';
  if (c.role === 'unit') {
    if (c.value >= 1 && c.value < 10 && AR_TEEN.has(following)) return { value: 10 + c.value, next: k + 2, isTen: false };
    if (c.value >= 3 && c.value < 10 && ARABIC.get(following)?.role === 'hundred') return { value: c.value * 100, next: k + 2, isTen: false };
    if (c.value >= 3 && AR_THOUSANDS.has(following)) return { value: c.value * 1000, next: k + 2, isTen: false };
  }
  return { value: c.value, next: k + 1, isTen: c.role === 'ten' };
}

/**
 * Arabic dual of a noun of people ("جنديين", "الجنديان", "رهينتين" → 2), with the singular it
 * counts. Only nouns whose plural is not also -ين qualify (see ARABIC_DUAL_NOUNS).
 *
 * @example arabicDual('جنديين') // { singular: 'جندي', count: 2 }
 */
export function arabicDual(word: string): { singular: string; count: 2 } | null {
  for (const w of arabicStems(word)) {
    const m = /^(.+?)(ين|ان)$/.exec(w);
    if (!m) continue;
    const stem = m[1]!;
    const singular = stem.endsWith('ت') ? stem.slice(0, -1) + 'ه' : stem;
    if (AR_DUAL.has(singular)) return { singular, count: 2 };
    if (AR_DUAL.has(stem) || (m[2] === 'ان' && AR_DUAL_AN.has(stem))) return { singular: stem, count: 2 };
  }
  return null;
}

/**
 * The word without its leading clitics: و/ف, then ب/ل/ك, then the article ("للبعثه" → "بعثه").
 * The ل of لل is the article's: "للقيادة" is not read as "لقيادة".
 */
export function arabicStems(word: string): string[] {
  const out: string[] = [];
  for (const s of cliticStems(word)) if (!(s.stem.length > 3 && !s.article && s.stem[0] === 'ل' && word[s.cut - 1] === 'ل')) out.push(s.stem);
  return out;
}

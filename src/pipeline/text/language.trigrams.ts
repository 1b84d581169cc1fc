import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import type { Lang } from '../types.ts';
import { isHighSurrogate, isLowSurrogate } from './surrogates.ts';
import { astralTable } from './unit-table.ts';

/**
 * franc's ranking of a text between French and English, the same figures as
 * `francAll(text, { only: ['fra', 'eng'], minLength: 3 })` from franc's own models, without its
 * cost: franc cleans the text with three regex passes, matches a regex per script, and builds a
 * string and an object key per trigram, which made language detection the largest single cost of
 * reading a report. Here one walk over the text's units counts the scripts and writes the cleaned
 * text into a typed array, and a second counts its trigrams in an array indexed by the trigram.
 * Empty when franc says `und` (too short, or not mostly Latin script).
 *
 * @example rankFrenchEnglish('Des hommes armés ont attaqué le poste')[0]![0] === 'fr'
 */
export function rankFrenchEnglish(text: string): [Lang, number][] {
  if (text.length < MIN_LENGTH) return [];
  // franc reads the first MAX_LENGTH units only.
  const length = Math.min(text.length, MAX_LENGTH);
  let n = readUnits(text, length);
  if (n < 0) {
    const value = text.slice(0, length);
    if (topOf(SCRIPTS.map((re) => value.match(re)?.length ?? 0), length) !== LATIN) return [];
    n = cleanedUnits(' ' + clean(value) + ' ');
  } else if (topOf(scriptCounts, length) !== LATIN) return [];
  const d = distances(n);
  // franc sorts stably, in the order of its models: English first on a tie.
  const ranked: [Lang, number][] = d.fr < d.en ? [['fr', d.fr], ['en', d.en]] : [['en', d.en], ['fr', d.fr]];
  const min = ranked[0]![1];
  const max = length * MAX_DIFFERENCE - min;
  for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
  return ranked;
}

// franc's constants.
const MIN_LENGTH = 3;
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** franc's cleaning (trigram-utils' `clean`): punctuation and digits out, white space collapsed, lower case. */
function clean(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const SCRIPTS = Object.values(expressions);
const LATIN = Object.keys(expressions).indexOf('Latin');

/** franc's most used script (index into SCRIPTS): the one whose expression matches most, the first listed on a tie. */
function topOf(counts: ArrayLike<number>, length: number): number {
  let top = -1;
  let topShare = -1;
  for (let s = 0; s < counts.length; s++) {
    const share = counts[s]! / length || 0;
    if (share > topShare) [top, topShare] = [s, share];
  }
  return top;
}

/**
 * The units the two models' trigrams are made of (a space, 23 letters, à é ê ’), each given a code
 * from 1 in BITS bits; 0 for every other unit. A trigram of three such units is a number below
 * 2^(3 * BITS), its first two units a prefix below 2^(2 * BITS).
 */
const MODEL_LINES = [data.Latin!.eng!.split('|'), data.Latin!.fra!.split('|')];
const ALPHABET = [...new Set(MODEL_LINES.flat().join(''))];
const BITS = Math.ceil(Math.log2(ALPHABET.length + 1));
const alphabetCodes = new Uint8Array(0x10000);
ALPHABET.forEach((ch, k) => (alphabetCodes[ch.charCodeAt(0)] = k + 1));

/**
 * The trigrams of either model, numbered from 1 (0 for any other trigram of the alphabet), and the
 * rank of each in each model (franc's weight, the most frequent 0) + 1, 0 when the model lacks it.
 * A trigram's number is read in two small steps, `numbers[prefixes[prefix] + code]`, rather than in
 * one table of every trigram: a report's trigrams are scattered over such a table, and the cache
 * misses of reading it cost more than the step.
 */
const MODEL = models();

function models() {
  const trigrams = [...new Set(MODEL_LINES.flat())];
  const prefixes = new Int32Array(1 << (2 * BITS));
  const prefixOf = (t: string) => (alphabetCodes[t.charCodeAt(0)]! << BITS) | alphabetCodes[t.charCodeAt(1)]!;
  // Block 0 of `numbers` is for the prefixes no model trigram has: every number in it is 0.
  let blocks = 1;
  for (const t of trigrams) if (prefixes[prefixOf(t)] === 0) prefixes[prefixOf(t)] = blocks++ << BITS;
  const numbers = new Uint16Array(blocks << BITS);
  trigrams.forEach((t, k) => (numbers[prefixes[prefixOf(t)]! + alphabetCodes[t.charCodeAt(2)]!] = k + 1));
  const [en, fr] = MODEL_LINES.map((model) => {
    const ranks = new Uint16Array(trigrams.length + 1);
    // From the end, as franc does, so that a repeated trigram keeps its first rank.
    for (let w = model.length - 1; w >= 0; w--) ranks[trigrams.indexOf(model[w]!) + 1] = w + 1;
    return ranks;
  }) as [Uint16Array, Uint16Array];
  return { prefixes, numbers, en, fr, size: trigrams.length + 1 };
}

/**
 * The text franc takes its trigrams from, ' ' + clean(text) + ' ', as units and their codes in the
 * alphabet: room for MAX_LENGTH units and the padding, more when franc's lower case is longer.
 */
let units = new Uint16Array(MAX_LENGTH + 2);
let codes = new Uint8Array(MAX_LENGTH + 2);
/** How many units of the text each of franc's script expressions matches. */
const scriptCounts = new Int32Array(SCRIPTS.length);

/**
 * One walk over the first `length` units of a text: counts them by script into `scriptCounts`,
 * and writes ' ' + clean(text) + ' ' into `units`, which is the words (runs of units that are
 * neither punctuation, digits nor white space) lower-cased and joined by one space, with a space
 * before and after. Answers its length, or -1 when the text is to be read as franc does (see
 * WHOLE_TEXT).
 */
function readUnits(text: string, length: number): number {
  scriptCounts.fill(0);
  let latin = 0;
  let n = 0;
  units[n] = SPACE;
  codes[n++] = SPACE_CODE;
  let gap = false;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let facts = unitFacts[unit]!;
    if (facts === 0) facts = unitFacts[unit] = factsOf(unit);
    latin += (facts >> LATIN_ONLY_SHIFT) & 1;
    if ((facts & RARE) !== 0) {
      if ((facts & WHOLE_TEXT) !== 0) return -1;
      const mask = (facts & HIGH_SURROGATE) === 0 ? scriptMask(unit) : pairMask(text, i, length);
      if (mask < 0) return -1;
      for (let s = 0, m = mask; m !== 0; s++, m >>>= 1) scriptCounts[s]! += m & 1;
    }
    if ((facts & SEPARATOR) !== 0) {
      gap = n > 1;
      continue;
    }
    if (gap) {
      units[n] = SPACE;
      codes[n++] = SPACE_CODE;
      gap = false;
    }
    units[n] = facts & LOWER;
    codes[n++] = (facts >> CODE_SHIFT) & CODE;
  }
  units[n] = SPACE;
  codes[n++] = SPACE_CODE;
  scriptCounts[LATIN]! += latin;
  return n;
}

/** Copies a cleaned and padded text into `units` and `codes`; answers its length. */
function cleanedUnits(padded: string): number {
  if (padded.length > units.length) [units, codes] = [new Uint16Array(padded.length), new Uint8Array(padded.length)];
  for (let i = 0; i < padded.length; i++) {
    units[i] = padded.charCodeAt(i);
    codes[i] = alphabetCodes[units[i]!]!;
  }
  return padded.length;
}

const SPACE = 0x20;
const SPACE_CODE = alphabetCodes[SPACE]!;

/**
 * What franc makes of each UTF-16 unit, worked out on first sight (0: not yet): its lower case and
 * that lower case's code in the alphabet, and flags.
 */
const unitFacts = new Int32Array(0x10000);
const LOWER = 0xffff;
const CODE_SHIFT = 16;
const CODE = 0xff;
/** franc's Latin expression matches the unit, and no other. */
const LATIN_ONLY_SHIFT = 24;
/** Other expressions of franc's match the unit (which: `scriptMask`). */
const OTHER_SCRIPTS = 1 << 25;
/** Punctuation, digits and white space: franc's cleaning turns them into spaces between words. */
const SEPARATOR = 1 << 26;
/**
 * Lower-casing the text unit by unit would not give what `toLowerCase` of the whole does: a
 * capital sigma (its lower case depends on whether it ends a word) or a unit whose lower case is
 * longer (İ → i̇).
 */
const WHOLE_TEXT = 1 << 27;
/** The first unit of a surrogate pair: franc's expressions match pairs, and a pair is lower-cased as one character. */
const HIGH_SURROGATE = 1 << 28;
const KNOWN = 1 << 29;
/** What takes more than the lookup: counted by `scriptMask` or `pairMask`, or read as franc does. */
const RARE = OTHER_SCRIPTS | WHOLE_TEXT | HIGH_SURROGATE;

function factsOf(unit: number): number {
  // No expression of franc's matches a lone surrogate, and it is its own lower case.
  if (isHighSurrogate(unit)) return KNOWN | HIGH_SURROGATE | unit;
  if (isLowSurrogate(unit)) return KNOWN | unit;
  const ch = String.fromCharCode(unit);
  const lower = ch.toLowerCase();
  if (unit === 0x3a3 || lower.length !== 1) return KNOWN | WHOLE_TEXT;
  const mask = scriptMask(unit);
  const scripts = mask === 1 << LATIN ? 1 << LATIN_ONLY_SHIFT : mask !== 0 ? OTHER_SCRIPTS : 0;
  if (/[\u0021-\u0040\s]/.test(ch)) return KNOWN | SEPARATOR | scripts;
  const code = lower.charCodeAt(0);
  return KNOWN | scripts | (alphabetCodes[code]! << CODE_SHIFT) | code;
}

/** Which of franc's expressions match a UTF-16 unit outside a surrogate pair, as bits; worked out on first sight. */
const scriptMasks = new Int32Array(0x10000).fill(-1);
const SINGLE = SCRIPTS.map((re) => new RegExp(re.source));

function scriptMask(unit: number): number {
  let mask = scriptMasks[unit]!;
  if (mask < 0) mask = scriptMasks[unit] = maskOf(String.fromCharCode(unit));
  return mask;
}

/** The same for characters beyond the BMP (emoji, rare scripts), by code point; -1 when the character's lower case is another. */
const astralMask = astralTable((codePoint) => {
  const ch = String.fromCodePoint(codePoint);
  return ch.toLowerCase() === ch ? maskOf(ch) : -1;
});

/**
 * Which of franc's expressions match the surrogate pair starting at i, as bits; none for a lone
 * surrogate. -1 when the character's lower case is another (the text is then read as franc does).
 */
function pairMask(text: string, i: number, length: number): number {
  const low = i + 1 < length ? text.charCodeAt(i + 1) : 0;
  if (!isLowSurrogate(low)) return 0;
  return astralMask(text.codePointAt(i)!);
}

/** Each of franc's expressions matches a character (or pair) at most once: whether it does, as bits. */
function maskOf(ch: string): number {
  let mask = 0;
  SINGLE.forEach((re, s) => {
    if (re.test(ch)) mask |= 1 << s;
  });
  return mask;
}

/** A set of trigrams (three UTF-16 units, keyed a, b << 16 | c) by open addressing in a typed array. */
class TrigramSet {
  /** Per slot, side by side so that a probe reads one place: a + 1 (0: slot empty), b << 16 | c. */
  private readonly cells: Int32Array;
  /** The slots in use, so that clearing touches only them. */
  private readonly used: Int32Array;
  size = 0;
  readonly capacity: number;
  private readonly mask: number;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.cells = new Int32Array(slots * 2);
    this.used = new Int32Array(capacity);
    this.mask = slots - 1;
    this.capacity = capacity;
  }

  add(a: number, b: number, c: number): void {
    const rest = (b << 16) | c;
    const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(rest, 0x85ebca6b);
    let slot = (h ^ (h >>> 15)) & this.mask;
    while (this.cells[slot * 2] !== 0) {
      if (this.cells[slot * 2] === a + 1 && this.cells[slot * 2 + 1] === rest) return;
      slot = (slot + 1) & this.mask;
    }
    this.cells[slot * 2] = a + 1;
    this.cells[slot * 2 + 1] = rest;
    this.used[this.size++] = slot;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.cells[this.used[k]! * 2] = 0;
    this.size = 0;
  }
}

/**
 * A text's counts of each model trigram (by number; 0 takes the other trigrams of the alphabet), and
 * which trigrams of the alphabet it has, a bit each: both emptied after each text. A trigram with a
 * unit outside the alphabet is in neither model, so only whether it was seen before matters: a hash
 * set of them answers that.
 */
const counts = new Uint16Array(MODEL.size);
const seen = new Int32Array(1 << (3 * BITS - 5));
let others = new TrigramSet(MAX_LENGTH + 2);

/**
 * franc's distance of the trigrams of units[0..n) (n >= 2) to each model: per distinct trigram,
 * how far its count is from the model's rank; 300 when the model lacks it.
 */
function distances(n: number): { en: number; fr: number } {
  if (n > others.capacity) others = new TrigramSet(n);
  const { prefixes, numbers } = MODEL;
  let distinct = 0;
  let b = codes[0]!;
  let c = codes[1]!;
  for (let i = 2; i < n; i++) {
    const a = b;
    b = c;
    c = codes[i]!;
    if (a !== 0 && b !== 0 && c !== 0) {
      const prefix = (a << BITS) | b;
      const t = (prefix << BITS) | c;
      // Counted without a branch, which text makes hard to predict.
      const bits = seen[t >>> 5]!;
      distinct += 1 - ((bits >>> (t & 31)) & 1);
      seen[t >>> 5] = bits | (1 << (t & 31));
      counts[numbers[prefixes[prefix]! + c]!]!++;
    } else others.add(units[i - 2]!, units[i - 1]!, units[i]!);
  }
  // Every distinct trigram as if no model had it, then the model trigrams put right.
  let en = (distinct + others.size) * MAX_DIFFERENCE;
  let fr = en;
  for (let k = 1; k < MODEL.size; k++) {
    const count = counts[k]!;
    if (count === 0) continue;
    const rankEn = MODEL.en[k]!;
    const rankFr = MODEL.fr[k]!;
    if (rankEn !== 0) en += Math.abs(count - rankEn) - MAX_DIFFERENCE;
    if (rankFr !== 0) fr += Math.abs(count - rankFr) - MAX_DIFFERENCE;
  }
  counts.fill(0);
  seen.fill(0);
  others.clear();
  return { en, fr };
}

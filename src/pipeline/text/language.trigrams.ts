import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import type { Lang } from '../types.ts';

/**
 * franc's ranking of a text between French and English, the same figures as
 * `francAll(text, { only: ['fra', 'eng'], minLength: 3 })` from franc's own models, without its
 * cost: franc builds a string and an object key per trigram and a regex match array per script,
 * which made language detection the largest single cost of reading a report.
 * Empty when franc says `und` (too short, or not mostly Latin script).
 *
 * @example rankFrenchEnglish('Des hommes armés ont attaqué le poste')[0]![0] === 'fr'
 */
export function rankFrenchEnglish(text: string): [Lang, number][] {
  if (text.length < MIN_LENGTH) return [];
  const value = text.slice(0, MAX_LENGTH);
  if (topScript(value) !== LATIN) return [];
  const d = distances(value);
  // franc sorts stably, in the order of its models: English first on a tie.
  const ranked: [Lang, number][] = [['en', d.en], ['fr', d.fr]];
  ranked.sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
  return ranked;
}

// franc's constants.
const MIN_LENGTH = 3;
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * Trigrams counted in a hash table of typed arrays, a trigram's three UTF-16 units as the key
 * (a, b << 16 | c): franc's own counting builds a string per trigram, and a Map of them was still
 * most of the cost of detecting the language of a report.
 */
class TrigramTable {
  /** Per slot, side by side so that a probe reads one place: a, b << 16 | c, and a value (0: slot empty). */
  private readonly cells: Int32Array;
  /** The slots in use, in the order they were filled. */
  readonly used: Int32Array;
  size = 0;
  private readonly mask: number;

  constructor(capacity: number) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.cells = new Int32Array(slots * 3);
    this.used = new Int32Array(capacity);
    this.mask = slots - 1;
  }

  get slots(): number {
    return this.mask + 1;
  }

  /** The trigram's slot, or -1 when absent and `add` is false. */
  slotOf(a: number, b: number, c: number, add: boolean): number {
    const rest = (b << 16) | c;
    const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(rest, 0x85ebca6b);
    let slot = (h ^ (h >>> 15)) & this.mask;
    while (this.cells[slot * 3 + 2] !== 0) {
      if (this.cells[slot * 3] === a && this.cells[slot * 3 + 1] === rest) return slot;
      slot = (slot + 1) & this.mask;
    }
    if (!add) return -1;
    this.cells[slot * 3] = a;
    this.cells[slot * 3 + 1] = rest;
    this.used[this.size++] = slot;
    return slot;
  }

  /** The trigram in a slot, as `slotOf` takes it. */
  first(slot: number): number {
    return this.cells[slot * 3]!;
  }

  rest(slot: number): number {
    return this.cells[slot * 3 + 1]!;
  }

  value(slot: number): number {
    return this.cells[slot * 3 + 2]!;
  }

  setValue(slot: number, value: number): void {
    this.cells[slot * 3 + 2] = value;
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.cells[this.used[k]! * 3 + 2] = 0;
    this.size = 0;
  }
}

/** The models' trigrams, each with its rank in each model (franc's weight, the most frequent 0) + 1, 0 when the model lacks it. */
const MODELS = models(data.Latin!.eng!, data.Latin!.fra!);

function models(en: string, fr: string): { table: TrigramTable; en: Int32Array; fr: Int32Array } {
  const lines = [en.split('|'), fr.split('|')];
  const table = new TrigramTable(lines[0]!.length + lines[1]!.length);
  const ranks = [new Int32Array(table.slots), new Int32Array(table.slots)];
  lines.forEach((trigrams, m) => {
    // From the end, as franc does, so that a repeated trigram keeps its first rank.
    for (let w = trigrams.length - 1; w >= 0; w--) {
      const t = trigrams[w]!;
      const slot = table.slotOf(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2), true);
      table.setValue(slot, 1);
      ranks[m]![slot] = w + 1;
    }
  });
  return { table, en: ranks[0]!, fr: ranks[1]! };
}

/** A text's trigram counts, emptied after each text: room for the trigrams of MAX_LENGTH units and the padding. */
const counts = new TrigramTable(MAX_LENGTH + 2);

/**
 * franc's distance of the text's trigrams to each model: per trigram of the text, how far its count
 * is from the model's rank; 300 when the model lacks it.
 */
function distances(value: string): { en: number; fr: number } {
  const padded = cleaned(value);
  // Lower-casing may lengthen a text (İ → i̇): such a text gets a table of its own.
  const table = padded.length <= MAX_LENGTH + 4 ? counts : new TrigramTable(padded.length);
  for (let i = 0; i + 3 <= padded.length; i++) {
    const slot = table.slotOf(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2), true);
    table.setValue(slot, table.value(slot) + 1);
  }
  let en = 0;
  let fr = 0;
  for (let k = 0; k < table.size; k++) {
    const slot = table.used[k]!;
    const count = table.value(slot);
    const rest = table.rest(slot);
    const m = MODELS.table.slotOf(table.first(slot), rest >>> 16, rest & 0xffff, false);
    const rankEn = m < 0 ? 0 : MODELS.en[m]!;
    const rankFr = m < 0 ? 0 : MODELS.fr[m]!;
    en += rankEn === 0 ? MAX_DIFFERENCE : Math.abs(count - rankEn);
    fr += rankFr === 0 ? MAX_DIFFERENCE : Math.abs(count - rankFr);
  }
  table.clear();
  return { en, fr };
}

/** franc's cleaned text: no punctuation or digits, spaces collapsed, lower case, padded with a space. */
function cleaned(value: string): string {
  return ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
}

const SCRIPTS = Object.values(expressions);
const LATIN = Object.keys(expressions).indexOf('Latin');

/**
 * franc's most used script (index into its expressions): the one whose expression matches most,
 * the first listed on a tie. Outside surrogate pairs each expression matches single units, so
 * counting units by a table of which expressions match each gives franc's counts.
 */
function topScript(value: string): number {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return topScriptByRegex(value);
    let mask = scriptMasks[code]!;
    if (mask === UNKNOWN) mask = scriptMasks[code] = maskOf(String.fromCharCode(code));
    for (let s = 0; mask !== 0; s++, mask >>>= 1) if (mask & 1) counts[s]!++;
  }
  return topOf(counts, value.length);
}

/** franc's own count, for text with surrogates (astral characters: emoji, rare scripts). */
function topScriptByRegex(value: string): number {
  return topOf(SCRIPTS.map((re) => value.match(re)?.length ?? 0), value.length);
}

function topOf(counts: number[], length: number): number {
  let top = -1;
  let topShare = -1;
  counts.forEach((count, s) => {
    const share = count / length || 0;
    if (share > topShare) [top, topShare] = [s, share];
  });
  return top;
}

/** Which of franc's expressions match each UTF-16 unit, as bits; worked out on first sight. */
const UNKNOWN = 0xffffffff;
const scriptMasks = new Uint32Array(0x10000).fill(UNKNOWN);
const SINGLE = SCRIPTS.map((re) => new RegExp(re.source));

function maskOf(ch: string): number {
  let mask = 0;
  SINGLE.forEach((re, s) => {
    if (re.test(ch)) mask |= 1 << s;
  });
  return mask >>> 0;
}

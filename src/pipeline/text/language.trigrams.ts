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
  const counts = trigramCounts(value);
  // franc sorts stably, in the order of its models: English first on a tie.
  const ranked: [Lang, number][] = [['en', distance(counts, MODELS.en)], ['fr', distance(counts, MODELS.fr)]];
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

/** A trigram of UTF-16 units below 256 as one small integer; others keep their string. */
type Key = number | string;

function keyOf(a: number, b: number, c: number, text: string, i: number): Key {
  return (a | b | c) < 0x100 ? (a << 16) | (b << 8) | c : text.slice(i, i + 3);
}

/** Each model as trigram → rank (franc's weight), the most frequent trigram 0. */
const MODELS = { en: model(data.Latin!.eng!), fr: model(data.Latin!.fra!) };

function model(line: string): Map<Key, number> {
  const trigrams = line.split('|');
  const out = new Map<Key, number>();
  // From the end, as franc does, so that a repeated trigram keeps its first rank.
  for (let w = trigrams.length - 1; w >= 0; w--) {
    const t = trigrams[w]!;
    out.set(keyOf(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2), t, 0), w);
  }
  return out;
}

/** franc's distance: per trigram of the text, how far its count is from the model's rank; 300 when missing. */
function distance(counts: Map<Key, number>, ranks: Map<Key, number>): number {
  let d = 0;
  for (const [key, count] of counts) {
    const rank = ranks.get(key);
    d += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return d;
}

/** How often each trigram occurs in franc's cleaned text (no punctuation or digits, spaces collapsed, lower case, padded). */
function trigramCounts(value: string): Map<Key, number> {
  const padded = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<Key, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const key = keyOf(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2), padded, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
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

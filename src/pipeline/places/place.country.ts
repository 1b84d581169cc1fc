import { readFileSync } from 'node:fs';
import type { Token } from '../types.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { hasStem } from '../text/clitics.ts';
import { PhraseList } from './place.phrases.ts';

/**
 * Which country the words tie a place to (data/gazetteer/country-words.json): "Fassala,
 * Mauritania" and "Téra, in western Niger" put the place in that country; "à la frontière avec
 * le Mali" and "الحدود المالية" put the sentence's places on the other side; demonyms
 * ("Malian soldiers", "الجيش المالي") count as the country being named.
 */
export interface CountryMention { cc: string; first: number; last: number; sentence: number; border: boolean }

interface Demonym { cc: string; words: string[] }
interface Words { demonyms: PhraseList<Demonym>; borderBefore: PhraseList<{ words: string[] }>; demonymAfter: Set<string>; demonymBefore: Set<string>; between: PhraseList<{ words: string[] }> }

const FILE = new URL('../../../data/gazetteer/country-words.json', import.meta.url);
let words: Words | null = null;

function load(): Words {
  if (words) return words;
  const raw = JSON.parse(readFileSync(FILE, 'utf8')) as {
    demonyms: Record<string, string[]>; between: string[];
    border: { before: string[]; demonym_after: string[]; demonym_before: string[] };
  };
  const split = (l: string[]) => l.map((p) => normaliseTerm(p).split(' ')).sort((a, b) => b.length - a.length);
  words = {
    // Where several phrases fit, the first listed wins: the longest of a country's, then the first country's.
    demonyms: new PhraseList(Object.entries(raw.demonyms).flatMap(([cc, l]) => split(l).map((words) => ({ cc, words })))),
    borderBefore: new PhraseList(split(raw.border.before).map((words) => ({ words }))),
    demonymAfter: new Set(raw.border.demonym_after.map(normaliseTerm)),
    demonymBefore: new Set(raw.border.demonym_before.map(normaliseTerm)),
    between: new PhraseList(split(raw.between).map((words) => ({ words }))),
  };
  return words;
}

/** A token equals a word, or does once its Arabic clitics are stripped ("بجنوب" is جنوب). */
function same(token: string | undefined, word: string): boolean {
  return token !== undefined && hasStem(token, word);
}

/** Country names (found by the matcher) and demonyms, each marked when it names the other side of a border. */
export function countryMentions(tokens: Token[], names: { cc: string; first: number; last: number }[], sentenceOf: (token: number) => number): CountryMention[] {
  const w = load();
  const out: CountryMention[] = [];
  for (const { cc, first, last } of names) {
    const border = w.borderBefore.endingBefore(tokens, first).length > 0;
    out.push({ cc, first, last, sentence: sentenceOf(first), border });
  }
  // (The loop body makes no closure: one over `i` would cost every token an allocation.)
  for (let i = 0; i < tokens.length; i++) {
    const hit = w.demonyms.startingAt(tokens, i);
    if (!hit || isCovered(out, i)) continue;
    const last = i + hit.words.length;
    out.push({ cc: hit.cc, first: i, last, sentence: sentenceOf(i), border: demonymBorder(tokens, i, last, w) });
  }
  return out;
}

function isCovered(mentions: CountryMention[], i: number): boolean {
  return mentions.some((m) => m.first <= i && i < m.last);
}

/** Whether the demonym at tokens [i, last) stands by a border word ("الحدود المالية", "Malian border"). */
function demonymBorder(tokens: Token[], i: number, last: number, w: Words): boolean {
  return [...w.demonymAfter].some((x) => same(tokens[i - 1]?.text, x)) || w.demonymBefore.has(tokens[last]?.text ?? '');
}

/** Whether only "in", "eastern", "في جنوب"... stand between token `from` and token `to`. */
function onlyBetween(tokens: Token[], from: number, to: number): boolean {
  const between = load().between;
  let i = from;
  while (i < to) {
    const p = between.startingAt(tokens, i, to);
    if (!p) return false;
    i += p.words.length;
  }
  return true;
}

/** Weights: the country right after the name wins; one named in its sentence helps; a border's other side counts against. */
const RIGHT_AFTER = 2;
const SAME_SENTENCE = 0.4;
const OTHER_SIDE = -1.5;
const MAX_GAP = 4;

/** Score adjustments by country for a name at tokens [first, last) of sentence `sentence`. */
export function countryHints(tokens: Token[], first: number, last: number, sentence: number, mentions: CountryMention[]): ReadonlyMap<string, number> {
  // Most names have no country mention in their sentence: they share one empty map.
  let out: Map<string, number> | null = null;
  for (const m of mentions) {
    if (m.sentence !== sentence || (m.first < last && first < m.last)) continue;
    const adjacent = m.first >= last && m.first - last <= MAX_GAP && onlyBetween(tokens, last, m.first);
    const w = m.border ? (adjacent && m.first === last ? RIGHT_AFTER : OTHER_SIDE) : adjacent ? RIGHT_AFTER : SAME_SENTENCE;
    out ??= new Map<string, number>();
    const had = out.get(m.cc);
    // The strongest statement about a country wins: being right after the name, then the border.
    if (had === undefined || Math.abs(w) > Math.abs(had)) out.set(m.cc, w);
  }
  return out ?? NO_HINTS;
}

const NO_HINTS: ReadonlyMap<string, number> = new Map();

/** The country the report is mostly about gets 0.3, other countries named 0.15. */
export function docCountries(mentions: CountryMention[], placeCountries: string[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const m of mentions) if (!m.border) count.set(m.cc, (count.get(m.cc) ?? 0) + 1);
  for (const cc of placeCountries) count.set(cc, (count.get(cc) ?? 0) + 1);
  let max = 0;
  for (const n of count.values()) if (n > max) max = n;
  // The counts become the weights in place: the map is the caller's.
  for (const [cc, n] of count) count.set(cc, n === max ? 0.3 : 0.15);
  return count;
}

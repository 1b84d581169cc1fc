import { readFileSync } from 'node:fs';
import type { Token } from '../types.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { cliticStems, hasStem } from '../text/clitics.ts';

/**
 * Which country the words tie a place to (data/gazetteer/country-words.json): "Fassala,
 * Mauritania" and "Téra, in western Niger" put the place in that country; "à la frontière avec
 * le Mali" and "الحدود المالية" put the sentence's places on the other side; demonyms
 * ("Malian soldiers", "الجيش المالي") count as the country being named.
 */
export interface CountryMention { cc: string; first: number; last: number; sentence: number; border: boolean }

interface Demonym { cc: string; words: string[]; order: number }
interface Words { demonyms: Map<string, Demonym[]>; borderBefore: string[][]; demonymAfter: Set<string>; demonymBefore: Set<string>; between: string[][] }

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
    demonyms: byFirstWord(Object.entries(raw.demonyms).flatMap(([cc, l]) => split(l).map((words) => ({ cc, words, order: 0 })))),
    borderBefore: split(raw.border.before),
    demonymAfter: new Set(raw.border.demonym_after.map(normaliseTerm)),
    demonymBefore: new Set(raw.border.demonym_before.map(normaliseTerm)),
    between: split(raw.between),
  };
  return words;
}

/** Demonym phrases by first word, each with its place in the list so that the first listed wins. */
function byFirstWord(list: Demonym[]): Map<string, Demonym[]> {
  const out = new Map<string, Demonym[]>();
  list.forEach((d, order) => {
    const l = out.get(d.words[0]!);
    if (l) l.push({ ...d, order });
    else out.set(d.words[0]!, [{ ...d, order }]);
  });
  return out;
}

/** A token equals a word, or does once its Arabic clitics are stripped ("بجنوب" is جنوب). */
function same(token: string | undefined, word: string): boolean {
  return token !== undefined && hasStem(token, word);
}

/** The first listed demonym at token i: its first word may carry clitics ("والماليين"), the others are plain. */
function demonymAt(tokens: Token[], i: number, demonyms: Map<string, Demonym[]>): Demonym | undefined {
  let hit: Demonym | undefined;
  for (const { stem } of cliticStems(tokens[i]!.text)) {
    for (const d of demonyms.get(stem) ?? []) {
      if (hit && hit.order < d.order) continue;
      if (d.words.every((x, k) => k === 0 || tokens[i + k]?.text === x)) hit = d;
    }
  }
  return hit;
}

/** Whether a phrase ends right before token `at`. */
function endsBefore(tokens: Token[], at: number, p: string[]): boolean {
  const from = at - p.length;
  return from >= 0 && p.every((w, k) => (k === 0 ? same(tokens[from]!.text, w) : tokens[from + k]!.text === w));
}

/** Country names (found by the matcher) and demonyms, each marked when it names the other side of a border. */
export function countryMentions(tokens: Token[], names: { cc: string; first: number; last: number }[], sentenceOf: (token: number) => number): CountryMention[] {
  const w = load();
  const out: CountryMention[] = [];
  for (const n of names) {
    const border = w.borderBefore.some((p) => endsBefore(tokens, n.first, p));
    out.push({ ...n, sentence: sentenceOf(n.first), border });
  }
  for (let i = 0; i < tokens.length; i++) {
    const hit = demonymAt(tokens, i, w.demonyms);
    if (!hit || out.some((m) => m.first <= i && i < m.last)) continue;
    const last = i + hit.words.length;
    const border = [...w.demonymAfter].some((x) => same(tokens[i - 1]?.text, x)) || w.demonymBefore.has(tokens[last]?.text ?? '');
    out.push({ cc: hit.cc, first: i, last, sentence: sentenceOf(i), border });
  }
  return out;
}

/** Whether only "in", "eastern", "في جنوب"... stand between token `from` and token `to`. */
function onlyBetween(tokens: Token[], from: number, to: number): boolean {
  const between = load().between;
  let i = from;
  while (i < to) {
    const p = between.find((q) => i + q.length <= to && q.every((x, k) => (k === 0 ? same(tokens[i]!.text, x) : tokens[i + k]!.text === x)));
    if (!p) return false;
    i += p.length;
  }
  return true;
}

/** Weights: the country right after the name wins; one named in its sentence helps; a border's other side counts against. */
const RIGHT_AFTER = 2;
const SAME_SENTENCE = 0.4;
const OTHER_SIDE = -1.5;
const MAX_GAP = 4;

/** Score adjustments by country for a name at tokens [first, last) of sentence `sentence`. */
export function countryHints(tokens: Token[], first: number, last: number, sentence: number, mentions: CountryMention[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of mentions) {
    if (m.sentence !== sentence || (m.first < last && first < m.last)) continue;
    const adjacent = m.first >= last && m.first - last <= MAX_GAP && onlyBetween(tokens, last, m.first);
    const w = m.border ? (adjacent && m.first === last ? RIGHT_AFTER : OTHER_SIDE) : adjacent ? RIGHT_AFTER : SAME_SENTENCE;
    const had = out.get(m.cc);
    // The strongest statement about a country wins: being right after the name, then the border.
    if (had === undefined || Math.abs(w) > Math.abs(had)) out.set(m.cc, w);
  }
  return out;
}

/** The country the report is mostly about gets 0.3, other countries named 0.15. */
export function docCountries(mentions: CountryMention[], placeCountries: string[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const cc of [...mentions.filter((m) => !m.border).map((m) => m.cc), ...placeCountries]) count.set(cc, (count.get(cc) ?? 0) + 1);
  const max = Math.max(0, ...count.values());
  return new Map([...count].map(([cc, n]) => [cc, n === max ? 0.3 : 0.15]));
}

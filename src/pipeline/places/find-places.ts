import type { GeoPrecision, PlaceMention, Span, TextView } from '../types.ts';
import { sentenceAt, toSpan } from '../text/spans.ts';
import { isUpperUnit } from '../text/unit-table.ts';
import { COUNTRY_NAMES, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { contextOf, has, withKind } from './place.context.ts';
import { isMinorFeature, isProminent } from './gazetteer.format.ts';
import { matchNames, soundedMatch, type NameMatch } from './place.matcher.ts';
import { cliticStems } from '../text/clitics.ts';
import { Neighbours } from './place.neighbours.ts';
import { choose, codeOf, guess, guessAlone, soleCountry, weightsByCode, type Choice, type DocContext, type Guess, type Reading } from './place.solver.ts';
import { countryHints, countryMentions, docCountries } from './place.country.ts';
import { featureRegions } from './place.features.ts';

/** What the places stage reads. */
export type PlacesView = TextView;

/**
 * The places stage: names of the gazetteer found in the text, each resolved to one entry.
 *
 * @example findPlaces(view('Diéma, dans la région de Kayes'), loadGazetteer())
 *   // → Diéma (place, Kayes), Kayes (admin1, geoPrecision 3)
 */
export function findPlaces(view: PlacesView, gazetteer: Gazetteer): PlaceMention[] {
  const sentences = view.sentences.length > 0 ? view.sentences : [{ start: 0, end: view.doc.text.length, text: view.doc.text }];
  // A Latin name must be written with a capital: one that is not leaves its words to shorter names.
  const matches = withSoundedNames(view, matchNames(view.tokens, gazetteer.index, (m) => !m.latin || capitalised(view, m)), gazetteer);
  // The names kept, and what the text says around each (the same index in both).
  const names: NameMatch[] = [];
  const readings: Reading[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    if (!m.latin ? !writtenNoPlace(view, m, gazetteer) : wholeWord(view, matches, k) && !minorAcronym(view, m)) {
      names.push(m);
      readings.push(toReading(view, m, gazetteer));
    }
  }
  calledElsewhere(view, names, readings);
  for (let k = 0; k < names.length; k++) {
    const home = homeAfter(view, names[k]!, names[k + 1], names[k + 2], readings[k + 1]);
    if (home === null) continue;
    // The report's other mentions of the name are the same place ("Niéna" in the headline).
    const name = view.norm.text.slice(names[k]!.start, names[k]!.end);
    for (let j = 0; j < names.length; j++) {
      const r = readings[j]!;
      if (r.home >= 0 || view.norm.text.slice(names[j]!.start, names[j]!.end) !== name) continue;
      r.home = codeOf(home.name);
      r.homeCountry = codeOf(home.cc);
      r.homeRegion = home.fcode === 'ADM2' ? codeOf(home.admin1) : -1;
    }
  }
  // Pass 1 without neighbours finds the countries named; their words then weigh on every name.
  const first = guessesAlone(readings);
  const mentions = countryMentions(view.tokens, countriesNamed(names, first), (k) => sentenceOfToken(view, sentences, k));
  for (let k = 0; k < names.length; k++) {
    const m = names[k]!;
    readings[k]!.countries = countryHints(view.tokens, m.first, m.last, sentenceOfToken(view, sentences, m.first), mentions);
  }
  // Pass 2 places each name near the others' first guesses, in the country the report is about.
  const known = docContext(first, docCountries(mentions, soleCountries(readings)), featureRegions(view.tokens));
  const guesses = placeEach(readings, null, (r) => guess(r, known));
  // Every name's neighbours are the places guessed for the others.
  const { neighbours, own } = placeAnchors(guesses, readings);
  const second = placeEach(readings, own, (r, k) => choose(r, withAnchors(known, neighbours, own[k]!)));
  const out: PlaceMention[] = [];
  for (let k = 0; k < names.length; k++) {
    const c = second[k];
    if (c) out.push(toMention(view, names[k]!, readings[k]!, c, sentences));
  }
  return out;
}

/**
 * A word the report calls a town or village once ("قرية بيسيبوغو") is that settlement's name wherever it
 * writes it ("أمام دار البلدية في بيسيبوغو"): its other mentions get the support the first one had.
 */
function calledElsewhere(view: PlacesView, names: NameMatch[], readings: Reading[]): void {
  let called: Set<string> | null = null;
  for (let k = 0; k < names.length; k++) {
    if (names[k]!.latin || !(has(readings[k]!.context, 'settlement') || has(readings[k]!.context, 'called'))) continue;
    (called ??= new Set()).add(view.norm.text.slice(names[k]!.start, names[k]!.end));
  }
  if (called === null) return;
  for (let k = 0; k < names.length; k++) {
    const r = readings[k]!;
    if (has(r.context, 'settlement') || !called.has(view.norm.text.slice(names[k]!.start, names[k]!.end))) continue;
    r.context = withKind(r.context, 'calledElsewhere');
  }
}

/** Pass 1: each name's guess when nothing is known of the document. */
function guessesAlone(readings: Reading[]): (Guess | null)[] {
  const out = new Array<Guess | null>(readings.length);
  for (let k = 0; k < readings.length; k++) out[k] = guessAlone(readings[k]!);
  return out;
}

/** The names pass 1 takes for countries, with their country. */
function countriesNamed(names: NameMatch[], first: (Guess | null)[]): { cc: string; first: number; last: number }[] {
  const out: { cc: string; first: number; last: number }[] = [];
  for (let k = 0; k < names.length; k++) {
    const g = first[k];
    if (g?.kind === 'country') out.push({ cc: g.entry.cc, first: names[k]!.first, last: names[k]!.last });
  }
  return out;
}

// Helpers are functions of their own, not closures named in the functions that use them: the
// TypeScript loader wraps each such closure in a naming call (about half a microsecond) every time it is made.

function sentenceOfToken(view: PlacesView, sentences: Span[], k: number): number {
  return sentenceAt(sentences, view.norm.toOriginal[view.tokens[k]!.start]!);
}

/**
 * The places guessed, each listed once (a place guessed for several names is one anchor, which
 * leaves every distance to the nearest as it was), and for each name the anchor that is its own
 * guess alone, which is not its neighbour (-1 when there is none). A name the report repeats
 * ("Batal" in the headline and the body) owns its guess alone too: its mentions are one name, and
 * a guess does not support itself.
 */
function placeAnchors(guesses: (Guess | null)[], readings: Reading[]): { neighbours: Neighbours; own: number[] } {
  const byPlace = new Map<GazetteerEntry, number>();
  const points: { lat: number; lon: number }[] = [];
  // Per anchor: the candidates of the one name that guessed it (a name's mentions share them), or null once two names did.
  const owners: (Reading['candidates'] | null)[] = [];
  const at = new Array<number>(guesses.length).fill(-1);
  for (let k = 0; k < guesses.length; k++) {
    const c = guesses[k];
    if (c === null || c === undefined || c.kind !== 'place') continue;
    let a = byPlace.get(c.entry);
    if (a === undefined) {
      byPlace.set(c.entry, (a = points.length));
      points.push({ lat: c.entry.lat, lon: c.entry.lon });
      owners.push(readings[k]!.candidates);
    } else if (owners[a] !== readings[k]!.candidates) owners[a] = null;
    at[k] = a;
  }
  const own = at.map((a) => (a >= 0 && owners[a] !== null ? a : -1));
  return { neighbours: new Neighbours(points), own };
}

/**
 * Passes 2 and 3: what `place` makes of each name. A name recurs, and where its sentence says
 * nothing of its country (most do) and no anchor is its own alone (`own`, pass 3), it reads the
 * same document the same way: it is placed once per report.
 */
function placeEach<T>(readings: Reading[], own: number[] | null, place: (r: Reading, k: number) => T): T[] {
  const same = new Map<Reading['prepared'], T>();
  const out = new Array<T>(readings.length);
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k]!;
    // A reading with hints of its own (countries, neighbours, a home) is placed by itself; the others by name.
    const plain = r.countries!.size === 0 && (own === null || own[k] === -1) && r.home === -1;
    let p = plain ? same.get(r.prepared) : undefined;
    if (p === undefined) {
      p = place(r, k);
      if (plain) same.set(r.prepared, p);
    }
    out[k] = p;
  }
  return out;
}

/** The countries of the names that only one country has, in text order. */
function soleCountries(readings: Reading[]): string[] {
  const out: string[] = [];
  for (const reading of readings) {
    const cc = soleCountry(reading);
    if (cc !== null) out.push(cc);
  }
  return out;
}

/**
 * "Tin" in "Tin-Tadayni" is part of a longer, unknown name, not a name; "Aguelhok-Tessalit"
 * joins two names, both kept. `matches` are in text order without overlaps, so a token next to
 * match k is in a match only if it is in the match before or after it.
 */
function wholeWord(view: PlacesView, matches: NameMatch[], k: number): boolean {
  const m = matches[k]!;
  const t = view.norm.text;
  const joinedBefore = m.first > 0 && isHyphen(t, view.tokens[m.first - 1]!.end, m.start);
  const joinedAfter = m.last < view.tokens.length && isHyphen(t, m.end, view.tokens[m.last]!.start);
  const coveredBefore = k > 0 && matches[k - 1]!.last === m.first;
  const coveredAfter = k + 1 < matches.length && matches[k + 1]!.first === m.last;
  return !(joinedBefore && !coveredBefore) && !(joinedAfter && !coveredAfter);
}

/** Whether text[start, end) is one hyphen (- ‐ ‑), read in place rather than cut out. */
function isHyphen(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const c = text.charCodeAt(start);
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * In Latin-script text a place name has a capital ("région de Kayes"); "camp" or "bamba" never
 * do. A lower-case particle cannot start one: "in Diré" is not the village "In Diré".
 */
function capitalised(view: PlacesView, m: NameMatch): boolean {
  if (!startsUpper(view, m.first) && view.tokens[m.first]!.text.length <= 3) return false;
  for (let k = m.first; k < m.last; k++) if (startsUpper(view, k)) return true;
  return false;
}

/**
 * An organisation's acronym that spells a village ("militants d'IRA", "(IRA)", "the MSA"): a
 * one-word name of up to five letters in capitals inside running text (lower-case letters on its
 * line: not a headline in capitals, nor a dateline), when no candidate is a major town.
 */
function minorAcronym(view: PlacesView, m: NameMatch): boolean {
  if (m.last - m.first !== 1) return false;
  const token = view.tokens[m.first]!;
  const start = view.norm.toOriginal[token.start]!;
  const end = view.norm.toOriginal[token.end] ?? view.doc.text.length;
  if (end - start > 5 || end - start < 2) return false;
  const text = view.doc.text;
  for (let i = start; i < end; i++) if (!isUpperUnit(text.charCodeAt(i))) return false;
  for (const c of m.candidates) if (isProminent(c.entry)) return false;
  return lowerNear(text, start, -1) || lowerNear(text, end - 1, 1);
}

/** Whether a lower-case Latin letter stands within 40 characters of `at`, going `step` (±1), on the same line. */
function lowerNear(text: string, at: number, step: 1 | -1): boolean {
  for (let i = at + step, n = 0; i >= 0 && i < text.length && n < 40; i += step, n++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return false;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/** Whether token k starts with a capital in the original text (a character that lower-casing changes). */
function startsUpper(view: PlacesView, k: number): boolean {
  const at = view.norm.toOriginal[view.tokens[k]!.start]!;
  if (!(at >= 0 && at < view.doc.text.length)) return false;
  return isUpperUnit(view.doc.text.charCodeAt(at));
}

const TA_MARBUTA = 0x0629;

/** Marks no transliterated name has (tanween, hamza seats, ta marbuta): a word, not a name. */
function isWordMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x064d) || c === 0x0624 || c === 0x0626 || c === 0x0621 || c === 0x0629;
}

/**
 * The matches, with the Arabic words a settlement noun calls by name ('قرية امبلال': no article, no
 * comma between; context.json 'called') matched by their sound where no spelling of a town matches
 * them: the press writes a village it names once as it hears it.
 */
function withSoundedNames(view: PlacesView, matches: NameMatch[], gazetteer: Gazetteer): NameMatch[] {
  if (view.lang !== 'ar') return matches;
  let out: NameMatch[] | null = null;
  let k = 0;
  for (let i = 1; i < view.tokens.length; i++) {
    while (k < matches.length && matches[k]!.last <= i) k++;
    const at = k < matches.length && matches[k]!.first <= i ? matches[k] : undefined;
    // A word inside or at the start of a town's name, or of a name of several words, is spelt, not heard.
    if (at && (at.first !== i || holdsSpelling(at))) continue;
    if (!has(contextOf(view.tokens, i, i + 1), 'called')) continue;
    const heard = soundedMatch(view.tokens, i, gazetteer.index, at);
    if (heard === null) continue;
    out ??= [...matches];
    if (at) out[out.indexOf(at)] = heard;
    else out.push(heard);
  }
  return out === null ? matches : withNamesHeardAgain(view, out.sort((a, b) => a.first - b.first));
}

/** A name of several words, or one a town or unit has: spelt, so no word of it is heard by its sound (a camp's or well's one-word name gives way). */
function holdsSpelling(m: NameMatch): boolean {
  return m.last - m.first > 1 || m.candidates.some((c) => !isMinorFeature(c.entry));
}

/**
 * A word heard as a place where a settlement noun calls it so ("قرية بيسيبوغو") is heard so wherever
 * else the report writes it, with the same candidates (admitted as `calledElsewhere`).
 */
function withNamesHeardAgain(view: PlacesView, matches: NameMatch[]): NameMatch[] {
  let heard: Map<string, NameMatch> | null = null;
  for (const m of matches) if (m.candidates.some((c) => c.source === 'sounded')) (heard ??= new Map()).set(view.norm.text.slice(m.start, m.end), m);
  if (heard === null) return matches;
  // The words a name already holds, by token.
  const spelt = new Map<number, NameMatch>();
  for (const m of matches) for (let i = m.first; i < m.last; i++) spelt.set(i, m);
  const out = [...matches];
  const words = [...heard.keys()];
  let changed = false;
  for (let i = 0; i < view.tokens.length; i++) {
    const tok = view.tokens[i]!;
    // A word that ends with no heard word is none of them, whatever clitics it carries: no stems to cut.
    if (!words.some((w) => tok.text.endsWith(w))) continue;
    const at = spelt.get(i);
    if (at && (at.candidates.some((c) => c.source === 'sounded') || holdsSpelling(at))) continue;
    for (const s of cliticStems(tok.text)) {
      const m = heard.get(s.stem);
      if (m === undefined) continue;
      const copy = { ...m, first: i, last: i + 1, start: tok.start + s.cut, end: tok.end, article: s.article };
      if (at) out[out.indexOf(at)] = copy;
      else out.push(copy);
      changed = true;
      break;
    }
  }
  return changed ? out.sort((x, y) => x.first - y.first) : matches;
}

function toReading(view: PlacesView, m: NameMatch, gazetteer: Gazetteer): Reading {
  // The original word, with its marks, from the start of its first token to its end.
  const from = view.norm.toOriginal[view.tokens[m.first]!.start]!;
  const to = view.norm.toOriginal[m.end]!;
  // A ta marbuta that ends the name and no other mark: Mauritania's press writes names so (بوستيلة).
  const marbuta = to > from && view.doc.text.charCodeAt(to - 1) === TA_MARBUTA && !hasWordMarks(view.doc.text, from, to - 1);
  return {
    candidates: m.candidates, context: contextOf(view.tokens, m.first, m.last), article: m.article,
    wordlike: !marbuta && hasWordMarks(view.doc.text, from, to),
    marbuta,
    common: !m.latin && m.last - m.first === 1 && gazetteer.isCommonWord(view.norm.text.slice(m.start, m.end)),
    letters: lettersIn(view.norm.text, m.start, m.end),
    clitic: m.start > view.tokens[m.first]!.start,
    cutLetter: PROCLITIC_CUT.test(view.norm.text.slice(view.tokens[m.first]!.start, m.start)),
    // Set by the passes: present from the start, so that every reading has one shape.
    countries: undefined, prepared: undefined, home: -1, homeCountry: -1, homeRegion: -1,
  };
}

/** What cutting a proclitic letter other than ل leaves before a name, with or without the article after it. */
const PROCLITIC_CUT = /^[كبفو](?:ال)?$/u;

/** Whether only the given joining words stand between two names in the original text. */
function joined(view: PlacesView, a: NameMatch, b: NameMatch, join: RegExp): boolean {
  return join.test(view.doc.text.slice(view.norm.toOriginal[a.end]!, view.norm.toOriginal[b.start]!));
}

const HOME_JOIN = /^\s*,\s*$/;
const LIST_JOIN = /^\s*(,|and|et|ou|or|و)\s*$/;
/** A few words, none a conjunction, before a name its unit words call a unit ("Niéna, dans le cercle de Sikasso", "قرية باي التابعة لدائرة بانكاس"). */
const UNIT_JOIN = /^[^.;:!?()\n]{0,30}$/;
const CONJUNCTION = /(^|[\s,])(and|et|ou|or|و)(\s|$)/;

/**
 * "Douna, Mopti", "Sossobe, Mopti region", "Niéna, dans le cercle de Sikasso": a first- or
 * second-level unit named right after a place, past a comma or a few words its unit words close, is
 * that place's home (null when the next name is no unit or not so placed).
 */
function homeAfter(view: PlacesView, m: NameMatch, next: NameMatch | undefined, after: NameMatch | undefined, nextReading: Reading | undefined): GazetteerEntry | null {
  if (next === undefined) return null;
  const unitNamed = nextReading !== undefined && (has(nextReading.context, 'admin1') || has(nextReading.context, 'admin2'));
  if (!joined(view, m, next, HOME_JOIN) && !(unitNamed && joinedByUnitWords(view, m, next))) return null;
  // "Kayes, Nioro du Sahel et Diéma": a list of towns, not a town and its home.
  if (after !== undefined && joined(view, next, after, LIST_JOIN)) return null;
  // Of the units of that name (« دائرة كيتا »: Mali's Kita cercle, Niger's Keita department), the one that holds a
  // place of the name, else one in a country of the name's places, else the first.
  let inCountry: GazetteerEntry | null = null;
  let first: GazetteerEntry | null = null;
  for (const { entry: unit } of next.candidates) {
    if (unit.fcode !== 'ADM1' && unit.fcode !== 'ADM2') continue;
    first ??= unit;
    for (const { entry: place } of m.candidates) {
      if (place.cc !== unit.cc) continue;
      if (place.admin1 === unit.name || place.admin2 === unit.name) return unit;
      inCountry ??= unit;
    }
  }
  return inCountry ?? first;
}

function joinedByUnitWords(view: PlacesView, a: NameMatch, b: NameMatch): boolean {
  const between = view.doc.text.slice(view.norm.toOriginal[a.end]!, view.norm.toOriginal[b.start]!);
  return UNIT_JOIN.test(between) && !CONJUNCTION.test(between);
}

/** An Arabic word that is no place as written ('إطار', in the framework of, for أطار, Atar): its proclitics left off. */
function writtenNoPlace(view: PlacesView, m: NameMatch, gazetteer: Gazetteer): boolean {
  if (gazetteer.writtenStopwords.size === 0) return false;
  const written = view.doc.text.slice(view.norm.toOriginal[m.start]!, view.norm.toOriginal[m.end]!);
  return gazetteer.writtenStopwords.has(written.replace(PROCLITICS, ''));
}

/** Arabic proclitics before a name as written: a conjunction, a preposition, the article. */
const PROCLITICS = /^[وف]?[بلك]?(ال)?/u;

function hasWordMarks(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordMark(text.charCodeAt(i))) return true;
  return false;
}

/** Letters of the normalised text in [start, end), spaces excluded. */
function lettersIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 0x20) n++;
  return n;
}

/** Countries and regions named anywhere in the document (outright, or through a lake that lies in one), before the places are placed. */
function docContext(choices: (Guess | null)[], countries: Map<string, number>, regions: string[]): DocContext {
  const admin1: number[] = [];
  for (const name of regions) admin1.push(codeOf(name));
  const admin2: number[] = [];
  const admin2Regions: number[] = [];
  for (const c of choices) {
    if (c?.kind === 'admin1') admin1.push(codeOf(c.entry.name));
    if (c?.kind === 'admin2') {
      admin2.push(codeOf(c.entry.name));
      // "dans le département de Rufisque": its region is named too, for the places GeoNames files under no district.
      if (c.entry.admin1 !== null) {
        admin1.push(codeOf(c.entry.admin1));
        admin2Regions.push(codeOf(c.entry.admin1));
      }
    }
  }
  return { countries: weightsByCode(countries), admin1, admin2, admin2Regions, anchors: null, without: -1 };
}

/** The document's context with the anchors, less anchor `without` (spelt out rather than spread: one object shape for every context). */
function withAnchors(doc: DocContext, anchors: Neighbours, without: number): DocContext {
  return { countries: doc.countries, admin1: doc.admin1, admin2: doc.admin2, admin2Regions: doc.admin2Regions, anchors, without };
}

const PRECISION: Record<Choice['kind'], GeoPrecision> = { place: 1, admin3: 2, admin2: 2, admin1: 3, country: 3 };

function toMention(view: PlacesView, m: NameMatch, r: Reading, c: Choice, sentences: Span[]): PlaceMention {
  const span = toSpan(view.doc.text, view.norm, m.start, m.end);
  const e = c.entry;
  const near = c.kind === 'place' && has(r.context, 'near');
  return {
    span,
    sentence: sentenceAt(sentences, span.start),
    placeId: e.id,
    name: e.name,
    country: COUNTRY_NAMES[e.cc] ?? e.cc,
    admin1: c.kind === 'admin1' ? e.name : c.kind === 'country' ? null : e.admin1,
    admin2: c.kind === 'admin2' ? e.name : e.admin2,
    admin3: c.kind === 'admin3' ? e.name : e.admin3,
    latitude: e.lat,
    longitude: e.lon,
    geoPrecision: near ? 2 : PRECISION[c.kind],
    kind: c.kind,
    score: c.score,
  };
}

import type { Document, GeoPrecision, Lang, NormalisedText, PlaceMention, Span, Token } from '../types.ts';
import { sentenceAt, toSpan } from '../text/spans.ts';
import { COUNTRY_NAMES, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { contextOf } from './place.context.ts';
import { matchNames, type NameMatch } from './place.matcher.ts';
import { choose, guess, type Choice, type DocContext, type Guess, type Reading } from './place.solver.ts';
import { countryHints, countryMentions, docCountries } from './place.country.ts';

/** What the places stage reads. */
export interface PlacesView { doc: Document; lang: Lang; norm: NormalisedText; tokens: Token[]; sentences: Span[] }

/**
 * The places stage: names of the gazetteer found in the text, each resolved to one entry.
 *
 * @example findPlaces(view('Diéma, dans la région de Kayes'), loadGazetteer())
 *   // → Diéma (place, Kayes), Kayes (admin1, geoPrecision 3)
 */
export function findPlaces(view: PlacesView, gazetteer: Gazetteer): PlaceMention[] {
  const sentences = view.sentences.length > 0 ? view.sentences : [{ start: 0, end: view.doc.text.length, text: view.doc.text }];
  const matches = matchNames(view.tokens, gazetteer.index);
  const covered = new Array<boolean>(view.tokens.length).fill(false);
  for (const m of matches) covered.fill(true, m.first, m.last);
  const readings: { match: NameMatch; reading: Reading }[] = [];
  for (const m of matches) {
    if (!m.latin || (capitalised(view, m) && wholeWord(view, m, covered))) readings.push({ match: m, reading: toReading(view, m) });
  }
  // Pass 1 without neighbours finds the countries named; their words then weigh on every name.
  const nothingKnown = docContext([], []);
  const first = readings.map(({ reading }) => guess(reading, nothingKnown));
  const named = readings.flatMap(({ match }, k) => (first[k]?.kind === 'country' ? [{ cc: first[k]!.entry.cc, first: match.first, last: match.last }] : []));
  const mentions = countryMentions(view.tokens, named, (k) => sentenceOfToken(view, sentences, k));
  for (const { match, reading } of readings) reading.countries = countryHints(view.tokens, match.first, match.last, sentenceOfToken(view, sentences, match.first), mentions);
  // Pass 2 places each name near the others' first guesses, in the country the report is about.
  const known = docContext(first, [], docCountries(mentions, readings.flatMap(({ reading }) => soleCountry(reading))));
  const guesses = readings.map(({ reading }) => guess(reading, known));
  // Every name's neighbours are the places guessed for the others.
  const anchors = placeAnchors(guesses);
  const second = readings.map(({ reading }, k) => choose(reading, withAnchors(known, anchorsFor(k, anchors))));
  const out: PlaceMention[] = [];
  readings.forEach(({ match, reading }, k) => {
    const c = second[k];
    if (c) out.push(toMention(view, match, reading, c, sentences));
  });
  return out;
}

// Helpers are functions of their own, not closures named in the functions that use them: the
// TypeScript loader wraps each such closure in a naming call (about half a microsecond) every time it is made.

function sentenceOfToken(view: PlacesView, sentences: Span[], k: number): number {
  return sentenceAt(sentences, view.norm.toOriginal[view.tokens[k]!.start]!);
}

/** A place guessed, with the names it was guessed for. */
interface Anchor { lat: number; lon: number; owners: number[] }

/**
 * The places guessed, each listed once with the indexes of the names it was guessed for: a place
 * guessed for several names is one anchor, which leaves every distance to the nearest as it was.
 */
function placeAnchors(guesses: (Guess | null)[]): Anchor[] {
  const byPlace = new Map<GazetteerEntry, Anchor>();
  guesses.forEach((c, k) => {
    if (c === null || c.kind !== 'place') return;
    const anchor = byPlace.get(c.entry);
    if (anchor) anchor.owners.push(k);
    else byPlace.set(c.entry, { lat: c.entry.lat, lon: c.entry.lon, owners: [k] });
  });
  return [...byPlace.values()];
}

/** The anchors of name k: the places guessed for the other names. */
function anchorsFor(k: number, anchors: Anchor[]): Anchor[] {
  return anchors.filter((a) => a.owners.length > 1 || a.owners[0] !== k);
}

/** The country of a name that only one country has (not the country names themselves). */
function soleCountry(r: Reading): string[] {
  let cc: string | null = null;
  for (const { entry, source } of r.candidates) {
    if (source !== 'name' || entry.fcode === 'PCLI') continue;
    if (cc === null) cc = entry.cc;
    else if (entry.cc !== cc) return [];
  }
  return cc === null ? [] : [cc];
}

/**
 * "Tin" in "Tin-Tadayni" is part of a longer, unknown name, not a name; "Aguelhok-Tessalit"
 * joins two names, both kept.
 */
function wholeWord(view: PlacesView, m: NameMatch, covered: boolean[]): boolean {
  const t = view.norm.text;
  const hyphen = /^[-\u2010\u2011]$/;
  const joinedBefore = m.first > 0 && hyphen.test(t.slice(view.tokens[m.first - 1]!.end, m.start));
  const joinedAfter = m.last < view.tokens.length && hyphen.test(t.slice(m.end, view.tokens[m.last]!.start));
  return !(joinedBefore && !covered[m.first - 1]) && !(joinedAfter && !covered[m.last]);
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

/** Whether token k starts with a capital in the original text. */
function startsUpper(view: PlacesView, k: number): boolean {
  const ch = view.doc.text[view.norm.toOriginal[view.tokens[k]!.start]!] ?? '';
  return ch !== ch.toLowerCase();
}

/** Marks no transliterated name has (tanween, hamza seats, ta marbuta): a word, not a name. */
const WORD_MARKS = new Set([...'\u064b\u064c\u064d\u0624\u0626\u0621\u0629'].map((c) => c.charCodeAt(0)));

function toReading(view: PlacesView, m: NameMatch): Reading {
  return {
    candidates: m.candidates, context: contextOf(view.tokens, m.first, m.last), article: m.article,
    // The original word, with its marks, from the start of its first token to its end.
    wordlike: hasWordMarks(view.doc.text, view.norm.toOriginal[view.tokens[m.first]!.start]!, view.norm.toOriginal[m.end]!),
    letters: lettersIn(view.norm.text, m.start, m.end),
  };
}

function hasWordMarks(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (WORD_MARKS.has(text.charCodeAt(i))) return true;
  return false;
}

/** Letters of the normalised text in [start, end), spaces excluded. */
function lettersIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 0x20) n++;
  return n;
}

/** Countries and regions named anywhere in the document, and the other places' positions. */
function docContext(choices: (Guess | null)[], anchors: Choice[], countries = new Map<string, number>()): DocContext {
  const admin1 = new Set<string>();
  const admin2 = new Set<string>();
  for (const c of choices) {
    if (c?.kind === 'admin1') admin1.add(c.entry.name);
    if (c?.kind === 'admin2') admin2.add(c.entry.name);
  }
  return { countries, admin1, admin2, anchors: anchors.map((a) => a.entry) };
}

/** The document's context with other anchors (spelt out rather than spread: one object shape for every context). */
function withAnchors(doc: DocContext, anchors: { lat: number; lon: number }[]): DocContext {
  return { countries: doc.countries, admin1: doc.admin1, admin2: doc.admin2, anchors };
}

const PRECISION: Record<Choice['kind'], GeoPrecision> = { place: 1, admin3: 2, admin2: 2, admin1: 3, country: 3 };

function toMention(view: PlacesView, m: NameMatch, r: Reading, c: Choice, sentences: Span[]): PlaceMention {
  const span = toSpan(view.doc.text, view.norm, m.start, m.end);
  const e = c.entry;
  const near = c.kind === 'place' && r.context.has('near');
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

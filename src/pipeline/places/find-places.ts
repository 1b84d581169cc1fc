import type { Document, GeoPrecision, Lang, NormalisedText, PlaceMention, Span, Token } from '../types.ts';
import { sentenceAt, toSpan } from '../text/spans.ts';
import { COUNTRY_NAMES, type Gazetteer } from './gazetteer.ts';
import { contextOf } from './place.context.ts';
import { matchNames, type NameMatch } from './place.matcher.ts';
import { choose, type Choice, type DocContext, type Reading } from './place.solver.ts';
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
  const sentenceOf = (k: number) => sentenceAt(sentences, view.norm.toOriginal[view.tokens[k]!.start]!);
  const matches = matchNames(view.tokens, gazetteer.index);
  const covered = new Uint8Array(view.tokens.length);
  for (const m of matches) covered.fill(1, m.first, m.last);
  const readings = matches
    .filter((m) => !m.latin || (capitalised(view, m) && wholeWord(view, m, covered)))
    .map((m) => ({ match: m, reading: toReading(view, m, gazetteer) }));
  // Pass 1 without neighbours finds the countries named; their words then weigh on every name.
  const first = readings.map(({ reading }) => choose(reading, docContext([], [])));
  const named = readings.flatMap(({ match }, k) => (first[k]?.kind === 'country' ? [{ cc: first[k]!.entry.cc, first: match.first, last: match.last }] : []));
  const mentions = countryMentions(view.tokens, named, sentenceOf);
  for (const { match, reading } of readings) reading.countries = countryHints(view.tokens, match.first, match.last, sentenceOf(match.first), mentions);
  // Pass 2 places each name near the others' first guesses, in the country the report is about.
  const known = docContext(first, [], docCountries(mentions, readings.flatMap(({ reading }) => soleCountry(reading))));
  const guesses = readings.map(({ reading }) => choose(reading, known));
  // Every name's neighbours are the places guessed for the others: listed once, each name skipping its own.
  const anchors = placeAnchors(guesses);
  const second = readings.map(({ reading }, k) => choose(reading, { ...known, anchors: anchors.filter((a) => a.owner !== k) }));
  const out: PlaceMention[] = [];
  readings.forEach(({ match, reading }, k) => {
    const c = second[k];
    if (c) out.push(toMention(view, match, reading, c, sentences));
  });
  return out;
}

/** The places guessed, each with the index of the name it was guessed for. */
function placeAnchors(guesses: (Choice | null)[]): { lat: number; lon: number; owner: number }[] {
  const out: { lat: number; lon: number; owner: number }[] = [];
  guesses.forEach((c, k) => {
    if (c !== null && c.kind === 'place') out.push({ lat: c.entry.lat, lon: c.entry.lon, owner: k });
  });
  return out;
}

/** The country of a name that only one country has (not the country names themselves). */
function soleCountry(r: Reading): string[] {
  const ccs = new Set(r.candidates.filter((c) => c.source === 'name' && c.entry.fcode !== 'PCLI').map((c) => c.entry.cc));
  return ccs.size === 1 ? [...ccs] : [];
}

/**
 * "Tin" in "Tin-Tadayni" is part of a longer, unknown name, not a name; "Aguelhok-Tessalit"
 * joins two names, both kept.
 */
function wholeWord(view: PlacesView, m: NameMatch, covered: Uint8Array): boolean {
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
  const upper = (k: number) => {
    const ch = view.doc.text[view.norm.toOriginal[view.tokens[k]!.start]!] ?? '';
    return ch !== ch.toLowerCase();
  };
  if (!upper(m.first) && view.tokens[m.first]!.text.length <= 3) return false;
  for (let k = m.first; k < m.last; k++) if (upper(k)) return true;
  return false;
}

const WORDLIKE = /[\u064b-\u064d\u0624\u0626\u0621\u0629]/;

function toReading(view: PlacesView, m: NameMatch, g: Gazetteer): Reading {
  const candidates = m.candidates.flatMap(({ id, source }) => {
    const entry = g.byId(id);
    return entry ? [{ entry, source }] : [];
  });
  // The original word, with its marks, from the start of its first token to its end.
  const word = view.doc.text.slice(view.norm.toOriginal[view.tokens[m.first]!.start]!, view.norm.toOriginal[m.end]!);
  return {
    candidates, context: contextOf(view.tokens, m.first, m.last), article: m.article,
    wordlike: WORDLIKE.test(word), letters: view.norm.text.slice(m.start, m.end).replace(/ /g, '').length,
  };
}

/** Countries and regions named anywhere in the document, and the other places' positions. */
function docContext(choices: (Choice | null)[], anchors: Choice[], countries = new Map<string, number>()): DocContext {
  const admin1 = new Set<string>();
  const admin2 = new Set<string>();
  for (const c of choices) {
    if (c?.kind === 'admin1') admin1.add(c.entry.name);
    if (c?.kind === 'admin2') admin2.add(c.entry.name);
  }
  return { countries, admin1, admin2, anchors: anchors.map((a) => a.entry) };
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

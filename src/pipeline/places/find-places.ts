import type { Document, GeoPrecision, Lang, NormalisedText, PlaceMention, Span, Token } from '../types.ts';
import { sentenceAt, toSpan } from '../text/spans.ts';
import { COUNTRY_NAMES, type Gazetteer } from './gazetteer.ts';
import { contextOf } from './place.context.ts';
import { matchNames, type NameMatch } from './place.matcher.ts';
import { choose, type Choice, type DocContext, type Reading } from './place.solver.ts';

/** What the places stage reads. */
export interface PlacesView { doc: Document; lang: Lang; norm: NormalisedText; tokens: Token[]; sentences: Span[] }

/**
 * The places stage: names of the gazetteer found in the text, each resolved to one entry.
 *
 * @example findPlaces(view('Diéma, dans la région de Kayes'), loadGazetteer())
 *   // → Diéma (place, Kayes), Kayes (admin1, geoPrecision 3)
 */
export function findPlaces(view: PlacesView, gazetteer: Gazetteer): PlaceMention[] {
  const readings = matchNames(view.tokens, gazetteer.index)
    .filter((m) => !m.latin || capitalised(view, m))
    .map((m) => ({ match: m, reading: toReading(view, m, gazetteer) }));
  // Pass 1 without neighbours; pass 2 places each name near the others' first guesses.
  const first = readings.map(({ reading }) => choose(reading, docContext([], [])));
  const known = docContext(first, []);
  const second = readings.map(({ reading }, k) => {
    const others = first.filter((c, j) => j !== k && c !== null && c.kind === 'place') as Choice[];
    return choose(reading, docContext(first, others, known));
  });
  const sentences = view.sentences.length > 0 ? view.sentences : [{ start: 0, end: view.doc.text.length, text: view.doc.text }];
  const out: PlaceMention[] = [];
  readings.forEach(({ match, reading }, k) => {
    const c = second[k];
    if (c) out.push(toMention(view, match, reading, c, sentences));
  });
  return out;
}

/** In Latin-script text a place name has a capital ("région de Kayes"); "camp" or "bamba" never do. */
function capitalised(view: PlacesView, m: NameMatch): boolean {
  for (let k = m.first; k < m.last; k++) {
    const ch = view.doc.text[view.norm.toOriginal[view.tokens[k]!.start]!] ?? '';
    if (ch !== ch.toLowerCase()) return true;
  }
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
function docContext(choices: (Choice | null)[], anchors: Choice[], base?: DocContext): DocContext {
  const countries = new Set(base?.countries);
  const admin1 = new Set(base?.admin1);
  for (const c of choices) {
    if (c?.kind === 'country') countries.add(c.entry.cc);
    if (c?.kind === 'admin1') admin1.add(c.entry.name);
  }
  return { countries, admin1, anchors: anchors.map((a) => a.entry) };
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

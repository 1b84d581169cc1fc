import type { GazetteerEntry } from './gazetteer.format.ts';
import { isProminent, isTopTier } from './gazetteer.format.ts';
import type { NameSource } from './place.index.ts';
import type { ContextKind } from './place.context.ts';

/** A name found in the text with what its surroundings say, before an entry is chosen. */
export interface Reading {
  candidates: { entry: GazetteerEntry; source: NameSource }[];
  context: Set<ContextKind>;
  /** An Arabic article was stripped to match. */
  article: boolean;
  /** The words carry marks no transliterated name has (tanween, hamza seats, ta marbuta): a word, not a name. */
  wordlike: boolean;
  /** Letters in the matched name, spaces excluded. */
  letters: number;
  /** What the sentence says about the country (place.country.ts): + for "X, Mauritania", − for "border with Mali". */
  countries?: Map<string, number>;
}

/** The entry chosen for a reading, with the kind of mention and a score in (0, 1]. */
export interface Choice { entry: GazetteerEntry; kind: 'place' | 'admin1' | 'admin2' | 'admin3' | 'country'; score: number }

/** What the whole document says: countries (with weights) and units named, places already placed. */
export interface DocContext { countries: Map<string, number>; admin1: Set<string>; admin2: Set<string>; anchors: { lat: number; lon: number }[] }

const TRUST: Record<NameSource, number> = { name: 1, generated: 0.8, fuzzy: 0.6 };

const FEATURE_RANK: Record<string, number> = { PPLC: 0.6, PPLA: 0.5, PPLA2: 0.4, PPLA3: 0.3, PPLA4: 0.25 };

function featureRank(fcode: string): number {
  if (fcode in FEATURE_RANK) return FEATURE_RANK[fcode]!;
  if (fcode.startsWith('PPL')) return 0.2;
  return 0; // a unit named without "région de" is more likely its seat
}

const UNIT_KIND: Record<string, Choice['kind']> = { ADM1: 'admin1', ADM2: 'admin2', ADM3: 'admin3', PCLI: 'country' };

function kindOf(e: GazetteerEntry): Choice['kind'] {
  return UNIT_KIND[e.fcode] ?? (e.fcode.startsWith('ADM') ? 'admin3' : 'place');
}

/** Kilometres between two points (equirectangular: plenty at Sahel scale). */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * Math.PI / 180);
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}

/**
 * Picks the most plausible entry: the unit the context words ask for ("région de"), the
 * country unless it is the river, then trust in the spelling, region and country named in the
 * document, nearness to the other places, population and feature rank. Null when nothing fits.
 */
export function choose(r: Reading, doc: DocContext): Choice | null {
  const wantUnit = r.context.has('admin1') ? 'ADM1' : r.context.has('admin2') ? 'ADM2' : null;
  const scored = r.candidates
    .filter(({ entry, source }) => admissible(entry, source, r, doc))
    .map(({ entry, source }) => ({ entry, source, score: scoreOf(entry, source, r, doc, wantUnit) }))
    .sort((a, b) => b.score - a.score || a.entry.id - b.entry.id);
  const top = scored[0];
  if (!top) return null;
  const runnerUp = scored.find((s) => s.entry.name !== top.entry.name || km(s.entry, top.entry) > 25);
  // A close second same-named place elsewhere lowers confidence.
  const margin = runnerUp ? Math.min(1, (top.score - runnerUp.score) / 0.5) : 1;
  const score = Math.round(TRUST[top.source] * (0.6 + 0.4 * margin) * 100) / 100;
  return { entry: top.entry, kind: kindOf(top.entry), score };
}

function admissible(e: GazetteerEntry, source: NameSource, r: Reading, doc: DocContext): boolean {
  if (e.fcode === 'PCLI') {
    // "المالي" is an adjective (Malian), not the country; "Niger" after "fleuve" is the river.
    if (r.article && !e.names.some((n) => n.startsWith('ال'))) return false;
    return !r.context.has('river');
  }
  if (source === 'name') return true;
  // Made-up spellings: never on words that look like words, nor where an article had to go.
  if (r.wordlike || r.article) return false;
  if (r.letters < 4 && !isTopTier(e)) return false;
  if (source === 'fuzzy') return isProminent(e);
  // A made-up spelling of a minor village needs support: "قرية ..." or its region named.
  return isProminent(e) || r.context.has('settlement') || r.context.has('near') || (e.admin1 !== null && doc.admin1.has(e.admin1));
}

function scoreOf(e: GazetteerEntry, source: NameSource, r: Reading, doc: DocContext, wantUnit: string | null): number {
  let s = TRUST[source];
  if (e.fcode === 'PCLI') s += 2;
  // "province de la Tapoa" is an ADM2 in GeoNames: another level of unit is a near miss, a town a miss.
  if (wantUnit) s += e.fcode === wantUnit ? 3 : /^ADM\d$/.test(e.fcode) ? 2 : -1;
  s += featureRank(e.fcode);
  s += Math.log10(e.population + 1) * 0.05;
  if (e.flags.includes('a')) s += 0.15;
  if (e.flags.includes('r')) s += 0.1;
  s += (doc.countries.get(e.cc) ?? 0) + (r.countries?.get(e.cc) ?? 0);
  if (e.admin1 && doc.admin1.has(e.admin1)) s += 0.6;
  if (e.admin2 && doc.admin2.has(e.admin2)) s += 0.4;
  if (doc.anchors.length > 0) s += 0.5 * Math.exp(-nearest(doc.anchors, e) / 150);
  return s;
}

/** Kilometres from e to the nearest anchor. */
function nearest(anchors: { lat: number; lon: number }[], e: GazetteerEntry): number {
  let d = Infinity;
  for (const a of anchors) d = Math.min(d, km(a, e));
  return d;
}

import type { GazetteerEntry } from './gazetteer.format.ts';
import { isMinorFeature, isProminent, isTopTier } from './gazetteer.format.ts';
import type { NameSource } from './place.index.ts';
import { has, isArea, type Context } from './place.context.ts';
import { km, type Neighbours } from './place.neighbours.ts';

/** A name found in the text with what its surroundings say, before an entry is chosen. */
export interface Reading {
  candidates: readonly { entry: GazetteerEntry; source: NameSource }[];
  /** The context kinds around the name, one bit each (place.context.ts). */
  context: Context;
  /** An Arabic article was stripped to match. */
  article: boolean;
  /** The words carry marks no transliterated name has (tanween, hamza seats, ta marbuta): a word, not a name. */
  wordlike: boolean;
  /** The only such mark is a ta marbuta ending the name: a word, except in Mauritania, whose press ends names so (بوستيلة). */
  marbuta: boolean;
  /** The name read is a common Arabic word ("كانوا", they were): only a published name of it is a place. */
  common: boolean;
  /** Letters in the matched name, spaces excluded. */
  letters: number;
  /** Letters were cut off the word to match (a proclitic or the article: "لافتات" read as "افتات"). */
  clitic: boolean;
  /** A proclitic letter other than ل (ك, ب, ف, و) was cut off the word to match ("كنوال" read as "نوال"). */
  cutLetter: boolean;
  /** What the sentence says about the country (place.country.ts): + for "X, Mauritania", − for "border with Mali". */
  countries?: ReadonlyMap<string, number>;
  /** The code (`codeOf`) of a unit named right after the name, after a comma ("Douna, Mopti"): its home; -1 for none. */
  home: number;
  /** The code of the home's country; -1 for none. */
  homeCountry: number;
  /** The code of the region of a home that is a district ("dans le département de Tanout (région de Zinder)"), for the places GeoNames files under no district; -1 for none. */
  homeRegion: number;
  /** The candidates with what the reading alone says about them: set by the solver on first use. */
  prepared?: PreparedList;
}

/** The entry chosen for a reading, with the kind of mention and a score in (0, 1]. */
export interface Choice { entry: GazetteerEntry; kind: 'place' | 'admin1' | 'admin2' | 'admin3' | 'country'; score: number }

/**
 * What the whole document says: countries (with weights) and units named, and the places already
 * placed (null before they are), less the one at index `without` (-1: none left out).
 */
export interface DocContext {
  /** Weights by country code (`codeOf`), 0 for a country not named (or past its end). */
  countries: Float64Array;
  /** Codes (`codeOf`) of the first- and second-level units named. */
  admin1: readonly number[];
  admin2: readonly number[];
  /** Codes of the regions of the second-level units named: a place filed under another district of one is less likely. */
  admin2Regions: readonly number[];
  anchors: Neighbours | null;
  without: number;
}

/**
 * A small number for each country code and unit name: the solver compares numbers that its
 * prepared candidates hold, rather than look up the entries' strings (an entry and its strings lie
 * elsewhere in memory, and scoring would fetch them for every candidate of every name).
 */
const codes = new Map<string, number>();

/** The code of a country or unit name; -1 for none. */
export function codeOf(name: string | null): number {
  if (!name) return -1;
  let code = codes.get(name);
  if (code === undefined) codes.set(name, (code = codes.size));
  return code;
}

/** Country weights (as `docCountries` gives them) by country code, up to the largest code of the countries named. */
export function weightsByCode(countries: ReadonlyMap<string, number>): Float64Array {
  let size = 0;
  for (const cc of countries.keys()) size = Math.max(size, codeOf(cc) + 1);
  const weights = new Float64Array(size);
  for (const [cc, w] of countries) weights[codeOf(cc)] = w;
  return weights;
}

function includes(codes: readonly number[], code: number): boolean {
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return true;
  return false;
}

const TRUST: Record<NameSource, number> = { name: 1, generated: 0.8, fuzzy: 0.6, sounded: 0.5 };

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

/**
 * Picks the most plausible entry: the unit the context words ask for ("région de"), the
 * country unless it is the river, then trust in the spelling, region and country named in the
 * document, nearness to the other places, population and feature rank. Null when nothing fits.
 */
export function choose(r: Reading, doc: DocContext): Choice | null {
  const candidates = prepared(r).candidates;
  if (unrivalled(candidates)) {
    const c = candidates[0]!;
    // No runner-up: the margin is 1.
    return admissible(c, doc) && !homeAbroad(candidates, r) ? { entry: c.entry, kind: c.kind, score: confidence(c.source, 1) } : null;
  }
  const scores = scoresOf(candidates, r, doc);
  const top = topOf(candidates, scores);
  if (top < 0) return null;
  const winner = candidates[top]!.entry;
  // A close second same-named place elsewhere lowers confidence.
  let runnerUp = -1;
  for (let k = 0; k < candidates.length; k++) {
    if (k === top || !ranksAbove(candidates, scores, k, runnerUp)) continue;
    const e = candidates[k]!.entry;
    if (e.name !== winner.name || km(e, winner) > 25) runnerUp = k;
  }
  const margin = runnerUp >= 0 ? Math.min(1, (scores[top]! - scores[runnerUp]!) / 0.5) : 1;
  return { entry: winner, kind: kindOf(winner), score: confidence(candidates[top]!.source, margin) };
}

/** The score of a choice, to two decimals: trust in the spelling, lowered by a close runner-up (`margin` below 1). */
function confidence(source: NameSource, margin: number): number {
  return Math.round(TRUST[source] * (0.6 + 0.4 * margin) * 100) / 100;
}

/** The entry `choose` picks and the kind of mention, without the confidence (cheaper: for the passes that only need the pick). */
export type Guess = Pick<Choice, 'entry' | 'kind'>;

export function guess(r: Reading, doc: DocContext): Guess | null {
  const candidates = prepared(r).candidates;
  if (unrivalled(candidates)) return admissible(candidates[0]!, doc) && !homeAbroad(candidates, r) ? { entry: candidates[0]!.entry, kind: candidates[0]!.kind } : null;
  return guessOf(candidates, scoresOf(candidates, r, doc));
}

/**
 * The guess when nothing is known of the document yet and the sentence's countries are not read
 * (the first pass): the reading alone decides it, so it is worked out once with the prepared candidates.
 * It is the pick of `guess` with an empty document and no `countries`: their terms all add nothing.
 */
export function guessAlone(r: Reading): Guess | null {
  const list = prepared(r);
  if (list.alone === undefined) {
    const scores = scratch(list.candidates.length);
    for (let k = 0; k < list.candidates.length; k++) {
      const c = list.candidates[k]!;
      // As `scoreOf`: the base plus nothing, for the candidates admissible whatever the document says.
      scores[k] = c.admissible === 'yes' ? c.base + 0 : NaN;
    }
    list.alone = guessOf(list.candidates, scores);
  }
  return list.alone;
}

function guessOf(candidates: Prepared[], scores: Float64Array): Guess | null {
  const top = topOf(candidates, scores);
  if (top < 0) return null;
  return { entry: candidates[top]!.entry, kind: candidates[top]!.kind };
}

/**
 * Whether a name has one candidate: then it is picked when it is admissible, and its score (a
 * number: the gazetteer's coordinates and populations are) decides nothing (nearly half the names
 * of a report are such).
 */
function unrivalled(candidates: Prepared[]): boolean {
  return candidates.length === 1;
}

/**
 * "Sossobe, Mopti": a place whose home is named, of which the gazetteer knows none in the home's
 * country, is not in the gazetteer; a namesake abroad would be a wrong exact point.
 */
function homeAbroad(candidates: Prepared[], r: Reading): boolean {
  return r.homeCountry >= 0 && !candidates.some((c) => c.country === r.homeCountry);
}

/** Scores in candidate order, NaN where a candidate is not admissible: valid until the next call (one buffer serves every call). */
function scoresOf(candidates: Prepared[], r: Reading, doc: DocContext): Float64Array {
  const scores = scratch(candidates.length);
  const abroad = homeAbroad(candidates, r);
  for (let k = 0; k < candidates.length; k++) scores[k] = !abroad && admissible(candidates[k]!, doc) ? scoreOf(candidates[k]!, r, doc) : NaN;
  return scores;
}

let scoreBuffer = new Float64Array(64);

function scratch(length: number): Float64Array {
  if (scoreBuffer.length < length) scoreBuffer = new Float64Array(length * 2);
  return scoreBuffer;
}

/** Index of the best admissible candidate, -1 if none. */
function topOf(candidates: Prepared[], scores: Float64Array): number {
  let top = -1;
  for (let k = 0; k < candidates.length; k++) if (ranksAbove(candidates, scores, k, top)) top = k;
  return top;
}

/**
 * Whether admissible candidate k comes before candidate j (none when -1) in the solver's order:
 * the higher score first, the lower id on a tie (as a sort by score, then id, would put them).
 */
function ranksAbove(candidates: Prepared[], scores: Float64Array, k: number, j: number): boolean {
  const s = scores[k]!;
  if (Number.isNaN(s)) return false;
  if (j < 0) return true;
  return s > scores[j]! || (s === scores[j]! && candidates[k]!.id < candidates[j]!.id);
}

/**
 * A candidate with what the reading alone says about it. A reading's candidates are scored three
 * times (find-places.ts) under growing document context: the part of the score and of the
 * admissibility that does not depend on the document is worked out once.
 */
export interface Prepared {
  entry: GazetteerEntry;
  source: NameSource;
  /**
   * Admissible whatever the document says, never, only once the entry's region (or district) is named
   * in it, or (`if-anchored`) once its region or district is named or a place the report names stands near it.
   */
  admissible: 'yes' | 'no' | 'if-admin1-named' | 'if-admin2-named' | 'if-anchored';
  /** The score before the document's countries, regions and places are counted. */
  base: number;
  // What scoring reads of the entry, copied here: `kindOf` it, its id, coordinates, and codes (`codeOf`) of its country and units.
  kind: Choice['kind'];
  id: number;
  lat: number;
  lon: number;
  country: number;
  admin1: number;
  admin2: number;
  /** The report (`Neighbours.serial`) whose nearest anchors the next three hold: a memo of `Neighbours.nearest`. */
  nearFor: number;
  nearFirst: number;
  nearSecond: number;
  nearAt: number;
}

/** A reading's candidates prepared, with the guess the reading alone makes and `soleCountry` (each set on first use). */
export interface PreparedList { candidates: Prepared[]; alone?: Guess | null; sole?: string | null }

/**
 * The reading's candidates, prepared: everything but `countries` (read at scoring time, since it
 * is set after the first pass) is fixed by the candidates and the few facts of the reading that
 * `preparedKey` packs. The matcher gives every match of a name the same candidate list, so a
 * name's preparation is reused wherever it recurs, in this report and the next.
 */
function prepared(r: Reading): PreparedList {
  if (r.prepared !== undefined) return r.prepared;
  let byKey = preparedLists.get(r.candidates);
  if (byKey === undefined) preparedLists.set(r.candidates, (byKey = new Map()));
  const key = preparedKey(r);
  let list = byKey.get(key);
  if (list === undefined) byKey.set(key, (list = prepare(r)));
  return (r.prepared = list);
}

/** Per candidate list, its prepared lists by `preparedKey`. */
const preparedLists = new WeakMap<Reading['candidates'], Map<number, PreparedList>>();

/** The country of a name that only one country has (not the country names themselves); null when several or none. */
export function soleCountry(r: Reading): string | null {
  const list = prepared(r);
  if (list.sole === undefined) list.sole = soleCountryOf(r.candidates);
  return list.sole;
}

function soleCountryOf(candidates: Reading['candidates']): string | null {
  let cc: string | null = null;
  for (const { entry, source } of candidates) {
    if (source !== 'name' || entry.fcode === 'PCLI') continue;
    if (cc === null) cc = entry.cc;
    else if (entry.cc !== cc) return null;
  }
  return cc;
}

/** What of a reading besides its candidates `prepare` reads: its context bits, the article, word marks, a short name, a common word. */
function preparedKey(r: Reading): number {
  return r.context | (r.article ? 1 << 8 : 0) | (r.wordlike ? 1 << 9 : 0) | (r.letters < 4 ? 1 << 10 : 0) | (r.common ? 1 << 11 : 0) | (r.marbuta ? 1 << 12 : 0) | (r.cutLetter ? 1 << 13 : 0);
}

function prepare(r: Reading): PreparedList {
  const wantUnit = has(r.context, 'admin1') ? 'ADM1' : has(r.context, 'admin2') ? 'ADM2' : null;
  const candidates = r.candidates.map(({ entry, source }) => {
    const base = baseScore(entry, source, wantUnit);
    return {
      entry, source, admissible: admissibility(entry, source, r), base,
      kind: kindOf(entry), id: entry.id, lat: entry.lat, lon: entry.lon,
      country: codeOf(entry.cc), admin1: codeOf(entry.admin1), admin2: codeOf(entry.admin2),
      nearFor: -1, nearFirst: 0, nearSecond: 0, nearAt: -1,
    };
  });
  // Where a town or unit has the name, the name is it, not a camp or well of the name (a town it only sounds like does not count).
  if (candidates.some((c) => !isMinorFeature(c.entry) && c.source !== 'sounded')) for (const c of candidates) if (isMinorFeature(c.entry)) c.admissible = 'no';
  // A town at the seat of a district or commune of its name ("Tivaouane" and the département de
  // Tivaouane) ranks as a district's seat, as GeoNames flags most (PPLA2) but not all.
  for (const c of candidates) {
    if (c.entry.fcode !== 'PPL') continue;
    for (const { entry } of r.candidates) {
      if ((entry.fcode === 'ADM2' || entry.fcode === 'ADM3') && km(entry, c.entry) <= SEAT_KM) {
        c.base += SEAT;
        break;
      }
    }
  }
  return { candidates, alone: undefined, sole: undefined };
}

/** How near (km) a town must stand to its namesake unit's coordinates to be its seat, and what that adds (PPLA2 over PPL). */
const SEAT_KM = 5;
const SEAT = FEATURE_RANK.PPLA2! - 0.2;

/** The fewest letters a near spelling may be matched on. */
const FUZZY_LETTERS = 5;

function admissibility(e: GazetteerEntry, source: NameSource, r: Reading): Prepared['admissible'] {
  // "Katiba Macina", "كتيبة ماسينا": a name in an armed group's name is no place.
  if (has(r.context, 'group')) return 'no';
  // A camp, locality or well only where the words call it one or say something is near it ("مخيم تاكوكوت",
  // "بئر إنتيواك", "قرب شاغام"), and near what the report names; never where a town or unit has the name (`prepare`).
  if (isMinorFeature(e)) return (has(r.context, 'feature') || has(r.context, 'near')) && !r.wordlike && !r.common && !r.cutLetter ? 'if-anchored' : 'no';
  // "al Qaeda's affiliate in the Sahel": the wider area, not Burkina Faso's Sahel region.
  if (e.fcode === 'ADM1' && !has(r.context, 'admin1') && isArea(e.name)) return 'no';
  if (e.fcode === 'PCLI') {
    // "المالي" is an adjective (Malian), not the country; "Niger" after "fleuve" is the river.
    if (r.article && !e.names.some((n) => n.startsWith('ال'))) return 'no';
    return has(r.context, 'river') ? 'no' : 'yes';
  }
  // "قرب بلدة كنوال": a name right after a settlement noun takes no proclitic (ك, ب, ف, و), so one read by
  // cutting such a letter ("نوال") is another word's spelling, whatever the name.
  // Not ل, which Mauritanian names take as their article (لعيون, Aioun).
  if (r.cutLetter && has(r.context, 'settlement')) return 'no';
  if (source === 'name') return 'yes';
  // A spelling that only sounds like a place's, only where a settlement noun calls it by name ("قرية امبلال").
  // It must also stand in a region or district the report names, or near a place it names ("قرية بريديد في ولاية الحوض الشرقي").
  if (source === 'sounded') return (has(r.context, 'called') || has(r.context, 'calledElsewhere')) && !r.wordlike && !r.common && !r.cutLetter ? 'if-anchored' : 'no';
  // Made-up spellings: never on words that look like words, nor where an article had to go, except
  // for a regional capital, which the press writes with it ("الزويرات" for Zouérat).
  if (r.wordlike || (r.marbuta && (e.cc !== 'MR' || source === 'fuzzy')) || (r.article && !(isTopTier(e) && e.fcode !== 'ADM1'))) return 'no';
  // A short one ("ديو" for Déou) only as a town named so, in its district named too ("بلدة ديو في إقليم أودالان").
  if ((r.letters < 4 || r.common) && !isTopTier(e)) return !r.common && has(r.context, 'settlement') && e.admin2 !== null ? 'if-admin2-named' : 'no';
  // Even a regional capital's short made-up spelling is not read off a word it had to be cut from
  // ("باهتمام بالغ", with great interest, read as ب + "الغ" for Aleg), unless the words call it a town.
  if (r.letters < 4 && r.clitic && !has(r.context, 'settlement') && !has(r.context, 'near')) return 'no';
  // A near spelling is not read on a word of four letters ("نريد", we want, near "نورد" for Nord), nor on
  // a word cut to match as a district the words around do not call one ("لافتات", banners, read as
  // "افتات" near Aftout; "باسكنو" for Bassikounou is read whole).
  if (source === 'fuzzy') return isProminent(e) && r.letters >= FUZZY_LETTERS && !(r.clitic && e.fcode === 'ADM2' && !has(r.context, 'admin2')) ? 'yes' : 'no';
  // A made-up spelling of a minor village needs support: "قرية ..." (here or at another mention), or its region or district named.
  if (isProminent(e) || has(r.context, 'settlement') || has(r.context, 'near') || has(r.context, 'calledElsewhere')) return 'yes';
  // One a road is named by ("الطريق بين ديسوما وجيبو"), near a place the report names.
  if (has(r.context, 'road')) return 'if-anchored';
  // A long one read whole ("كالابان كورو") is no word the language has by chance.
  if (r.letters >= LONG_SPELLING && !r.clitic) return 'yes';
  return e.admin1 !== null ? 'if-admin1-named' : 'no';
}

/** Letters from which a made-up spelling read whole needs no support. */
const LONG_SPELLING = 9;

function admissible(c: Prepared, doc: DocContext): boolean {
  // A place's district named ("في ليبتوغو بمحافظة غنانيا") supports it as well as its region named.
  return (
    c.admissible === 'yes' ||
    (c.admissible === 'if-admin1-named' && (includes(doc.admin1, c.admin1) || includes(doc.admin2, c.admin2))) ||
    (c.admissible === 'if-admin2-named' && includes(doc.admin2, c.admin2)) ||
    (c.admissible === 'if-anchored' && (includes(doc.admin1, c.admin1) || includes(doc.admin2, c.admin2) || (doc.anchors !== null && doc.anchors.count(doc.without) > 0 && doc.anchors.nearest(c, doc.without) <= ANCHORED_KM)))
  );
}

/** How near (km) a place the report names must stand for a spelling that only sounds like its neighbour's to be read as it. */
const ANCHORED_KM = 100;

/**
 * The part of the score that the entry and the way it was matched decide. `scoreOf` adds the
 * document's part to it term by term, in the same order as ever, so that the sums round alike.
 */
function baseScore(e: GazetteerEntry, source: NameSource, wantUnit: string | null): number {
  let s = TRUST[source];
  if (e.fcode === 'PCLI') s += 2;
  // "province de la Tapoa" is an ADM2 in GeoNames: another level of unit is a near miss, a town a miss.
  if (wantUnit) s += e.fcode === wantUnit ? 3 : /^ADM\d$/.test(e.fcode) ? 2 : -1;
  s += featureRank(e.fcode);
  s += Math.log10(e.population + 1) * 0.05;
  if (e.flags.includes('a')) s += 0.15;
  if (e.flags.includes('r')) s += 0.1;
  return s;
}

/** What a unit named right after a place ("Douna, Mopti") adds to the places of that name inside it: more than any country or neighbour says. */
const HOME_NAMED = 1.5;

function scoreOf(c: Prepared, r: Reading, doc: DocContext): number {
  let s = c.base;
  // The sentence's hints are most often none: then the lookup is skipped (the term is the same).
  s += (c.country < doc.countries.length ? doc.countries[c.country]! : 0) + (r.countries === undefined ? 0 : weightIn(r.countries, c.entry.cc));
  if (c.admin1 >= 0 && includes(doc.admin1, c.admin1)) s += 0.6;
  if (c.admin2 >= 0 && includes(doc.admin2, c.admin2)) s += 0.4;
  // "Poura, dans la province des Balé": a Poura GeoNames files under the Sourou, in the same region, is another.
  else if (c.admin2 >= 0 && includes(doc.admin2Regions, c.admin1)) s -= OTHER_DISTRICT;
  if (r.home >= 0 && (c.admin1 === r.home || c.admin2 === r.home || (c.kind === 'place' && c.admin2 < 0 && r.homeRegion >= 0 && c.admin1 === r.homeRegion))) s += HOME_NAMED;
  if (doc.anchors !== null && doc.anchors.count(doc.without) > 0) s += 0.5 * Math.exp(-doc.anchors.nearest(c, doc.without) / 150);
  return s;
}

/** What a place filed under another district of a region whose district the report names loses. */
const OTHER_DISTRICT = 0.3;

/** A country's weight in a map of them, 0 when it has none. */
function weightIn(countries: ReadonlyMap<string, number>, cc: string): number {
  return countries.size === 0 ? 0 : countries.get(cc) ?? 0;
}

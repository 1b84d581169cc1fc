/**
 * Builds data/gazetteer/gazetteer.tsv.gz from GeoNames (CC BY 4.0), GeoNames' Arabic names and
 * ACLED's place names (names and coordinates only). Deterministic: same input, same bytes.
 *
 *   node bin/run-ts.js scripts/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { normaliseTerm } from '../src/pipeline/text/normalise.ts';
import { ACLED_ID_BASE, formatEntry, isMinorFeature, isProminent, type GazetteerEntry } from '../src/pipeline/places/gazetteer.format.ts';
import { AdminNames, bareUnitName, COUNTRIES, readGeoNames, type GeoRow } from './gazetteer/geonames.ts';
import { readAcledPlaces, type AcledPlace } from './gazetteer/acled.ts';
import { arabicVariants, cleanNames, latinVariants, readArabicNames, readHandNames } from './gazetteer/names.ts';
import { commonArabicWords } from './gazetteer/common-words.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(repoRoot, '../shared/data');
const outDir = join(repoRoot, 'data/gazetteer');

/** An entry being built, with the Latin names its Arabic spellings are made from. */
interface Draft {
  entry: GazetteerEntry;
  latin: string[];
  names: Set<string>;
  /** A town that shares its unit's name: it is written as many ways as its unit. */
  seat?: boolean;
}

/** Curated country names in three languages replace GeoNames' hundreds of exonyms. */
function readCountries(): Map<string, { name: string; names: string[] }> {
  const map = new Map<string, { name: string; names: string[] }>();
  for (const line of readFileSync(join(outDir, 'countries.tsv'), 'utf8').split('\n')) {
    const [cc, name, names] = line.split('\t');
    if (cc && name && names && !cc.startsWith('#')) map.set(cc, { name, names: names.split('|') });
  }
  return map;
}

function fromGeoNames(r: GeoRow, admin: AdminNames, countries: ReturnType<typeof readCountries>): Draft {
  const [a1, a2, a3] = admin.of(r);
  const isUnit = r.fclass === 'A' && r.fcode !== 'PCLI';
  const country = r.fcode === 'PCLI' ? countries.get(r.cc) : undefined;
  const bare = isUnit ? bareUnitName(r.name) : r.name;
  const raw = country ? country.names : [r.name, r.ascii, bare, ...r.alternates];
  // "Nioro du Sahel" style long forms give Arabic spellings too; "Nioro Cercle" style ones do not.
  const latin = country ? [] : [bare, ...r.alternates.filter((a) => new RegExp(`^${escape(bare)} (du|de|des|el) `).test(a))];
  return {
    entry: {
      id: r.id, name: country?.name ?? (isUnit ? asciiOf(bare) : r.name), cc: r.cc, fcode: r.fcode, lat: r.lat, lon: r.lon,
      population: r.population, admin1: r.fcode === 'ADM1' ? null : a1, admin2: isUnit && r.fcode === 'ADM2' ? null : a2,
      admin3: r.fcode === 'ADM3' ? null : a3, flags: '', names: [], generated: [],
    },
    latin,
    names: new Set(cleanNames(raw)),
  };
}

const asciiOf = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const near = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  Math.abs(a.lat - b.lat) + Math.abs(a.lon - b.lon);

/** How near (in degrees, as `near` measures) an ACLED point must be to a GeoNames place to be that place: about 5 km. */
const SAME_POINT = 0.05;

/** Attaches ACLED spellings to the nearest same-named GeoNames place, or adds an ACLED-only place. */
function mergeAcled(drafts: Draft[], places: (AcledPlace & { cc: string })[]): Draft[] {
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) for (const n of d.names) byName.set(`${d.entry.cc}|${n}`, [...(byName.get(`${d.entry.cc}|${n}`) ?? []), d]);
  const added: Draft[] = [];
  const regions = new Set(places.map((p) => p.admin1));
  for (const p of places) {
    const n = normaliseTerm(p.location);
    // ACLED's places are towns and villages: never a camp or well of the name.
    const same = [...(byName.get(`${p.cc}|${n}`) ?? [])].filter((d) => d.entry.fcode !== 'PCLI' && d.entry.fcode !== 'ADM1' && !isMinorFeature(d.entry));
    const best = same.sort((a, b) => near(a.entry, p) - near(b.entry, p))[0];
    if (best && near(best.entry, p) < 0.4) {
      if (!best.entry.flags.includes('a')) best.entry.flags += 'a';
      if (!best.latin.includes(p.location)) best.latin.push(p.location);
      // GeoNames often leaves a town's cercle and commune blank; ACLED knows them.
      best.entry.admin2 ??= p.admin2;
      best.entry.admin3 ??= p.admin3;
      // A place ACLED coded at this very point is in the region ACLED files it under (Madiakoye and
      // Essakane in Tombouctou, Anefis in Kidal), the one its users look for; but a region the file
      // never names is one made after it (Ménaka, which this 1997–2019 file still files under Gao), and stays.
      const madeSince = best.entry.admin1 !== null && !regions.has(best.entry.admin1);
      if (p.admin1 && near(best.entry, p) < SAME_POINT && !madeSince) best.entry.admin1 = p.admin1;
      continue;
    }
    const draft: Draft = {
      entry: {
        id: ACLED_ID_BASE + added.length, name: p.location, cc: p.cc, fcode: 'PPL', lat: p.lat, lon: p.lon,
        population: 0, admin1: p.admin1, admin2: p.admin2, admin3: p.admin3, flags: 'a', names: [], generated: [],
      },
      latin: [p.location],
      names: new Set(cleanNames([p.location])),
    };
    added.push(draft);
    byName.set(`${p.cc}|${n}`, [draft]);
  }
  return added;
}

/**
 * "Bani Bangou" is also written "Banibangou": two-word village names get their joined form. And a
 * name that opens with a prenasalised consonant ("Nguigmi", "Ntillit") is also written with an
 * apostrophe ("N'Guigmi"), which the tokeniser reads as two words.
 */
function joinedNames(d: Draft): string[] {
  if (!d.entry.fcode.startsWith('PPL')) return [];
  const names = [...d.names];
  const joined = names.filter((n) => /^[a-z]{3,} [a-z]{3,}$/.test(n)).map((n) => n.replace(' ', ''));
  const apostrophe = names.filter((n) => /^n[bdgjkt][a-z]{3,}$/.test(n)).map((n) => `n ${n.slice(1)}`);
  return [...joined, ...apostrophe];
}

/**
 * A unit is placed where its seat is, as ACLED codes "the Gao region" at Gao town; and a seat
 * that shares its unit's name shares its spellings ("تومبوكتو" is the town as well as the region).
 * Seats: PPLC/PPLA for a first-level unit, PPLA2 for a second-level one, found by admin codes; when
 * the codes name none (GeoNames files Bignona town as a plain PPL, and most cercles and départements
 * under a code their towns lack), the place of the unit's region named as the unit, nearest to the
 * unit's own point. A seat named as its unit after one word ("Ké-Macina", seat of the cercle of
 * Macina) is known by the unit's name too: the press writes "Macina" and "ماسينا" for the town.
 */
function shareWithSeats(drafts: Draft[], rows: GeoRow[]): void {
  const byId = new Map(drafts.map((d) => [d.entry.id, d]));
  const seats = new Map<string, GeoRow[]>();
  const key = (cc: string, ...codes: string[]) => [cc, ...codes].join('.');
  for (const r of rows) {
    if (r.fcode === 'PPLC' || r.fcode === 'PPLA') seats.set(key(r.cc, r.a1), [...(seats.get(key(r.cc, r.a1)) ?? []), r]);
    if (r.fcode === 'PPLC' || r.fcode === 'PPLA' || r.fcode === 'PPLA2') seats.set(key(r.cc, r.a1, r.a2), [...(seats.get(key(r.cc, r.a1, r.a2)) ?? []), r]);
  }
  const places = new Map<string, Draft[]>();
  for (const r of rows) if (r.fclass === 'P') places.set(key(r.cc, r.a1), [...(places.get(key(r.cc, r.a1)) ?? []), byId.get(r.id)!]);
  const byPopulation = (a: Draft, b: Draft) => b.entry.population - a.entry.population || a.entry.id - b.entry.id;
  for (const r of rows) {
    if (r.fcode !== 'ADM1' && r.fcode !== 'ADM2') continue;
    const unit = byId.get(r.id)!;
    const candidates = (r.fcode === 'ADM1' ? seats.get(key(r.cc, r.a1)) : seats.get(key(r.cc, r.a1, r.a2))) ?? [];
    const drafts2 = candidates.map((c) => byId.get(c.id)!).filter((d) => d.entry.fcode !== 'PPL');
    const named = drafts2.filter((d) => [...d.names].some((n) => unit.names.has(n)));
    const bare = normaliseTerm(bareUnitName(r.name));
    const prefixed = drafts2.filter((d) => !named.includes(d) && [...d.names].some((n) => afterOneWord(n, bare)));
    const inRegion = drafts2.length > 0 ? [] : (places.get(key(r.cc, r.a1)) ?? []);
    const exactNamesake = inRegion.filter((d) => normaliseTerm(d.entry.name) === bare);
    const namesake = exactNamesake.length > 0 ? exactNamesake : inRegion.filter((d) => sameSkeleton(normaliseTerm(d.entry.name), bare) && near(d.entry, r) < SKELETON_NEAR);
    const seat = namesake.length > 0
      ? namesake.sort((a, b) => near(a.entry, r) - near(b.entry, r) || a.entry.id - b.entry.id)[0]
      : (named.length > 0 ? named : prefixed.length > 0 ? prefixed : drafts2).sort(byPopulation)[0];
    if (!seat) continue;
    unit.entry.lat = seat.entry.lat;
    unit.entry.lon = seat.entry.lon;
    if (prefixed.includes(seat)) seat.names.add(bare);
    if (named.includes(seat) || prefixed.includes(seat) || namesake.includes(seat)) {
      seat.seat = true;
      for (const n of unit.latin) if (!seat.latin.includes(n)) seat.latin.push(n);
      for (const n of seat.latin) if (!unit.latin.includes(n)) unit.latin.push(n);
      for (const n of unit.names) if (/[\u0600-\u06ff]/.test(n) && !/ /.test(n)) seat.names.add(n);
    }
  }
}

/**
 * Whether two Latin names are one name spelt two ways, as GeoNames spells a moughataa and its town
 * ("Bassiknou", "Bassikounou"): the same consonants, once each, in the same order.
 */
function sameSkeleton(a: string, b: string): boolean {
  const skeleton = (s: string) => s.replace(/[aeiouy ]/g, '').replace(/(.)\1+/g, '$1');
  const k = skeleton(a);
  return k.length >= 3 && k === skeleton(b);
}

/** How near (in degrees, as `near` measures) a town spelt as its unit must be to be taken for its seat: about 25 km. */
const SKELETON_NEAR = 0.25;

/** Whether a normalised name is another after one word ("ke macina" is "macina" after "ke"). */
function afterOneWord(name: string, other: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && name.slice(space + 1) === other;
}

/**
 * GeoNames leaves the region of some populated places blank (1,182 of Mali's 15,448), so an event
 * there would have no admin1. Such a place (or camp, locality or well) takes the region of the populated places around it when
 * the nearest three that have one, all within REGION_NEAR, name the same region of the same country.
 */
function fillRegions(drafts: Draft[]): number {
  const cell = (lat: number, lon: number) => `${Math.floor(lat / CELL)}|${Math.floor(lon / CELL)}`;
  const grid = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!d.entry.fcode.startsWith('PPL') || d.entry.admin1 === null) continue;
    const k = cell(d.entry.lat, d.entry.lon);
    grid.set(k, [...(grid.get(k) ?? []), d]);
  }
  let filled = 0;
  for (const d of drafts) {
    if ((!d.entry.fcode.startsWith('PPL') && !isMinorFeature(d.entry)) || d.entry.admin1 !== null) continue;
    const around: Draft[] = [];
    const [ci, cj] = [Math.floor(d.entry.lat / CELL), Math.floor(d.entry.lon / CELL)];
    for (let i = ci - 1; i <= ci + 1; i++) for (let j = cj - 1; j <= cj + 1; j++) around.push(...(grid.get(`${i}|${j}`) ?? []));
    const nearest = around
      .filter((o) => o.entry.cc === d.entry.cc && near(o.entry, d.entry) <= REGION_NEAR)
      .sort((a, b) => near(a.entry, d.entry) - near(b.entry, d.entry) || a.entry.id - b.entry.id)
      .slice(0, 3);
    if (nearest.length === 3 && nearest.every((o) => o.entry.admin1 === nearest[0]!.entry.admin1)) {
      d.entry.admin1 = nearest[0]!.entry.admin1;
      filled++;
    }
  }
  return filled;
}

/** About 30 km, as `near` measures; the grid's cells are as wide, so the nine around a place hold all its neighbours. */
const REGION_NEAR = 0.3;
const CELL = 0.3;

function build(): { lines: string[]; stats: Record<string, number> } {
  const countries = readCountries();
  const rows = COUNTRIES.flatMap((cc) => readGeoNames(join(shared, 'geonames'), cc));
  const admin = new AdminNames(rows);
  const drafts = rows.map((r) => fromGeoNames(r, admin, countries));
  const arabic = readArabicNames(join(shared, 'geonames/arabic-names.tsv'));
  // Towns the GeoNames file gives no Arabic name, as the region's Arabic press writes them (hand-written).
  for (const [id, names] of readHandNames(join(outDir, 'arabic-names.hand.tsv'))) arabic.set(id, [...(arabic.get(id) ?? []), ...names]);
  for (const d of drafts) {
    const ar = arabic.get(d.entry.id);
    if (!ar) continue;
    d.entry.flags += 'r';
    for (const n of cleanNames(ar)) d.names.add(n);
  }
  drafts.push(...mergeAcled(drafts, readAcledPlaces(join(shared, 'acled/acled-mali-1997-2019.csv'))));
  for (const d of drafts) for (const n of joinedNames(d)) d.names.add(n);
  shareWithSeats(drafts, rows);
  const regionsFilled = fillRegions(drafts);
  let generated = 0;
  const allNames = new Set(drafts.flatMap((d) => [...d.names]));
  for (const d of drafts) {
    d.entry.names = [...d.names].sort();
    // Minor villages get only their three likeliest spellings: they are matched only with support.
    // Mauritania's Arabic press writes Hassaniya: a hard g is ك as often as غ (كوركول, مونكل).
    const spelling = d.entry.cc === 'MR' ? 'hassaniya' : 'standard';
    if (d.entry.fcode !== 'PCLI') d.entry.generated = arabicVariants(d.latin, d.names, isProminent(d.entry) || d.seat ? 6 : 4, spelling).sort();
    // A town's Latin names are written other ways too (Doucombo for Doukombo).
    if (d.entry.fcode.startsWith('PPL')) d.entry.generated.push(...latinVariants(cleanNames(d.latin), allNames).sort());
    generated += d.entry.generated.length;
  }
  drafts.sort((a, b) => a.entry.id - b.entry.id);
  const lines = drafts.map((d) => formatEntry(d.entry));
  const names = drafts.reduce((s, d) => s + d.entry.names.length, 0);
  return { lines, stats: { entries: drafts.length, names, generated, regionsFilled } };
}

const { lines, stats } = build();
const gz = gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8'), { level: 9 });
writeFileSync(join(outDir, 'gazetteer.tsv.gz'), gz);
const common = commonArabicWords(join(shared, 'arabic-ner/ANERCorp.conll'));
writeFileSync(
  join(outDir, 'common-words.ar.txt'),
  `# Arabic words common in news (ANERcorp counts: 3 or more times outside a name, more than as a place).\n` +
    `# Built by scripts/build-gazetteer.ts; a made-up or near spelling of a minor place is never matched on them.\n${common.join('\n')}\n`,
);
console.log(`gazetteer: ${stats.entries} entries, ${stats.names} names, ${stats.generated} generated spellings (Arabic, and Latin variants), ${stats.regionsFilled} regions filled from neighbours, ${gz.length} bytes; ${common.length} common Arabic words`);

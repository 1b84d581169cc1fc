/**
 * One gazetteer entry as a line of data/gazetteer/gazetteer.tsv.gz. The build script writes
 * lines with `formatEntry` and the runtime reads them with `parseEntry`: one definition for both.
 */

export interface GazetteerEntry {
  /** GeoNames id; ACLED-only places get ids from ACLED_ID_BASE up. */
  id: number;
  /** The GeoNames (or ACLED) name, as shown to users. */
  name: string;
  /** ISO 3166 alpha-2: ML, BF, NE, SN, MR. */
  cc: string;
  /** GeoNames feature code (PPL, PPLA2, ADM1, PCLI...). */
  fcode: string;
  lat: number;
  lon: number;
  population: number;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  /** 'a' named by ACLED, 'r' has a published Arabic name. */
  flags: string;
  /** Normalised names (normaliseTerm) from GeoNames, ACLED and published Arabic names. */
  names: string[];
  /** Normalised Arabic spellings made by the transliterator (less trusted than `names`). */
  generated: string[];
}

export const ACLED_ID_BASE = 1_000_000_000;

const COLUMNS = 13;

export function formatEntry(e: GazetteerEntry): string {
  return [
    e.id, e.name, e.cc, e.fcode, e.lat.toFixed(5), e.lon.toFixed(5), e.population,
    e.admin1 ?? '', e.admin2 ?? '', e.admin3 ?? '', e.flags, e.names.join('|'), e.generated.join('|'),
  ].map((v) => String(v).replace(/[\t\n]/g, ' ')).join('\t');
}

/**
 * Parses one line; null for a malformed line (the runtime skips it rather than failing), which
 * includes one without coordinates or with a population below 0 or not a number: the places
 * stage scores and measures distances with them as numbers. (The build writes none such: GeoNames rows
 * have coordinates, ACLED places without them are left out, and units take their seat's.)
 */
export function parseEntry(line: string): GazetteerEntry | null {
  const f = line.split('\t');
  if (f.length !== COLUMNS) return null;
  const [lat, lon, population] = [coordinate(f[4]!), coordinate(f[5]!), Number(f[6])];
  if (!(Number.isFinite(lat) && Number.isFinite(lon) && population >= 0 && population < Infinity)) return null;
  const list = (s: string) => (s === '' ? [] : s.split('|'));
  return {
    id: Number(f[0]), name: f[1]!, cc: f[2]!, fcode: f[3]!, lat, lon,
    population, admin1: f[7] || null, admin2: f[8] || null, admin3: f[9] || null,
    flags: f[10]!, names: list(f[11]!), generated: list(f[12]!),
  };
}

/** A latitude or longitude; NaN for an empty field (which `Number` would read as 0, a point at sea). */
function coordinate(field: string): number {
  return field.trim() === '' ? NaN : Number(field);
}

/**
 * Places that matter enough to match on a made-up Arabic spelling without further support:
 * countries, regions, cercles, seats, towns, places with a published Arabic name or named by
 * ACLED. Other villages' spellings collide with words, so the solver asks for context (a
 * settlement word, or their region named) before using them.
 */
export function isProminent(e: GazetteerEntry): boolean {
  return MAJOR_CODES.has(e.fcode) || e.population >= 10_000 || e.flags !== '';
}

const MAJOR_CODES = new Set(['PCLI', 'ADM1', 'ADM2', 'PPLC', 'PPLA', 'PPLA2']);

/**
 * Camps, localities and wells (GeoNames S.CMP, L.LCTY, H.WLL): where herders, displaced people and
 * armed groups are, and where ACLED codes events in the desert north. Each code is of one class.
 */
export const MINOR_FEATURES: ReadonlySet<string> = new Set(['CMP', 'LCTY', 'WLL']);

/** A camp, locality or well: a place only where the words call it one (place.solver.ts). */
export function isMinorFeature(e: GazetteerEntry): boolean {
  return MINOR_FEATURES.has(e.fcode);
}

/** Places whose made-up Arabic spelling may be as short as three letters (كاي). */
export function isTopTier(e: GazetteerEntry): boolean {
  return e.fcode === 'PPLC' || e.fcode === 'PPLA' || e.fcode === 'ADM1' || e.flags.includes('r');
}

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** A place as ACLED names and locates it: names and coordinates only, never event rows. */
export interface AcledPlace {
  location: string; lat: number; lon: number;
  admin1: string | null; admin2: string | null; admin3: string | null;
}

const ISO2: Record<string, string> = { Mali: 'ML', 'Burkina Faso': 'BF', Niger: 'NE', Senegal: 'SN', Mauritania: 'MR' };

/** Distinct (location, coordinates) pairs of an ACLED export, sorted, with their country code. */
export function readAcledPlaces(file: string): (AcledPlace & { cc: string })[] {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const seen = new Map<string, AcledPlace & { cc: string }>();
  for (const r of rows) {
    const cc = ISO2[r.country ?? ''];
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (!cc || !r.location || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${r.location}|${lat.toFixed(4)}|${lon.toFixed(4)}`;
    if (!seen.has(key)) {
      seen.set(key, { cc, location: r.location.trim(), lat, lon, admin1: r.admin1 || null, admin2: r.admin2 || null, admin3: r.admin3 || null });
    }
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

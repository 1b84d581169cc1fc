import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINOR_FEATURES } from '../../src/pipeline/places/gazetteer.format.ts';

/** A GeoNames row reduced to what the gazetteer keeps. */
export interface GeoRow {
  id: number; name: string; ascii: string; alternates: string[];
  lat: number; lon: number; fclass: string; fcode: string; cc: string;
  a1: string; a2: string; a3: string; population: number;
}

export const COUNTRIES = ['ML', 'BF', 'NE', 'SN', 'MR'] as const;

/** Populated places and administrative units (feature classes P and A), and camps, localities and wells (MINOR_FEATURES), of one country dump. */
export function readGeoNames(dir: string, cc: string): GeoRow[] {
  const rows: GeoRow[] = [];
  for (const line of readFileSync(join(dir, `${cc}.txt`), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 19 || (f[6] !== 'P' && f[6] !== 'A' && !MINOR_FEATURES.has(f[7]!))) continue;
    rows.push({
      id: Number(f[0]), name: f[1]!, ascii: f[2]!, alternates: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]), lon: Number(f[5]), fclass: f[6]!, fcode: f[7]!, cc: f[8]!,
      a1: f[10]!, a2: f[11]!, a3: f[12]!, population: Number(f[14]) || 0,
    });
  }
  return rows.sort((a, b) => a.id - b.id);
}

/** Unit names as ACLED writes them: no "Region"/"Cercle"/"Département de" wrapper, plain ASCII. */
const RENAMES: Record<string, string> = { 'High-Basins': 'Hauts-Bassins', Southwest: 'Sud-Ouest', Guidimaka: 'Guidimakha' };

export function bareUnitName(name: string): string {
  const bare = name
    .replace(/^(Région|Region|Wilaya|District|Département|Departement|Province|Cercle|Commune)\s+(de la|de l['’]|du|des|de|d['’])\s*/i, '')
    .replace(/\s+(Region|Cercle|Department|Province|Prefecture|Commune|District)$/i, '')
    .trim();
  return RENAMES[bare] ?? bare;
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Resolves admin codes to unit names, per country: ADM1 by a1, ADM2 by a1.a2, ADM3 by a1.a2.a3. */
/** Regions made in 2023 that ACLED and the labelled reports still code under the region they came from. */
const FORMER_REGION: Record<string, string> = { 'ML.Taoudenit': 'Tombouctou' };

export class AdminNames {
  private readonly names = new Map<string, string>();

  constructor(rows: GeoRow[]) {
    for (const r of rows) {
      const key = r.fcode === 'ADM1' ? [r.cc, r.a1] : r.fcode === 'ADM2' ? [r.cc, r.a1, r.a2]
        : r.fcode === 'ADM3' ? [r.cc, r.a1, r.a2, r.a3] : null;
      // Mali's 2023 regions carry their id as admin code; ADM1 rows with a numeric code keep theirs.
      if (key) this.names.set(key.join('.'), ascii(bareUnitName(r.name)));
    }
  }

  of(r: Pick<GeoRow, 'cc' | 'a1' | 'a2' | 'a3'>): [string | null, string | null, string | null] {
    const named = r.a1 && r.a1 !== '00' ? this.names.get(`${r.cc}.${r.a1}`) ?? null : null;
    // ACLED's Mali regions are those before 2023 (Ménaka aside): Taoudénit's places are Tombouctou's.
    const a1 = named !== null ? (FORMER_REGION[`${r.cc}.${named}`] ?? named) : null;
    const a2 = r.a2 ? this.names.get(`${r.cc}.${r.a1}.${r.a2}`) ?? null : null;
    const a3 = r.a3 ? this.names.get(`${r.cc}.${r.a1}.${r.a2}.${r.a3}`) ?? null : null;
    return [a1, a2, a3];
  }
}

import type { Queryable } from './db.ts';
import { checkText } from './report.repository.ts';

export interface PlaceEntry {
  /** GeoNames id; null or absent for a place GeoNames lacks (keyed then by country, admin1, name). */
  geonameid?: number | null;
  name: string;
  /** Country name as ACLED writes it ("Mali"). */
  country: string;
  admin1?: string | null;
  admin2?: string | null;
  latitude: number;
  longitude: number;
  /** GeoNames feature code (PPL, PPLA, ADM1...). */
  feature_code?: string | null;
  /** Other names by language: { ar: ['كاي'] }. */
  alt_names?: Record<string, string[]>;
}

const COLUMNS = `x.geonameid, x.name, x.country, x.admin1, x.admin2, x.latitude, x.longitude, x.feature_code, coalesce(x.alt_names, '{}')`;
const RECORD = `x(geonameid bigint, name text, country text, admin1 text, admin2 text,
                  latitude double precision, longitude double precision, feature_code text, alt_names jsonb)`;
const UPDATE = `set name = excluded.name, country = excluded.country, admin1 = excluded.admin1, admin2 = excluded.admin2,
                    latitude = excluded.latitude, longitude = excluded.longitude,
                    feature_code = excluded.feature_code, alt_names = excluded.alt_names, updated_at = now()`;

/** Inserts places or updates them (by geonameid, else by country + admin1 + name). Returns rows written. */
export async function upsertPlaces(db: Queryable, places: PlaceEntry[]): Promise<number> {
  places.forEach((p) => checkText('place name', p.name));
  // One statement may not update a row twice: keep the last entry for each key.
  const key = (p: PlaceEntry) => (p.geonameid != null ? `g${p.geonameid}` : `l${p.country}\u0001${p.admin1 ?? ''}\u0001${p.name}`);
  const unique = [...new Map(places.map((p) => [key(p), p])).values()];
  const gazetted = unique.filter((p) => p.geonameid != null);
  const local = unique.filter((p) => p.geonameid == null);
  let written = 0;
  if (gazetted.length > 0) {
    const { rows } = await db.query(
      `insert into places (geonameid, name, country, admin1, admin2, latitude, longitude, feature_code, alt_names)
       select ${COLUMNS} from jsonb_to_recordset($1::jsonb) as ${RECORD}
       on conflict (geonameid) do update ${UPDATE}
       returning id`,
      [JSON.stringify(gazetted)],
    );
    written += rows.length;
  }
  if (local.length > 0) {
    const { rows } = await db.query(
      `insert into places (geonameid, name, country, admin1, admin2, latitude, longitude, feature_code, alt_names)
       select ${COLUMNS} from jsonb_to_recordset($1::jsonb) as ${RECORD}
       on conflict (country, name, coalesce(admin1, '')) where geonameid is null do update ${UPDATE}
       returning id`,
      [JSON.stringify(local)],
    );
    written += rows.length;
  }
  return written;
}

/**
 * UCDP GED rows → events on ACLED's taxonomy. UCDP codes three kinds of organised violence;
 * the mapping is coarse on purpose (UCDP has no sub-event types):
 *   1 state-based, 2 non-state → Battles / Armed clash;  3 one-sided → Violence against civilians / Attack.
 * Precision codes are folded onto ACLED's three: 1 → 1, 2-3 → 2, 4 and more → 3.
 */
import type { EventType } from '../../types.ts';
import { float, int, interactionCode, isoDate, text, type CsvRowLike, type RowResult } from './fields.ts';

export const UCDP_REQUIRED = [
  'id', 'type_of_violence', 'side_a', 'side_b', 'country', 'latitude', 'longitude',
  'where_prec', 'date_start', 'date_prec', 'best',
] as const;

const VIOLENCE: Record<number, { event_type: EventType; sub_event_type: string }> = {
  1: { event_type: 'Battles', sub_event_type: 'Armed clash' },
  2: { event_type: 'Battles', sub_event_type: 'Armed clash' },
  3: { event_type: 'Violence against civilians', sub_event_type: 'Attack' },
};

/** UCDP's 1 / 2-3 / 4+ precision scales → ACLED's 1 / 2 / 3. */
export function foldPrecision(code: number | null): 1 | 2 | 3 {
  if (code === null) return 3;
  return code <= 1 ? 1 : code <= 3 ? 2 : 3;
}

/** An ACLED inter code guessed from a UCDP side name: governments 1, civilians 7, other groups 2. */
function interOf(side: string, violence: number): number {
  if (/^government of\b/i.test(side)) return 1;
  if (/^civilians\b/i.test(side)) return 7;
  return violence === 2 ? 3 : 2;
}

export function mapUcdpRow(row: CsvRowLike): RowResult {
  const id = text(row.id);
  if (!id) return { ok: false, problem: 'no id' };
  const violence = int(row.type_of_violence) ?? 0;
  const kind = VIOLENCE[violence];
  if (!kind) return { ok: false, problem: `unknown type_of_violence "${row.type_of_violence}"` };
  const date = isoDate(row.date_start);
  if (!date) return { ok: false, problem: `date_start "${row.date_start}" is not a date` };
  const actor1 = text(row.side_a);
  if (!actor1) return { ok: false, problem: 'no side_a' };
  const actor2 = text(row.side_b) ?? (violence === 3 ? 'Civilians' : null);
  const inter1 = interOf(actor1, violence);
  const inter2 = actor2 ? (violence === 3 ? 7 : interOf(actor2, violence)) : null;
  const best = int(row.best);
  if (best === null || best < 0) return { ok: false, problem: `best "${row.best}" is not a count` };
  const lat = float(row.latitude);
  const lon = float(row.longitude);
  return {
    ok: true,
    event: {
      external_id: id,
      event_date: date,
      time_precision: foldPrecision(int(row.date_prec)),
      ...kind,
      actor1,
      assoc_actor_1: null,
      inter1,
      actor2,
      assoc_actor_2: null,
      inter2,
      interaction: interactionCode(inter1, inter2),
      country: text(row.country) ?? '',
      admin1: text(row.adm_1),
      admin2: text(row.adm_2),
      admin3: null,
      location: text(row.where_coordinates) ?? text(row.adm_2) ?? text(row.adm_1) ?? text(row.country) ?? '',
      latitude: lat !== null && Math.abs(lat) <= 90 ? lat : null,
      longitude: lon !== null && Math.abs(lon) <= 180 ? lon : null,
      geo_precision: foldPrecision(int(row.where_prec)),
      fatalities: best,
      notes: ucdpNotes(row),
      evidence: [],
      claims: [],
    },
  };
}

function ucdpNotes(row: CsvRowLike): string | null {
  const parts = [
    text(row.low) !== null && text(row.high) !== null ? `UCDP deaths: best ${row.best}, low ${row.low}, high ${row.high}` : null,
    text(row.deaths_civilians) !== null ? `civilian deaths ${row.deaths_civilians}` : null,
    text(row.date_end) && text(row.date_end) !== text(row.date_start) ? `until ${isoDate(row.date_end) ?? row.date_end}` : null,
    text(row.source_article),
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join('; ') : null;
}

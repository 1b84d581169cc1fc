/**
 * ACLED export rows → events. Names are kept verbatim (period suffixes included): an import
 * records what the dataset says; resolving names is the registry's job.
 */
import type { EventType } from '../../types.ts';
import { EVENT_TYPES, float, int, interactionCode, isoDate, precision, text, type CsvRowLike, type RowResult } from './fields.ts';

export const ACLED_REQUIRED = [
  'event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'inter1',
  'country', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities',
] as const;

export function mapAcledRow(row: CsvRowLike): RowResult {
  const id = text(row.event_id_cnty);
  if (!id) return { ok: false, problem: 'no event_id_cnty' };
  const date = isoDate(row.event_date);
  if (!date) return { ok: false, problem: `event_date "${row.event_date}" is not a date` };
  const eventType = text(row.event_type);
  if (!EVENT_TYPES.includes(eventType as EventType)) return { ok: false, problem: `unknown event_type "${row.event_type}"` };
  const actor1 = text(row.actor1);
  const inter1 = int(row.inter1);
  if (!actor1 || inter1 === null) return { ok: false, problem: 'no actor1 or inter1' };
  const actor2 = text(row.actor2);
  const inter2 = actor2 ? int(row.inter2) : null;
  const lat = float(row.latitude);
  const lon = float(row.longitude);
  const fatalities = int(row.fatalities);
  if (fatalities === null || fatalities < 0) return { ok: false, problem: `fatalities "${row.fatalities}" is not a count` };
  return {
    ok: true,
    event: {
      external_id: id,
      event_date: date,
      time_precision: precision(int(row.time_precision) ?? 1),
      event_type: eventType as EventType,
      sub_event_type: text(row.sub_event_type) ?? '',
      actor1,
      assoc_actor_1: text(row.assoc_actor_1),
      inter1,
      actor2,
      assoc_actor_2: text(row.assoc_actor_2),
      inter2: inter2 || null,
      interaction: int(row.interaction) ?? interactionCode(inter1, inter2),
      country: text(row.country) ?? '',
      admin1: text(row.admin1),
      admin2: text(row.admin2),
      admin3: text(row.admin3),
      location: text(row.location) ?? '',
      latitude: lat !== null && Math.abs(lat) <= 90 ? lat : null,
      longitude: lon !== null && Math.abs(lon) <= 180 ? lon : null,
      geo_precision: precision(int(row.geo_precision) ?? 3),
      fatalities,
      notes: text(row.notes),
      evidence: [],
      claims: [],
    },
  };
}

/**
 * Events → CSV in ACLED's column names and order, so tools built for ACLED exports read ours.
 *
 * @example await writeAcledCsv(events, sink) // event_id_cnty,event_date,year,... then SW1,2025-07-01,2025,...
 */
import { stringify } from 'csv-stringify/sync';
import { safeCast } from './csv-safety.ts';
import { eventIdCnty, type ExportableEvent, type Sink } from './exportable.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities',
] as const;

export function acledRow(e: ExportableEvent): unknown[] {
  return [
    eventIdCnty(e), e.event_date, Number(e.event_date.slice(0, 4)), e.time_precision, e.event_type, e.sub_event_type,
    e.actor1, e.assoc_actor_1, e.inter1, e.actor2, e.assoc_actor_2, e.inter2 ?? 0, e.interaction,
    e.country, e.admin1, e.admin2, e.admin3, e.location, e.latitude, e.longitude, e.geo_precision,
    e.source ?? null, e.notes, e.fatalities,
  ];
}

export async function writeAcledCsv(events: AsyncIterable<ExportableEvent>, sink: Sink): Promise<number> {
  await sink(stringify([[...ACLED_COLUMNS]]));
  let n = 0;
  for await (const e of events) {
    await sink(stringify([acledRow(e)], { cast: safeCast }));
    n++;
  }
  return n;
}

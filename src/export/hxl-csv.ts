/**
 * Events → HXL CSV: a header row, then the HXL hashtag row that humanitarian tools (HDX, HXL Proxy)
 * read to know what each column is, then the events.
 */
import { stringify } from 'csv-stringify/sync';
import { safeCast } from './csv-safety.ts';
import { eventIdCnty, type ExportableEvent, type Sink } from './exportable.ts';

/** [header, HXL hashtag, value] for each column, in order. */
const COLUMNS: Array<[string, string, (e: ExportableEvent) => unknown]> = [
  ['event_id', '#event+code', eventIdCnty],
  ['event_date', '#date', (e) => e.event_date],
  ['event_type', '#event+type', (e) => e.event_type],
  ['sub_event_type', '#event+subtype', (e) => e.sub_event_type],
  ['actor1', '#actor+first', (e) => e.actor1],
  ['assoc_actor_1', '#actor+first+assoc', (e) => e.assoc_actor_1],
  ['actor2', '#actor+second', (e) => e.actor2],
  ['assoc_actor_2', '#actor+second+assoc', (e) => e.assoc_actor_2],
  ['country', '#country+name', (e) => e.country],
  ['admin1', '#adm1+name', (e) => e.admin1],
  ['admin2', '#adm2+name', (e) => e.admin2],
  ['admin3', '#adm3+name', (e) => e.admin3],
  ['location', '#loc+name', (e) => e.location],
  ['latitude', '#geo+lat', (e) => e.latitude],
  ['longitude', '#geo+lon', (e) => e.longitude],
  ['geo_precision', '#geo+precision', (e) => e.geo_precision],
  ['fatalities', '#affected+killed', (e) => e.fatalities],
  ['source', '#meta+source', (e) => e.source ?? null],
  ['notes', '#description', (e) => e.notes],
];

export const HXL_HEADER = COLUMNS.map(([h]) => h);
export const HXL_TAGS = COLUMNS.map(([, tag]) => tag);

export async function writeHxlCsv(events: AsyncIterable<ExportableEvent>, sink: Sink): Promise<number> {
  await sink(stringify([HXL_HEADER, HXL_TAGS]));
  let n = 0;
  for await (const e of events) {
    await sink(stringify([COLUMNS.map(([, , value]) => value(e))], { cast: safeCast }));
    n++;
  }
  return n;
}

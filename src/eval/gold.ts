import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { Lang } from '../pipeline/types.ts';
import { InputError } from '../pipeline/ingest/errors.ts';

/** A gold event: ACLED's column names; a null or missing field is not scored. */
export type GoldEvent = Partial<Record<string, string | number | null>>;

/** One labelled report: the format of `sahelwatch eval GOLD.jsonl`. */
export interface GoldDoc {
  id: string;
  lang: Lang;
  published?: string;
  text: string;
  events: GoldEvent[];
}


/** Reads GOLD.jsonl: {"id","lang","published","text","events":[...]} a line. */
export function readGoldJsonl(path: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  if (!existsSync(path)) throw new InputError('NOT_FOUND', path, 'no such file');
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let d: GoldDoc;
      try {
        d = JSON.parse(line) as GoldDoc;
      } catch {
        throw new InputError('BAD_RECORD', `${path}:${i + 1}`, 'not a JSON object');
      }
      if (typeof d.text !== 'string' || !Array.isArray(d.events)) {
        throw new InputError('BAD_RECORD', `${path}:${i + 1}`, 'needs "text" (a string) and "events" (an array)');
      }
      docs.push({ ...d, id: String(d.id ?? i + 1), lang: d.lang ?? 'en' });
    });
  return docs;
}

const ACLED_NEEDED = ['event_id_cnty', 'event_date', 'notes', 'event_type', 'sub_event_type', 'actor1', 'location'];

/**
 * Reads an ACLED export as gold: each row's `notes` is the report, its coded columns the answer.
 * ACLED's notes name the day without the year ("On May 27, ...") and its `timestamp` is the upload
 * time, often years later; so the publication date is taken as a week after the event, as a report
 * usually is. Days and weekdays are still read from the text; only the year comes from the anchor.
 */
export async function readGoldAcled(path: string): Promise<GoldDoc[]> {
  if (!existsSync(path)) throw new InputError('NOT_FOUND', path, 'no such file');
  const docs: GoldDoc[] = [];
  const parser = createReadStream(path).pipe(parse({ columns: true, bom: true, relax_column_count: true }));
  let checked = false;
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    if (!checked) {
      const missing = ACLED_NEEDED.filter((c) => !(c in row));
      if (missing.length) throw new InputError('BAD_HEADER', path, `not an ACLED export, missing column(s) ${missing.join(', ')}`);
      checked = true;
    }
    const eventDay = Date.parse(row.event_date ?? '');
    const published = Number.isFinite(eventDay) ? new Date(eventDay + 7 * 86_400_000).toISOString().slice(0, 10) : undefined;
    const event: GoldEvent = {};
    for (const [k, v] of Object.entries(row)) event[k] = v === '' ? null : v;
    for (const k of ['latitude', 'longitude', 'fatalities']) if (event[k] != null) event[k] = Number(event[k]);
    docs.push({ id: row.event_id_cnty!, lang: 'en', published, text: row.notes ?? '', events: [event] });
  }
  return docs;
}

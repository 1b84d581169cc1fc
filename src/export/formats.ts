/** The export formats by name, each writing events to a sink and saying how many it wrote. */
import { writeAcledCsv } from './acled-csv.ts';
import type { ExportableEvent, Sink } from './exportable.ts';
import { writeGeoJson } from './geojson.ts';
import { writeHxlCsv } from './hxl-csv.ts';

export interface ExportSummary {
  written: number;
  /** Events the format cannot hold (GeoJSON: no coordinates). */
  leftOut: number;
}

type Writer = (events: AsyncIterable<ExportableEvent>, sink: Sink) => Promise<ExportSummary>;

export const EXPORT_FORMATS = {
  'acled-csv': async (events, sink) => ({ written: await writeAcledCsv(events, sink), leftOut: 0 }),
  'hxl-csv': async (events, sink) => ({ written: await writeHxlCsv(events, sink), leftOut: 0 }),
  geojson: async (events, sink) => {
    const s = await writeGeoJson(events, sink);
    return { written: s.written, leftOut: s.withoutCoordinates };
  },
} satisfies Record<string, Writer>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

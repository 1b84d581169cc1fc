/**
 * Events → a GeoJSON FeatureCollection of Points (RFC 7946: [longitude, latitude]), written as a
 * stream so a large export never sits in memory. Events without coordinates are left out and counted.
 */
import { eventIdCnty, type ExportableEvent, type Sink } from './exportable.ts';

export interface GeoJsonSummary {
  written: number;
  withoutCoordinates: number;
}

export function toFeature(e: ExportableEvent & { latitude: number; longitude: number }): object {
  const { latitude, longitude, ...properties } = e;
  return {
    type: 'Feature',
    id: eventIdCnty(e),
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: { event_id_cnty: eventIdCnty(e), ...properties },
  };
}

export async function writeGeoJson(events: AsyncIterable<ExportableEvent>, sink: Sink): Promise<GeoJsonSummary> {
  const summary: GeoJsonSummary = { written: 0, withoutCoordinates: 0 };
  await sink('{"type":"FeatureCollection","features":[');
  for await (const e of events) {
    if (e.latitude === null || e.longitude === null) {
      summary.withoutCoordinates++;
      continue;
    }
    await sink(`${summary.written ? ',' : ''}\n${JSON.stringify(toFeature({ ...e, latitude: e.latitude, longitude: e.longitude }))}`);
    summary.written++;
  }
  await sink('\n]}\n');
  return summary;
}

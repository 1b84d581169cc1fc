import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../store/db.ts';
import { TEST_DRIVERS } from '../../store/test-drivers.ts';
import { createApp } from '../app.ts';
import { seedEvents, townsAbove } from '../test-fixtures.ts';

describe.each(TEST_DRIVERS)('GET /api/export on $name', (driver) => {
  let db: Db;
  let ids: Awaited<ReturnType<typeof seedEvents>>;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await driver.open();
    ids = await seedEvents(db);
    app = createApp({ db, towns: townsAbove, corridors: () => [] });
  });
  afterAll(() => driver.close(db));

  it('downloads exactly the filtered events in the map area as ACLED CSV', async () => {
    const res = await app.request('/api/export?format=acled&from=2025-07-01&bbox=-12,14,-9,16');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="sahelwatch-events.acled.csv"');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.event_id_cnty).sort()).toEqual([`SW${ids.ar}`, `SW${ids.fr}`].sort());
    expect(rows.find((r) => r.location === 'Kayes')).toMatchObject({ latitude: '14.4469', longitude: '-11.4456', event_type: 'Battles' });
  });

  it('writes HXL CSV with its hashtag row', async () => {
    const res = await app.request('/api/export?format=hxl&type=Protests');
    const [header, tags, ...rows] = parse(await res.text()) as string[][];
    expect(header![0]).toBe('event_id');
    expect(tags![0]).toBe('#event+code');
    expect(rows.map((r) => r[0]).sort()).toEqual([`SW${ids.en}`, `SW${ids.unplaced}`].sort());
  });

  it('writes GeoJSON points, leaving out the unplaced', async () => {
    const res = await app.request('/api/export?format=geojson&type=Protests');
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const body = JSON.parse(await res.text());
    expect(body.features).toHaveLength(1);
    expect(body.features[0]).toMatchObject({ id: `SW${ids.en}`, geometry: { type: 'Point', coordinates: [-8.0029, 12.6392] } });
  });

  it('refuses an unknown format before writing anything', async () => {
    const res = await app.request('/api/export?format=xlsx');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../store/db.ts';
import { TEST_DRIVERS } from '../../store/test-drivers.ts';
import { createApp } from '../app.ts';
import { seedEvents, townsAbove } from '../test-fixtures.ts';
import { cellDegrees } from './map.route.ts';

describe.each(TEST_DRIVERS)('map, facets and the source and text filters on $name', (driver) => {
  let db: Db;
  let ids: Awaited<ReturnType<typeof seedEvents>>;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await driver.open();
    ids = await seedEvents(db);
    app = createApp({ db, towns: townsAbove, corridors: () => [] });
  });
  afterAll(() => driver.close(db));
  const get = async (path: string) => {
    const res = await app.request(path);
    return { res, body: (await res.json()) as any };
  };

  it.each([
    ['source=Sahara%20Media', ['ar']],
    ['source=Wire', ['en', 'unplaced']],
    ['source=Nobody', []],
    ['q=PROTESTERS', ['en', 'unplaced']], // a coded name
    ['q=ressortissants', ['fr']], // the French report's words
    ['q=%D8%AA%D8%AD%D9%8A%D9%8A%D8%AF', ['ar']], // تحييد: only in the report's words
    ['q=kayes&source=Wire', ['en', 'unplaced']], // "the siege of Kayes" in the English report
  ] as const)('/api/events filters by %s', async (query, expected) => {
    const { res, body } = await get(`/api/events?${query}`);
    expect(res.status).toBe(200);
    expect(body.events.map((e: { id: number }) => e.id).sort()).toEqual(expected.map((k) => ids[k]).sort());
  });

  it('counts placed events per cell and type, with the event itself in a cell of one', async () => {
    const { res, body } = await get('/api/map?zoom=2');
    expect(res.status).toBe(200);
    expect(body.cell_degrees).toBe(cellDegrees(2));
    expect(body.total).toBe(4);
    // At zoom 2 (22.5° cells) Kayes, Nioro and Bamako share a cell; the unplaced event has none.
    expect(body.cells).toHaveLength(1);
    expect(body.cells[0]).toMatchObject({ count: 3, types: { Battles: 2, Protests: 1 }, event: null });
    expect(body.cells[0].lon).toBeCloseTo((-11.4456 - 9.5897 - 8.0029) / 3, 6);
  });

  it('splits them into cells of one when zoomed in, each naming its event', async () => {
    const { body } = await get('/api/map?zoom=9');
    expect(body.cells).toHaveLength(3);
    const kayes = body.cells.find((c: any) => c.event?.id === ids.ar);
    expect(kayes).toMatchObject({ count: 1, lon: -11.4456, lat: 14.4469, event: { event_type: 'Battles', event_date: '2025-07-01', location: 'Kayes' } });
  });

  it('applies every filter to the cells and all but the dates to the days', async () => {
    const { body } = await get('/api/map?zoom=9&from=2025-07-02&actor=protesters');
    expect(body.cells.map((c: any) => c.event.id)).toEqual([ids.en]);
    expect(body.days).toEqual([{ day: '2025-06-20', count: 1 }, { day: '2025-07-04', count: 1 }]);
    expect(body.total).toBe(1);
    const boxed = await get('/api/map?zoom=9&bbox=-12,14,-9,16');
    expect(boxed.body.cells.map((c: any) => c.event.id).sort()).toEqual([ids.ar, ids.fr].sort());
    expect(boxed.body.days).toEqual([{ day: '2025-07-01', count: 2 }]);
  });

  it('answers the first page of the list with the same filter when asked', async () => {
    const { body } = await get('/api/map?zoom=9&type=Battles&limit=1');
    expect(body.total).toBe(2);
    expect(body.events).toHaveLength(1);
    expect(body.events[0]).toMatchObject({ event_type: 'Battles', event_date: '2025-07-01' });
    expect((await get('/api/map?zoom=9')).body.events).toEqual([]);
  });

  it('refuses a bad zoom or range with a problem', async () => {
    expect((await get('/api/map?zoom=99')).res.status).toBe(400);
    const { res, body } = await get('/api/map?from=2025-07-05&to=2025-07-01');
    expect(res.status).toBe(400);
    expect(body.detail).toContain('after');
  });

  it('offers the filter values found in the store', async () => {
    const { res, body } = await get('/api/facets');
    expect(res.status).toBe(200);
    expect(body.countries).toEqual([{ country: 'Mali', admin1: ['Bamako', 'Kayes'] }]);
    expect(body.actors[0]).toBe('Military Forces of Mali (2021-)'); // named by two events
    expect(body.actors).toContain('Protesters (Mali)');
    expect(body.types).toContainEqual({ event_type: 'Battles', sub_event_types: ['Armed clash'] });
    expect(body.sources).toEqual(['Sahara Media', 'Studio Tamani', 'Wire']);
  });

  it('lists the new routes in the OpenAPI description', async () => {
    const { body } = await get('/api/openapi.json');
    for (const path of ['/api/map', '/api/facets', '/api/corridors', '/api/situations', '/api/situations/{id}', '/api/export']) expect(body.paths).toHaveProperty([path]);
    expect(body.paths['/api/events'].get.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['source', 'q']));
  });
});

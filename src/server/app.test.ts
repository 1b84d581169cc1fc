import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/connect.ts';
import type { Db } from '../store/db.ts';
import type { EventDetail, StoredEvent } from '../store/types.ts';
import { createApp } from './app.ts';
import { AR_EVENT, AR_TEXT, seedEvents, townsAbove } from './test-fixtures.ts';

let db: Db;
let ids: Awaited<ReturnType<typeof seedEvents>>;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await openStore({});
  ids = await seedEvents(db);
  app = createApp({ db, towns: townsAbove, webRoot: '/nonexistent/sahelwatch-web' });
});
afterAll(() => db?.close());

const get = async (path: string) => {
  const res = await app.request(path);
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text();
  return { res, body: body as any };
};

function expectProblem(res: Response, body: any, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Object.keys(body).sort()).toEqual(['detail', 'status', 'title', 'type']);
  expect(body.status).toBe(status);
  expect(body.type).toMatch(/^urn:sahelwatch:problem:/);
}

describe('GET /api/health', () => {
  it('names the store and counts its events', async () => {
    const { res, body } = await get('/api/health');
    expect(res.status).toBe(200);
    expect(body).toEqual({ status: 'ok', store: 'pglite', events: 4 });
  });
});

describe('GET /api/events', () => {
  it('lists every event newest first with the total', async () => {
    const { res, body } = await get('/api/events');
    expect(res.status).toBe(200);
    expect(body.total).toBe(4);
    expect(body.events.map((e: StoredEvent) => e.event_date)).toEqual(['2025-07-04', '2025-07-01', '2025-07-01', '2025-06-20']);
    const ar = body.events.find((e: StoredEvent) => e.id === ids.ar);
    expect(ar).toMatchObject({ actor1: AR_EVENT.actor1, location: 'Kayes', latitude: 14.4469, origin: 'extracted', report_count: 1 });
    expect(ar).not.toHaveProperty('evidence');
  });

  it.each([
    ['from=2025-07-01&to=2025-07-01', ['ar', 'fr']],
    ['type=Protests', ['en', 'unplaced']],
    ['type=Armed%20clash', ['ar', 'fr']],
    ['actor=jnim', ['ar']],
    ['country=Mali&admin1=Bamako', ['en']],
    ['bbox=-12,14,-11,15', ['ar']],
    ['bbox=-12,14,-9,16', ['ar', 'fr']],
    ['from=2025-07-02', ['en']],
  ] as const)('filters by %s', async (query, expected) => {
    const { res, body } = await get(`/api/events?${query}`);
    expect(res.status).toBe(200);
    expect(body.events.map((e: StoredEvent) => e.id).sort()).toEqual(expected.map((k) => ids[k]).sort());
    expect(body.total).toBe(expected.length);
  });

  it('pages with limit and offset, the total counting every match', async () => {
    const { body } = await get('/api/events?limit=1&offset=1');
    expect(body.total).toBe(4);
    expect(body.events).toHaveLength(1);
    expect(body.events[0].event_date).toBe('2025-07-01');
  });

  it('answers GeoJSON points for the events that have coordinates', async () => {
    const { res, body } = await get('/api/events?format=geojson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(3);
    const kayes = body.features.find((f: any) => f.id === ids.ar);
    expect(kayes.type).toBe('Feature');
    expect(kayes.geometry).toEqual({ type: 'Point', coordinates: [-11.4456, 14.4469] });
    expect(kayes.properties).toMatchObject({ id: ids.ar, event_type: 'Battles', location: 'Kayes' });
    expect(body.features.some((f: any) => f.id === ids.unplaced)).toBe(false);
  });

  it.each([
    ['from=2025-7-1', 'from'],
    ['to=2025-02-30', 'to'],
    ['from=2025-07-05&to=2025-07-01', 'after'],
    ['bbox=1,2,3', 'bbox'],
    ['bbox=10,0,-10,5', 'bbox'],
    ['bbox=a,b,c,d', 'bbox'],
    ['limit=5001', 'limit'],
    ['limit=0', 'limit'],
    ['offset=-1', 'offset'],
    ['format=csv', 'format'],
  ])('refuses %s with a 400 problem', async (query, mentioned) => {
    const { res, body } = await get(`/api/events?${query}`);
    expectProblem(res, body, 400);
    expect(body.detail).toContain(mentioned);
  });
});

describe('GET /api/events/:id', () => {
  it('gives the event with its report verbatim, evidence into it, and claims', async () => {
    const { res, body } = await get(`/api/events/${ids.ar}`);
    expect(res.status).toBe(200);
    const e = body as EventDetail;
    expect(e.reports).toHaveLength(1);
    expect(e.reports[0]).toMatchObject({ lang: 'ar', source_name: 'Sahara Media', text: AR_TEXT, published_at: '2025-07-02' });
    expect(e.evidence.map((x) => x.field)).toEqual(['actor1', 'event_date', 'location', 'actor2']);
    for (const x of e.evidence) expect(AR_TEXT.slice(x.start, x.end)).toBe(x.text);
    expect(e.claims).toEqual([
      expect.objectContaining({ kind: 'neutralised', value: 80, claimed_by: 'army', text: 'تحييد 80 إرهابيا', report_id: e.reports[0]!.id }),
    ]);
  });

  it('answers 404 as a problem for an id that does not exist', async () => {
    const { res, body } = await get('/api/events/999999');
    expectProblem(res, body, 404);
  });

  it.each(['abc', '0', '1.5'])('answers 400 for the id %s', async (id) => {
    const { res, body } = await get(`/api/events/${id}`);
    expectProblem(res, body, 400);
  });
});

describe('GET /api/towns', () => {
  it('gives the towns above the population threshold', async () => {
    const { body } = await get('/api/towns?min_population=1000000');
    expect(body.map((t: any) => t.name).sort()).toEqual(['Bamako', 'Dakar', 'Niamey', 'Nouakchott', 'Ouagadougou']);
  });
  it('refuses a negative threshold', async () => {
    const { res, body } = await get('/api/towns?min_population=-5');
    expectProblem(res, body, 400);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every route with its parameters', async () => {
    const { res, body } = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(body.info).toMatchObject({ title: 'sahelwatch', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      '/api/alerts', '/api/alerts/stream', '/api/alerts/{id}/status', '/api/changes', '/api/corridors', '/api/events', '/api/events/{id}', '/api/events/{id}/claims', '/api/events/{id}/history',
      '/api/events/{id}/review', '/api/export', '/api/facets', '/api/health', '/api/map', '/api/reports', '/api/situations', '/api/situations/{id}', '/api/towns',
    ]));
    expect(body.paths['/api/events/{id}/review'].post.requestBody.content['application/json'].schema).toBeDefined();
    const params = body.paths['/api/events'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(['from', 'to', 'country', 'admin1', 'actor', 'type', 'bbox', 'limit', 'offset', 'format']));
    expect(body.paths['/api/events/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path' });
    expect(body.components.schemas).toHaveProperty('Problem');
  });
});

describe('everything else', () => {
  it('answers an unknown API path with a 404 problem', async () => {
    const { res, body } = await get('/api/nope');
    expectProblem(res, body, 404);
  });

  it('says how to build the dashboard when web/dist is missing', async () => {
    const { res, body } = await get('/');
    expectProblem(res, body, 503);
    expect(body.detail).toContain('npm run build:web');
  });

  it('answers a page path with the dashboard, a missing asset with a 404, from a built dashboard', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sahelwatch-web-'));
    try {
      await writeFile(join(root, 'index.html'), '<!doctype html><title>sahelwatch</title>');
      const built = createApp({ db, towns: townsAbove, webRoot: root });
      for (const path of ['/', '/situations/3', '/x']) {
        const res = await built.request(path);
        expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 200, expect.stringMatching(/^text\/html/)]);
        expect(await res.text()).toContain('<title>sahelwatch</title>');
      }
      expect((await built.request('/assets/missing.js')).status).toBe(404);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('sends security headers with a strict CSP', async () => {
    const { res } = await get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('does not leak the cause of a server failure', async () => {
    const broken = createApp({ db, towns: () => { throw new Error('secret path /etc/x'); } });
    const res = await broken.request('/api/towns');
    const body = await res.json();
    expectProblem(res, body, 500);
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});

// Issue 6, item 5: report text from known XSS and CSV-injection payload lists is answered by the
// JSON API as exact JSON strings (never HTML), round-trips through the GeoJSON export, and every
// CSV export cell a spreadsheet would run as a formula is neutralised while the text stays recoverable.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { townsAbove } from '../../src/server/test-fixtures.ts';
import { openStore } from '../../src/store/connect.ts';
import type { Db } from '../../src/store/db.ts';
import type { EventDetail, StoredEvent } from '../../src/store/types.ts';
import { CSV_PAYLOADS, XSS_PAYLOADS } from '../fixtures/payloads/index.ts';
import { seedPayloads, type Seeded } from './seed-payloads.ts';

const PAYLOADS = [...XSS_PAYLOADS, ...CSV_PAYLOADS];
/**
 * What OWASP lists as starting a formula in Excel, LibreOffice or Google Sheets, also after
 * leading spaces, and the full-width forms some of them read as the same.
 */
const FORMULA_START = /^[ \u00a0\u2000-\u200b\u3000\ufeff]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

let db: Db;
let app: ReturnType<typeof createApp>;
let seeded: Seeded[];
let imported: Map<string, number>; // payload → imported event id

beforeAll(async () => {
  db = await openStore({});
  seeded = await seedPayloads(db, PAYLOADS, 'payload', true);
  app = createApp({ db, towns: townsAbove, webRoot: '/nonexistent/sahelwatch-web' });
  const { events } = (await (await app.request('/api/events?limit=5000')).json()) as { events: StoredEvent[] };
  imported = new Map(events.filter((e) => e.origin === 'imported').map((e) => [PAYLOADS[Number(e.external_id!.split('-')[1])]!, e.id]));
});
afterAll(() => db?.close());

it('has the payload lists it was written for, each payload stored as its own event', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
  expect(CSV_PAYLOADS.length).toBeGreaterThanOrEqual(20);
  expect(CSV_PAYLOADS).toContain("=cmd|' /C calc'!A0");
  expect(CSV_PAYLOADS).toContain('\t=1+1');
  expect(new Set(seeded.map((s) => s.eventId)).size).toBe(PAYLOADS.length);
  expect(imported.size).toBe(PAYLOADS.length);
});

describe('JSON API', () => {
  it('lists every payload as the exact JSON string stored, as application/json', async () => {
    const res = await app.request('/api/events?limit=5000');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const { events } = (await res.json()) as { events: StoredEvent[] };
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const { payload, eventId } of seeded) {
      expect(byId.get(eventId), payload).toMatchObject({ location: payload, admin2: payload, actor1: payload, actor2: `${payload} (Mali)` });
    }
    for (const [payload, id] of imported) expect(byId.get(id), payload).toMatchObject({ location: payload, actor1: payload, notes: payload });
  });

  it('answers each event with its report text, title, source and evidence exactly, as application/json', async () => {
    for (const { payload, text, eventId } of seeded) {
      const res = await app.request(`/api/events/${eventId}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const raw = await res.text();
      const e = JSON.parse(raw) as EventDetail;
      expect(e, payload).toMatchObject({ location: payload, actor1: payload });
      expect(e.reports.map((r) => [r.text, r.title]), payload).toEqual([[text, payload]]);
      expect(JSON.stringify(e.reports[0]), payload).toContain(JSON.stringify(payload).slice(1, -1)); // source name and text, JSON-escaped only
      expect(e.evidence.map((ev) => ev.text), payload).toEqual([payload]);
    }
    for (const [payload, id] of imported) {
      const res = await app.request(`/api/events/${id}`);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await res.json()) as EventDetail).notes, payload).toBe(payload);
    }
  });

  it('never answers a payload search as HTML', async () => {
    for (const payload of XSS_PAYLOADS.slice(0, 10)) {
      const res = await app.request(`/api/events?q=${encodeURIComponent(payload)}`);
      expect(res.headers.get('content-type'), payload).toMatch(/^application\/(problem\+)?json/);
    }
  });
});

describe.each(['acled', 'hxl'] as const)('CSV export, format=%s', (format) => {
  let header: string[];
  let rows: string[][];

  beforeAll(async () => {
    const res = await app.request(`/api/export?format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const table = parse(await res.text(), { relax_quotes: false }) as string[][];
    header = table[0]!;
    rows = table.slice(format === 'hxl' ? 2 : 1);
    expect(rows).toHaveLength(PAYLOADS.length * 2);
  });

  it('leaves no cell starting with a formula trigger', () => {
    const live = rows.flat().filter((cell) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell));
    expect(live).toEqual([]);
  });

  it('keeps every payload recoverable: the cell is the text, or a quote and the text when it would run or starts with a quote', () => {
    const col = (name: string) => header.indexOf(name);
    const idCol = col(format === 'acled' ? 'event_id_cnty' : 'event_id');
    const byId = new Map(rows.map((r) => [r[idCol]!, r]));
    const expected = (payload: string) => (FORMULA_START.test(payload) || payload.startsWith("'") ? `'${payload}` : payload);
    for (const { payload, eventId } of seeded) {
      const row = byId.get(`SW${eventId}`)!;
      for (const [name, value] of [['location', payload], ['admin2', payload], ['actor1', payload], ['actor2', `${payload} (Mali)`]] as const) {
        expect(row[col(name)], `${name}: ${JSON.stringify(payload)}`).toBe(expected(value));
      }
    }
    for (const [payload, id] of imported) {
      const row = byId.get(`SW${id}`)!;
      for (const name of ['location', 'actor1', 'notes']) expect(row[col(name)], `${name}: ${JSON.stringify(payload)}`).toBe(expected(payload));
    }
  });
});

describe('GeoJSON export', () => {
  it('round-trips every payload exactly', async () => {
    const res = await app.request('/api/export?format=geojson');
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const { features } = (await res.json()) as { features: Array<{ id: string; properties: Record<string, unknown> }> };
    const byId = new Map(features.map((f) => [f.id, f.properties]));
    expect(byId.size).toBe(PAYLOADS.length * 2);
    for (const { payload, eventId } of seeded) {
      expect(byId.get(`SW${eventId}`), payload).toMatchObject({ location: payload, admin2: payload, actor1: payload, actor2: `${payload} (Mali)` });
    }
    for (const [payload, id] of imported) expect(byId.get(`SW${id}`), payload).toMatchObject({ location: payload, actor1: payload, notes: payload });
  });
});

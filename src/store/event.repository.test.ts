import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { resolveReport } from '../dedup/resolver.ts';
import { countEvents, getEvent, listEvents, saveImportedEvents } from './event.repository.ts';
import { saveReport } from './report.repository.ts';
import { clearData, TEST_DRIVERS } from './test-drivers.ts';
import { ARABIC_REPORT, makeEvent } from './test-fixtures.ts';

const SOURCE = { name: 'Sahara Medias', type: 'independent media' };
const ACLED = { name: 'ACLED', type: 'dataset' };

describe.each(TEST_DRIVERS)('events on $name', (driver) => {
  let db: Db;
  let reportId: number;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));
  beforeEach(async () => {
    await clearData(db);
    reportId = (await saveReport(db, { source: SOURCE, text: ARABIC_REPORT, lang: 'ar', published: '2025-07-02' })).id;
  });

  it('round-trips an extracted event with its report, evidence and claims', async () => {
    const event = makeEvent();
    const [id] = await resolveReport(db, reportId, [event]);
    const detail = await getEvent(db, id!);
    const { evidence, claims, ...columns } = event;
    expect(detail).toMatchObject({ ...columns, id, status: 'unverified', origin: 'extracted', external_id: null, report_count: 1 });
    const mention = detail!.evidence[0]!.mention_id;
    expect(detail!.evidence).toEqual(evidence.map((e) => ({ ...e, report_id: reportId, mention_id: mention })));
    expect(detail!.claims).toEqual(claims.map((c) => ({ ...c, report_id: reportId, mention_id: mention, source_name: SOURCE.name, source_type: SOURCE.type })));
    expect(detail!.reports).toEqual([
      { id: reportId, url: null, title: null, lang: 'ar', published_at: '2025-07-02', source_name: SOURCE.name, source_type: SOURCE.type, source_reliability: null, text: ARABIC_REPORT },
    ]);
    expect(detail!.field_sources.fatalities).toEqual({ rule: expect.stringContaining('lowest'), mentions: [mention], reports: [reportId] });
    for (const e of detail!.evidence) expect(ARABIC_REPORT.slice(e.start, e.end)).toBe(e.text);
  });

  it('replaces a report’s extracted events when they are saved again', async () => {
    await resolveReport(db, reportId, [makeEvent(), makeEvent({ location: 'Kayes' })]);
    const ids = await resolveReport(db, reportId, [makeEvent({ fatalities: 5 })], ['date guessed']);
    expect(await countEvents(db)).toBe(1);
    expect((await listEvents(db)).map((e) => e.id)).toEqual(ids);
    const evidence = await db.query<{ n: number }>('select count(*) as n from evidence');
    expect(evidence.rows[0]!.n).toBe(2);
    const report = await db.query('select extraction_status, extraction_warnings from reports where id = $1', [reportId]);
    expect(report.rows[0]).toEqual({ extraction_status: 'extracted', extraction_warnings: ['date guessed'] });
  });

  it('rolls back the whole report when one event is refused', async () => {
    await resolveReport(db, reportId, [makeEvent()]);
    await expect(resolveReport(db, reportId, [makeEvent(), makeEvent({ geo_precision: 9 as 1 })])).rejects.toThrow();
    expect(await countEvents(db)).toBe(1);
  });

  it('imports dataset rows once, by external id', async () => {
    const rows = [
      { ...makeEvent({ evidence: [], claims: [] }), external_id: 'MLI1', notes: 'On 1 July 2025, ...' },
      { ...makeEvent({ evidence: [], claims: [], event_date: '2025-06-30' }), external_id: 'MLI2' },
    ];
    expect(await saveImportedEvents(db, ACLED, rows)).toEqual({ inserted: 2, skipped: 0 });
    const third = { ...makeEvent({ evidence: [], claims: [] }), external_id: 'MLI3' };
    expect(await saveImportedEvents(db, ACLED, [...rows, third, third])).toEqual({ inserted: 1, skipped: 3 });
    const listed = await listEvents(db);
    expect(listed).toHaveLength(3);
    expect(listed.find((e) => e.external_id === 'MLI1')).toMatchObject({ origin: 'imported', notes: 'On 1 July 2025, ...', report_count: 0 });
  });

  describe('listEvents filters', () => {
    beforeEach(async () => {
      await saveImportedEvents(db, ACLED, [
        { ...makeEvent({ event_date: '2025-01-10' }), external_id: 'A' },
        { ...makeEvent({ event_date: '2025-03-05', country: 'Burkina Faso', admin1: 'Sahel', latitude: 14.1, longitude: -0.6, actor1: 'JNIM: Group for Support of Islam and Muslims' }), external_id: 'B' },
        { ...makeEvent({ event_date: '2025-03-05', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Mali)', inter2: 7 }), external_id: 'C' },
        { ...makeEvent({ event_date: '2025-06-20', admin1: 'Mopti', latitude: 14.5, longitude: -4.2, actor2: null, inter2: null }), external_id: 'D' },
      ]);
    });
    const ext = async (f: Parameters<typeof listEvents>[1]) => (await listEvents(db, f)).map((e) => e.external_id);

    it('orders by date, newest first, then by id', async () => {
      expect(await ext({})).toEqual(['D', 'B', 'C', 'A']);
    });
    it('by date range, inclusive', async () => {
      expect(await ext({ from: '2025-03-05', to: '2025-06-19' })).toEqual(['B', 'C']);
      expect(await countEvents(db, { from: '2025-03-05' })).toBe(3);
    });
    it('by country and admin1', async () => {
      expect(await ext({ country: 'Burkina Faso' })).toEqual(['B']);
      expect(await ext({ country: 'Mali', admin1: 'Mopti' })).toEqual(['D']);
    });
    it('by actor, a case-insensitive substring of actor1 or actor2', async () => {
      expect(await ext({ actor: 'jnim' })).toEqual(['B']);
      expect(await ext({ actor: 'CIVILIANS' })).toEqual(['C']);
      expect(await ext({ actor: '%' })).toEqual([]);
    });
    it('by event type or sub-event type', async () => {
      expect(await ext({ type: 'Violence against civilians' })).toEqual(['C']);
      expect(await ext({ type: 'Armed clash' })).toEqual(['D', 'B', 'A']);
    });
    it('by bounding box [w, s, e, n]', async () => {
      expect(await ext({ bbox: [-5, 14, 0, 15] })).toEqual(['D', 'B']);
    });
    it('pages with limit and offset, and counts without them', async () => {
      expect(await ext({ limit: 2, offset: 1 })).toEqual(['B', 'C']);
      expect(await countEvents(db, { limit: 1 })).toBe(4);
    });
    it('lists the same page when told how many match (the few found first, then sorted)', async () => {
      for (const f of [{}, { type: 'Armed clash' }, { actor: 'jnim' }, { limit: 2, offset: 1 }, { from: '2025-03-05', limit: 1 }]) {
        const n = await countEvents(db, f);
        expect((await listEvents(db, f, undefined, { matching: n })).map((e) => e.external_id)).toEqual(await ext(f));
      }
      expect(await listEvents(db, {}, undefined, { matching: 0 })).toEqual([]);
    });
    it('stops counting past a bound, answering bound + 1', async () => {
      expect(await countEvents(db, {}, undefined, 2)).toBe(3);
      expect(await countEvents(db, {}, undefined, 10)).toBe(4);
    });
    it('refuses malformed filters with a typed error', async () => {
      await expect(listEvents(db, { from: '5 March' })).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
      await expect(listEvents(db, { limit: -1 })).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
    });
  });
});

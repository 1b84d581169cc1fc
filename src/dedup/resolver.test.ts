import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../pipeline/types.ts';
import type { Db } from '../store/db.ts';
import { getEvent, listEvents } from '../store/event.repository.ts';
import { eventHistory, listChanges } from '../store/event-state.repository.ts';
import { saveReport } from '../store/report.repository.ts';
import { clearData, TEST_DRIVERS } from '../store/test-drivers.ts';
import { makeEvent } from '../store/test-fixtures.ts';
import { resolveReport, resolveReports } from './resolver.ts';

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const FAMA = 'Military Forces of Mali (2021-)';
const NIORO = { location: 'Nioro du Sahel', latitude: 15.2305, longitude: -9.5897, admin1: 'Kayes', admin2: 'Nioro' };
const KAYES = { location: 'Kayes', latitude: 14.4469, longitude: -11.4456, admin1: 'Kayes', admin2: 'Kayes' };
const ev = (o: Partial<CodedEvent>) => makeEvent({ actor1: JNIM, inter1: 2, actor2: FAMA, evidence: [], claims: [], ...o });

/** A report as one source published it, with the events coded from it. */
interface Published {
  text: string;
  source: { name: string; type: string };
  lang: string;
  published: string;
  events: CodedEvent[];
}

const NIORO_ATTACK: Published[] = [
  { text: 'هاجمت جماعة نصرة الإسلام والمسلمين نيورو يوم الثلاثاء.', source: { name: 'Sahara Medias', type: 'independent media' }, lang: 'ar', published: '2025-07-02',
    events: [ev({ ...NIORO, fatalities: 0 })] },
  { text: 'Les FAMa ont repoussé une attaque terroriste à Nioro du Sahel mardi; 4 soldats tués.', source: { name: 'ORTM', type: 'state media' }, lang: 'fr', published: '2025-07-01',
    events: [ev({ ...NIORO, actor1: 'Unidentified Armed Group (Mali)', inter1: 3, fatalities: 4 })] },
  { text: 'JNIM militants attacked Nioro on Tuesday night, killing 12 soldiers, residents said.', source: { name: 'AFP', type: 'international wire' }, lang: 'en', published: '2025-07-03',
    events: [ev({ ...NIORO, event_date: '2025-07-02', fatalities: 12 })] },
];

describe.each(TEST_DRIVERS)('resolution on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));
  beforeEach(() => clearData(db));

  async function ingest(r: Published): Promise<number[]> {
    const { id } = await saveReport(db, { source: r.source, text: r.text, lang: r.lang, published: r.published });
    return resolveReport(db, id, r.events);
  }

  it('makes one event of one attack reported by three sources in three languages', async () => {
    const ids = (await Promise.all(NIORO_ATTACK.map(async (r) => ingest(r)))).flat();
    // Sequential in effect: resolutions take turns on a lock.
    expect(new Set(ids).size).toBe(1);
    const events = await listEvents(db);
    expect(events).toHaveLength(1);
    const detail = (await getEvent(db, events[0]!.id))!;
    expect(detail.report_count).toBe(3);
    expect(detail.reports.map((r) => r.lang).sort()).toEqual(['ar', 'en', 'fr']);
    // A named actor beats "terrorists"; the lowest toll stands; the day most reports give.
    expect(detail).toMatchObject({ actor1: JNIM, fatalities: 4, event_date: '2025-07-01', location: 'Nioro du Sahel' });
    expect(detail.field_sources.fatalities!.reports).toHaveLength(1);
    expect(detail.confidence).toBeGreaterThan(0.9);
  });

  it('keeps two attacks on one town in one week apart', async () => {
    await ingest(NIORO_ATTACK[0]!);
    await ingest({ ...NIORO_ATTACK[2]!, text: 'A second attack hit Nioro on Saturday.', published: '2025-07-06', events: [ev({ ...NIORO, event_date: '2025-07-05' })] });
    expect(await listEvents(db)).toHaveLength(2);
  });

  it('keeps one event per town when one group strikes several towns on one day', async () => {
    await ingest({ ...NIORO_ATTACK[2]!, text: 'JNIM hit Kayes and Nioro on Tuesday.', events: [ev({ ...KAYES }), ev({ ...NIORO })] });
    await ingest(NIORO_ATTACK[0]!);
    const events = await listEvents(db);
    expect(events.map((e) => [e.location, e.report_count]).sort()).toEqual([['Kayes', 1], ['Nioro du Sahel', 2]]);
  });

  it('records every change, in order, in the history and the change feed', async () => {
    const [id] = await ingest(NIORO_ATTACK[0]!);
    await ingest(NIORO_ATTACK[1]!);
    const history = await eventHistory(db, id!);
    expect(history.map((h) => [h.version, h.action, h.actor])).toEqual([[1, 'create', 'resolver'], [2, 'update', 'resolver']]);
    expect(history[1]!.before!.reports).toHaveLength(1);
    expect(history[1]!.after.reports).toHaveLength(2);
    const feed = await listChanges(db, 0, 100);
    expect(feed.map((c) => c.version)).toEqual([1, 2]);
    expect(await listChanges(db, feed[0]!.id, 100)).toHaveLength(1);
  });

  it('keeps the event id when a report is extracted again', async () => {
    const { id: reportId } = await saveReport(db, { ...NIORO_ATTACK[0]!, text: NIORO_ATTACK[0]!.text });
    const [first] = await resolveReport(db, reportId, NIORO_ATTACK[0]!.events);
    const [second] = await resolveReport(db, reportId, [ev({ ...NIORO, fatalities: 3 })]);
    expect(second).toBe(first);
    expect((await getEvent(db, first!))!.fatalities).toBe(3);
    await resolveReport(db, reportId, []);
    expect(await listEvents(db)).toHaveLength(0);
    expect((await eventHistory(db, first!)).at(-1)!.action).toBe('retire');
  });

  it('refuses a batch naming a report that is not stored, and writes nothing', async () => {
    const { id } = await saveReport(db, { ...NIORO_ATTACK[0]!, text: NIORO_ATTACK[0]!.text });
    const batch = [{ reportId: id, events: NIORO_ATTACK[0]!.events }, { reportId: id + 1000, events: NIORO_ATTACK[1]!.events }];
    await expect(resolveReports(db, batch)).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT', message: `no report with id ${id + 1000}` });
    expect(await listEvents(db)).toHaveLength(0);
  });

  it('never chains two attacks together through a report dated between them', async () => {
    // Days 1 and 4 are too far apart to be one event; a report of day 2 could be either, and joins
    // one: a group forms only when every pair in it could be one event.
    await ingest({ ...NIORO_ATTACK[0]!, events: [ev({ ...NIORO, event_date: '2025-07-01' })] });
    await ingest({ ...NIORO_ATTACK[2]!, events: [ev({ ...NIORO, event_date: '2025-07-04' })] });
    await ingest({ ...NIORO_ATTACK[1]!, events: [ev({ ...NIORO, event_date: '2025-07-02' })] });
    expect((await listEvents(db)).map((e) => e.report_count).sort()).toEqual([1, 2]);
  });
});

describe('resolution does not depend on the order reports arrive in', () => {
  const driver = TEST_DRIVERS[0]!;
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));

  const reports: Published[] = [
    ...NIORO_ATTACK,
    { ...NIORO_ATTACK[2]!, text: 'JNIM hit Kayes and Nioro.', events: [ev({ ...KAYES }), ev({ ...NIORO, event_date: '2025-07-02' })] },
    { ...NIORO_ATTACK[0]!, text: 'هجوم ثان على نيورو.', events: [ev({ ...NIORO, event_date: '2025-07-03' })] },
    { ...NIORO_ATTACK[1]!, text: 'Attaque à Kayes mercredi.', events: [ev({ ...KAYES, event_date: '2025-07-02', sub_event_type: 'Attack', event_type: 'Violence against civilians', actor2: 'Civilians (Mali)' })] },
    { ...NIORO_ATTACK[1]!, text: 'Manifestation à Kayes.', events: [ev({ ...KAYES, event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Mali)', inter1: 6, actor2: null })] },
  ];

  it('gives the same grouping for any order', async () => {
    const grouping = async (order: number[]) => {
      await clearData(db);
      for (const k of order) {
        const r = reports[k]!;
        const { id } = await saveReport(db, { source: r.source, text: r.text, lang: r.lang, published: r.published });
        await resolveReport(db, id, r.events);
      }
      const { rows } = await db.query<{ g: string }>(
        `select string_agg(r.content_hash || ':' || m.ordinal, ',' order by r.content_hash, m.ordinal) as g
         from event_mentions m join reports r on r.id = m.report_id group by m.event_id order by g`,
      );
      return rows.map((r) => r.g);
    };
    const expected = await grouping(reports.map((_, k) => k));
    expect(expected.length).toBeGreaterThan(2);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(reports.map((_, k) => k), { minLength: reports.length }), async (order) => {
        expect(await grouping(order)).toEqual(expected);
      }),
      { numRuns: 12 },
    );
  });
});

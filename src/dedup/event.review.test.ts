import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../pipeline/types.ts';
import type { Db } from '../store/db.ts';
import { getEvent, listEvents } from '../store/event.repository.ts';
import { ACLED_FIELDS, eventHistory } from '../store/event-state.repository.ts';
import { saveReport } from '../store/report.repository.ts';
import { clearData, TEST_DRIVERS } from '../store/test-drivers.ts';
import { makeEvent } from '../store/test-fixtures.ts';
import { reviewEvent } from './event.review.ts';
import { resolveReport } from './resolver.ts';

const ANALYST = { by: 'analyst@cellule.ml' };
const ev = (o: Partial<CodedEvent>) => makeEvent({ evidence: [], claims: [], ...o });

describe.each(TEST_DRIVERS)('review on $name', (driver) => {
  let db: Db;
  let n = 0;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));
  beforeEach(() => clearData(db));

  async function ingest(events: CodedEvent[], source = 'Studio Tamani'): Promise<number[]> {
    const { id } = await saveReport(db, { source: { name: source, type: 'independent media' }, text: `report ${++n}`, lang: 'fr', published: '2025-07-02' });
    return resolveReport(db, id, events);
  }
  /** What an analyst sees of an event: its coded columns, status, state and reports. */
  const coded = async (id: number) => {
    const e = (await getEvent(db, id))!;
    const fields = ACLED_FIELDS.map((f) => [f, e[f]]);
    return { fields, status: e.status, merged_into: e.merged_into, retired_at: e.retired_at, confidence: e.confidence, reports: e.reports.map((r) => r.id) };
  };

  it('confirms and rejects, with who and why in the history', async () => {
    const [id] = await ingest([ev({})]);
    await reviewEvent(db, id!, { action: 'confirm' }, { ...ANALYST, reason: 'two sources' });
    expect((await getEvent(db, id!))!.status).toBe('verified');
    await reviewEvent(db, id!, { action: 'reject' }, ANALYST);
    expect((await listEvents(db, { status: 'rejected' })).map((e) => e.id)).toEqual([id]);
    const history = await eventHistory(db, id!);
    expect(history.map((h) => [h.action, h.actor, h.reason])).toEqual([
      ['create', 'resolver', '1 mention(s)'], ['confirm', ANALYST.by, 'two sources'], ['reject', ANALYST.by, null],
    ]);
    expect(history[1]!.before!.status).toBe('unverified');
    expect(history[1]!.after.status).toBe('verified');
  });

  it('keeps an analyst’s edit when later reports recompute the event', async () => {
    const [id] = await ingest([ev({ fatalities: 4 })]);
    await reviewEvent(db, id!, { action: 'edit', fields: { fatalities: 7, location: 'Nioro du Sahel' } }, ANALYST);
    const [same] = await ingest([ev({ fatalities: 2 })], 'AFP');
    expect(same).toBe(id);
    const e = (await getEvent(db, id!))!;
    expect(e).toMatchObject({ fatalities: 7, location: 'Nioro du Sahel', report_count: 2 });
    expect(e.field_sources.fatalities!.rule).toBe('set by an analyst');
  });

  it('restores the original events exactly when a merge is split again', async () => {
    const [a] = await ingest([ev({ event_date: '2025-07-01' })]);
    const [b] = await ingest([ev({ event_date: '2025-07-05', fatalities: 9, sub_event_type: 'Attack', event_type: 'Violence against civilians', actor2: 'Civilians (Mali)', inter2: 7 })], 'AFP');
    await reviewEvent(db, b!, { action: 'confirm' }, ANALYST);
    const before = [await coded(a!), await coded(b!)];
    await reviewEvent(db, a!, { action: 'merge', others: [b!] }, ANALYST);
    expect((await listEvents(db)).map((e) => e.id)).toEqual([a]);
    expect((await getEvent(db, b!))!.merged_into).toBe(a);
    const { rows } = await db.query<{ id: number }>('select m.id from event_mentions m join reports r on r.id = m.report_id where r.raw_text = $1', [`report ${n}`]);
    const [kept, restored] = await reviewEvent(db, a!, { action: 'split', mentions: rows.map((r) => r.id) }, ANALYST);
    expect([kept, restored]).toEqual([a, b]);
    expect([await coded(a!), await coded(b!)]).toEqual(before);
    expect((await eventHistory(db, b!)).map((h) => h.action)).toEqual(['create', 'confirm', 'merge', 'split']);
  });

  it('never lets resolution undo a split', async () => {
    const [a] = await ingest([ev({})]);
    await ingest([ev({ fatalities: 2 })], 'AFP');
    const { rows } = await db.query<{ id: number }>('select id from event_mentions order by id desc limit 1');
    await reviewEvent(db, a!, { action: 'split', mentions: [rows[0]!.id] }, ANALYST);
    await ingest([ev({ fatalities: 3 })], 'Reuters');
    expect(await listEvents(db)).toHaveLength(2);
  });

  it('refuses what cannot be done, with a typed error', async () => {
    const [a] = await ingest([ev({})]);
    const [b] = await ingest([ev({ event_date: '2025-08-01' })], 'AFP');
    await expect(reviewEvent(db, 999, { action: 'confirm' }, ANALYST)).rejects.toMatchObject({ code: 'STORE_NOT_FOUND' });
    await expect(reviewEvent(db, a!, { action: 'edit', fields: { notes: 'x' } as never }, ANALYST)).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
    await expect(reviewEvent(db, a!, { action: 'edit', fields: { event_date: '1 July' } }, ANALYST)).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
    await expect(reviewEvent(db, a!, { action: 'split', mentions: [12345] }, ANALYST)).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
    await reviewEvent(db, a!, { action: 'merge', others: [b!] }, ANALYST);
    await expect(reviewEvent(db, b!, { action: 'confirm' }, ANALYST)).rejects.toMatchObject({ code: 'STORE_CONFLICT' });
  });
});

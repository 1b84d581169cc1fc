import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, canonicalJson, verifyAudit } from './audit.repository.ts';
import type { Db } from './db.ts';
import { clearData, TEST_DRIVERS } from './test-drivers.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe.each(TEST_DRIVERS)('audit log on $name', (driver) => {
  let db: Db;
  let ids: number[];
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));
  beforeEach(async () => {
    await clearData(db);
    ids = [];
    for (const [i, action] of ['event.verify', 'event.edit', 'event.reject', 'user.invite'].entries()) {
      ids.push((await appendAudit(db, { actor: 'analyst@example.org', action, subject: `event:${i}`, detail: { z: i, a: 'نيورو', n: { y: 1.5, x: null } } })).id);
    }
  });

  it('verifies an untouched chain', async () => {
    expect(await verifyAudit(db)).toEqual({ ok: true, checked: 4 });
    expect(await verifyAudit(db, 3)).toEqual({ ok: true, checked: 4 });
  });

  it('finds an edited row', async () => {
    await db.query(`update audit_log set detail = '{"z": 99}' where id = $1`, [ids[2]]);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, brokenAt: ids[2], reason: 'edited' });
  });

  it('finds a deleted row at the row after it', async () => {
    await db.query('delete from audit_log where id = $1', [ids[1]]);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, brokenAt: ids[2] });
  });

  it('finds the newest rows deleted, through the head kept apart', async () => {
    await db.query('delete from audit_log where id >= $1', [ids[2]]);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, brokenAt: ids[3], reason: 'truncated' });
  });

  it('finds the whole log emptied', async () => {
    await db.query('delete from audit_log');
    expect(await verifyAudit(db)).toMatchObject({ ok: false, reason: 'truncated' });
  });

  it('chains concurrent appends', async () => {
    await Promise.all([1, 2, 3, 4, 5].map((i) => appendAudit(db, { actor: 'system', action: 'import', subject: `batch:${i}`, detail: {} })));
    expect(await verifyAudit(db)).toEqual({ ok: true, checked: 9 });
  });
});

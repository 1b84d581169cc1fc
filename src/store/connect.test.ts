import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './connect.ts';
import type { Db } from './db.ts';
import { StoreError } from './errors.ts';
import { listMigrations, migrate } from './migrate.ts';
import { sessionOptions } from './postgres.driver.ts';
import { TEST_DRIVERS } from './test-drivers.ts';

describe.each(TEST_DRIVERS)('store on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));

  it('has applied every migration once, and applies nothing the second time', async () => {
    const files = (await listMigrations()).map((m) => m.name);
    const { rows } = await db.query<{ name: string }>('select name from schema_migrations order by name');
    expect(rows.map((r) => r.name)).toEqual(files);
    expect(await migrate(db)).toEqual([]);
    expect(await migrate(db)).toEqual([]);
  });

  it('returns dates as YYYY-MM-DD and bigint/numeric as numbers', async () => {
    const { rows } = await db.query(`select '2025-07-01'::date as d, 42::bigint as b, 1.5::numeric as n, count(*) as c from (values (1)) v`);
    expect(rows[0]).toEqual({ d: '2025-07-01', b: 42, n: 1.5, c: 1 });
  });

  it('hashes a large summary in memory: work_mem 32MB on every connection, in a transaction or not', async () => {
    expect((await db.query<{ work_mem: string }>('show work_mem')).rows[0]!.work_mem).toBe('32MB');
    expect(await db.transaction(async (tx) => (await tx.query<{ work_mem: string }>('show work_mem')).rows[0]!.work_mem)).toBe('32MB');
  });

  it('rolls a failed transaction back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`insert into organisations (name) values ('rolled back')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await db.query(`select 1 from organisations where name = 'rolled back'`);
    expect(rows).toEqual([]);
  });
});

describe('openStore errors', () => {
  it('reports a server that does not answer as STORE_UNAVAILABLE, without the password', async () => {
    const err = await openStore({ databaseUrl: 'postgres://me:s3cret@127.0.0.1:1/nowhere' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('STORE_UNAVAILABLE');
    expect((err as StoreError).message).toContain('127.0.0.1:1');
    expect((err as StoreError).message).not.toContain('s3cret');
  });

  it('refuses a schema name it cannot quote safely', async () => {
    await expect(openStore({ schema: 'x; drop table events' })).rejects.toMatchObject({ code: 'STORE_CONFIG' });
  });
});

describe.runIf(process.env.DATABASE_URL)('migrations on the server', () => {
  it('are safe when two processes start at once', async () => {
    const url = process.env.DATABASE_URL!;
    const schema = `test_race_${process.pid}`;
    const [a, b] = await Promise.all([openStore({ databaseUrl: url, schema }), openStore({ databaseUrl: url, schema })]);
    try {
      const { rows } = await a.query<{ n: number }>('select count(*) as n from schema_migrations');
      expect(rows[0]!.n).toBe((await listMigrations()).length);
    } finally {
      await a.exec(`drop schema ${schema} cascade`);
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('sessionOptions', () => {
  it("keeps a URL's own options before ours, and takes them out of the URL (which would replace ours)", () => {
    expect(sessionOptions('postgres://u:p%40ss@h:5432/db?options=-c%20search_path%3Dx&sslmode=disable', ['-c work_mem=32MB'])).toEqual({
      connectionString: 'postgres://u:p%40ss@h:5432/db?sslmode=disable',
      options: '-c search_path=x -c work_mem=32MB',
    });
  });
  it('leaves a URL without options, or one that is not a WHATWG URL, as it is', () => {
    expect(sessionOptions('postgres://h/db', ['-c a=1', '-c b=2'])).toEqual({ connectionString: 'postgres://h/db', options: '-c a=1 -c b=2' });
    expect(sessionOptions('/var/run/postgresql db', ['-c a=1'])).toEqual({ connectionString: '/var/run/postgresql db', options: '-c a=1' });
  });
});

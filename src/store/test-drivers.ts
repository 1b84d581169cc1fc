/**
 * The drivers every store test suite runs on: PGlite always, the PostgreSQL server when
 * DATABASE_URL is set. On the server each store gets a fresh schema, dropped on close, so test
 * files running in parallel (and other people's tests) never see each other's rows.
 *
 * @example
 * describe.each(TEST_DRIVERS)('reports on $name', (driver) => {
 *   let db: Db;
 *   beforeAll(async () => { db = await driver.open(); });
 *   afterAll(() => driver.close(db));
 * });
 */
import { randomBytes } from 'node:crypto';
import { openStore } from './connect.ts';
import type { Db } from './db.ts';

export interface TestDriver {
  name: 'pglite' | 'postgres';
  open(): Promise<Db>;
  close(db: Db): Promise<void>;
}

const schemas = new WeakMap<Db, string>();

const pglite: TestDriver = {
  name: 'pglite',
  open: () => openStore({}),
  close: (db) => db.close(),
};

function postgres(url: string): TestDriver {
  return {
    name: 'postgres',
    async open() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const db = await openStore({ databaseUrl: url, schema });
      schemas.set(db, schema);
      return db;
    },
    async close(db) {
      const schema = schemas.get(db);
      if (schema) await db.exec(`drop schema if exists ${schema} cascade`);
      await db.close();
    },
  };
}

export const TEST_DRIVERS: TestDriver[] = process.env.DATABASE_URL ? [pglite, postgres(process.env.DATABASE_URL)] : [pglite];

/** Empties every table but schema_migrations: a clean start for a test that counts rows. */
export async function clearData(db: Db): Promise<void> {
  await db.exec(`truncate sources, reports, events, event_mentions, event_history, evidence, claims, actors, places,
                 alerts, alert_changes, subscriptions, deliveries, organisations, users, audit_log, audit_head,
                 sessions, api_tokens, partnerships, partnership_members restart identity cascade;
                 update delivery_cursor set through = 0;
                 insert into organisations (name) values ('local')`);
}

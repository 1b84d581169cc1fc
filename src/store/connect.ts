import type { Db } from './db.ts';
import { StoreError } from './errors.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.driver.ts';
import { openPostgres } from './postgres.driver.ts';

export interface StoreOptions {
  /** postgres://... to use a server; null or absent for the embedded store. */
  databaseUrl?: string | null;
  /** Where the embedded store keeps its files; in memory when absent. Ignored with databaseUrl. */
  dataDir?: string;
  /** A schema to work in (created when missing): lets tests and tenants share one server. */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the store and brings its schema up to date.
 *
 * @example
 * const db = await openStore({ databaseUrl: config.databaseUrl, dataDir: join(config.home, 'db') });
 */
export async function openStore(opts: StoreOptions = {}): Promise<Db> {
  const { schema } = opts;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreError('STORE_CONFIG', `schema must match ${SCHEMA_NAME} (lower-case letters, digits, _), got "${schema}"`);
  }
  const db = opts.databaseUrl ? await openPostgres(opts.databaseUrl, schema) : await openPglite(opts.dataDir);
  try {
    if (schema) await useSchema(db, schema);
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return db;
}

async function useSchema(db: Db, schema: string): Promise<void> {
  // The name was checked against SCHEMA_NAME above, so it is safe to put in the statement.
  await db.exec(`create schema if not exists ${schema}`).catch((err: { code?: string }) => {
    // Two processes creating it at once: the loser sees a duplicate, which is what it wanted.
    if (err.code !== '23505' && err.code !== '42P06') throw err;
  });
  // PGlite is one session, so setting it once holds; the pg pool sets it per connection at startup.
  if (db.driver === 'pglite') await db.exec(`set search_path to ${schema}`);
}

import { readdir, readFile } from 'node:fs/promises';
import type { Db } from './db.ts';
import { StoreError } from './errors.ts';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const NAME = /^\d{8}_\d{4}_[a-z0-9_]+\.sql$/;

// Held for the length of each migration's transaction: two processes starting at once on one
// server take turns, and the second finds the work done. Keyed by schema so test schemas don't wait.
const LOCK = `select pg_advisory_xact_lock(hashtext('sahelwatch.migrate:' || current_schema()))`;

const ENSURE_TABLE = `
  create table if not exists schema_migrations (
    name text primary key,
    applied_at timestamptz not null default now()
  )`;

/** The migration files, in the order they apply (their names sort by date). */
export async function listMigrations(dir: URL = MIGRATIONS_DIR): Promise<{ name: string; sql: string }[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.sql')).sort();
  const bad = names.find((n) => !NAME.test(n));
  if (bad) throw new StoreError('STORE_MIGRATION', `migration file "${bad}" is not named like 20261126_0001_initial.sql`);
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(new URL(name, dir), 'utf8') })));
}

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own transaction.
 * Idempotent: running it again applies nothing. Returns the names it applied.
 */
export async function migrate(db: Db, dir?: URL): Promise<string[]> {
  const applied: string[] = [];
  for (const m of await listMigrations(dir)) {
    const done = await db.transaction(async (tx) => {
      await tx.query(LOCK);
      await tx.query(ENSURE_TABLE);
      const seen = await tx.query('select 1 from schema_migrations where name = $1', [m.name]);
      if (seen.rows.length > 0) return false;
      try {
        await tx.exec(m.sql);
      } catch (cause) {
        throw new StoreError('STORE_MIGRATION', `migration ${m.name} failed: ${(cause as Error).message}`, { cause });
      }
      await tx.query('insert into schema_migrations (name) values ($1)', [m.name]);
      return true;
    });
    if (done) applied.push(m.name);
  }
  return applied;
}

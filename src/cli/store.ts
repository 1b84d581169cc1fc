/** Opens the store the configuration names (DATABASE_URL, or PGlite under home/db) for one command. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config.ts';
import { openStore } from '../store/connect.ts';
import type { Db } from '../store/db.ts';

export async function openConfiguredStore(config: Config = loadConfig()): Promise<Db> {
  if (config.databaseUrl) return openStore({ databaseUrl: config.databaseUrl });
  const dataDir = join(config.home, 'db');
  await mkdir(dataDir, { recursive: true });
  return openStore({ dataDir });
}

/** Runs fn with an open store and closes it afterwards, whatever happens. */
export async function withStore<T>(fn: (db: Db) => Promise<T>, config?: Config): Promise<T> {
  const db = await openConfiguredStore(config);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

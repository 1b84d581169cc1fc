import { PGlite } from '@electric-sql/pglite';
import type { Transaction as PgliteTx } from '@electric-sql/pglite';
import { CHANNEL_NAME, type Db, type Queryable, type Transaction } from './db.ts';
import { StoreError } from './errors.ts';
import { TEXT_PARSERS } from './type-parsers.ts';

/** The embedded driver: PGlite on a directory, or in memory when dataDir is absent. */
export async function openPglite(dataDir?: string): Promise<Db> {
  let pg: PGlite;
  try {
    pg = await PGlite.create(dataDir, { parsers: TEXT_PARSERS });
  } catch (cause) {
    throw new StoreError('STORE_UNAVAILABLE', `cannot open the embedded store at ${dataDir ?? '(memory)'}`, { cause });
  }
  // A server's default work_mem (4MB) is a share of memory among many sessions; PGlite is one
  // session in this process. With it the planner, unable to guess how few groups a grid or a
  // day count makes, sorted the map's 100,000 events through temporary files (twice as slow as
  // hashing them, and slower each time).
  await pg.exec(`set work_mem = '32MB'`);
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await q.query<T>(sql, params)).rows }),
  });
  const wrapTx = (tx: PgliteTx): Transaction => ({
    ...wrap(tx),
    exec: async (sql) => {
      await tx.exec(sql);
    },
  });
  return {
    driver: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrapTx(tx))),
    exec: async (sql) => {
      await pg.exec(sql);
    },
    // One process holds the embedded store: notifications cannot be lost to a dropped connection.
    listen: async (channel, onNotify) => {
      if (!CHANNEL_NAME.test(channel)) throw new StoreError('STORE_INVALID_INPUT', `not a channel name: "${channel}"`);
      const unlisten = await pg.listen(channel, onNotify);
      return async () => unlisten();
    },
    close: () => pg.close(),
  };
}

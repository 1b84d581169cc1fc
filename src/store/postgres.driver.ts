import pg from 'pg';
import { CHANNEL_NAME, type Db, type Transaction } from './db.ts';
import { StoreError, redactUrl } from './errors.ts';
import { TEXT_PARSERS } from './type-parsers.ts';

const getTypeParser = ((oid: number, format?: string) =>
  TEXT_PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser;

/**
 * The server driver: a node-postgres pool. `searchPath` is set on every pooled connection through
 * the startup `options`, so a schema chosen here holds for every query, in or out of a transaction.
 */
export async function openPostgres(url: string, searchPath?: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    types: { getTypeParser },
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new StoreError('STORE_UNAVAILABLE', `the database server at ${redactUrl(url)} does not answer`, { cause });
  }
  const wrap = (q: pg.Pool | pg.PoolClient): Transaction => ({
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await q.query(sql, params)).rows as T[] }),
    // Without parameters node-postgres uses the simple protocol, which runs several statements.
    exec: async (sql) => {
      await q.query(sql);
    },
  });
  return {
    driver: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        client.release();
        return result;
      } catch (err) {
        // A connection that cannot even roll back is destroyed rather than returned to the pool.
        await client.query('rollback').then(
          () => client.release(),
          (e: Error) => client.release(e),
        );
        throw err;
      }
    },
    // LISTEN holds its connection for as long as it listens: one of its own, outside the pool.
    async listen(channel, onNotify, onLost) {
      if (!CHANNEL_NAME.test(channel)) throw new StoreError('STORE_INVALID_INPUT', `not a channel name: "${channel}"`);
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
      client.on('error', () => {}); // 'end' follows, and says it
      client.on('notification', (m) => {
        if (m.channel === channel) onNotify(m.payload ?? '');
      });
      await client.connect();
      try {
        await client.query(`listen ${channel}`);
      } catch (err) {
        await client.end().catch(() => {});
        throw err;
      }
      client.on('end', onLost);
      return async () => {
        client.off('end', onLost);
        await client.end().catch(() => {});
      };
    },
    close: () => pool.end(),
  };
}

import pg from 'pg';
import { CHANNEL_NAME, type Db, type Transaction } from './db.ts';
import { StoreError, redactUrl } from './errors.ts';
import { TEXT_PARSERS } from './type-parsers.ts';

const getTypeParser = ((oid: number, format?: string) =>
  TEXT_PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser;

/**
 * The server driver: a node-postgres pool. Session settings go in every pooled connection's
 * startup `options`, after any the URL names: `searchPath` (so a schema chosen here holds for
 * every query, in or out of a transaction) and work_mem. The server's default work_mem (4MB) is
 * a share for many sessions; with it the map's summary of a large box (a few hundred thousand
 * events grouped by cell and by day) was sorted through temporary files: median 310 ms against
 * 115 ms with 32MB, over a million events. The pool holds at most 10 connections.
 */
export async function openPostgres(url: string, searchPath?: string): Promise<Db> {
  const { connectionString, options } = sessionOptions(url, ['-c work_mem=32MB', ...(searchPath ? [`-c search_path=${searchPath}`] : [])]);
  const pool = new pg.Pool({ connectionString, options, connectionTimeoutMillis: 5_000, types: { getTypeParser } });
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

/**
 * The URL without its `options` parameter, and those options followed by ours (node-postgres lets
 * a URL's options replace the config's, so they are joined here). A URL that is not a WHATWG URL
 * (a bare socket path) is left as it is, with our options alone.
 *
 * @example sessionOptions('postgres://h/db?options=-c%20statement_timeout%3D5s', ['-c work_mem=32MB'])
 *   // { connectionString: 'postgres://h/db', options: '-c statement_timeout=5s -c work_mem=32MB' }
 */
export function sessionOptions(url: string, ours: string[]): { connectionString: string; options: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { connectionString: url, options: ours.join(' ') };
  }
  const theirs = parsed.searchParams.get('options');
  if (theirs === null) return { connectionString: url, options: ours.join(' ') };
  parsed.searchParams.delete('options');
  return { connectionString: parsed.toString(), options: [theirs, ...ours].join(' ') };
}

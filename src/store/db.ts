/**
 * The narrow database interface every repository takes first. Two drivers implement it with the
 * same SQL: PGlite (embedded, the default) and node-postgres (a server, when DATABASE_URL is set).
 * Parameters are positional ($1, $2...) in both.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** What a transaction's callback gets: queries, and scripts (a migration runs inside one). */
export interface Transaction extends Queryable {
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** 'pglite' or 'postgres': for messages and for the few places that must know. */
  readonly driver: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a script of several statements with no parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * LISTEN on `channel`: onNotify gets each notification's payload (sent when the writing
   * transaction commits, by this process or any other); onLost is called if notifications stop
   * arriving (the listening connection dropped). Resolves to a function that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void, onLost: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** A channel name is written into LISTEN, so it must be a plain identifier. */
export const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

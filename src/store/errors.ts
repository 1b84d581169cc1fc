/**
 * The store's one error type. Callers branch on `code`, never on the message.
 *
 * - STORE_UNAVAILABLE: the database server does not answer (or the data directory cannot be opened).
 * - STORE_CONFIG: the options given to openStore are unusable (a bad schema name, say).
 * - STORE_MIGRATION: a migration file failed to apply; nothing of it was committed.
 * - STORE_INVALID_INPUT: a value the database cannot hold (a NUL character, an unknown source type).
 * - STORE_NOT_FOUND: the row asked for does not exist.
 * - STORE_CONFLICT: the change does not fit the row's state (reviewing an event merged away).
 */
export type StoreErrorCode = 'STORE_UNAVAILABLE' | 'STORE_CONFIG' | 'STORE_MIGRATION' | 'STORE_INVALID_INPUT' | 'STORE_NOT_FOUND' | 'STORE_CONFLICT';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** postgres://user:secret@host/db → postgres://user@host/db, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, '@');
  }
}

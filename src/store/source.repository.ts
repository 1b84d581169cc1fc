/**
 * Sources and their reading schedule: what `source add|list|remove` change and what a fetch pass
 * reads and records (validators, the next time a source is due, failures for the backoff).
 */
import type { Db, Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import { checkText, ensureSource } from './report.repository.ts';

export const SOURCE_KINDS = ['feed', 'page', 'folder', 'inbox', 'dataset'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** The kinds a fetch pass reads by itself. */
export const POLLED_KINDS = ['feed', 'page', 'folder'] as const;
export type PolledKind = (typeof POLLED_KINDS)[number];

export interface Source {
  id: number;
  name: string;
  kind: SourceKind;
  type: string;
  url: string | null;
  lang: string | null;
  reliability: string | null;
  poll_seconds: number;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: Date | null;
  next_fetch_at: Date | null;
  failures: number;
  last_error: string | null;
  enabled: boolean;
}

export interface NewSource {
  name: string;
  kind: PolledKind;
  type: string;
  /** A feed's or page's URL; a folder's absolute path. */
  url: string;
  lang?: string | null;
  reliability?: string | null;
  pollSeconds: number;
}

const COLUMNS = `id, name, kind, type, url, lang, reliability, poll_seconds, etag, last_modified, last_fetched_at,
  next_fetch_at, failures, last_error, enabled`;

/**
 * Adds a source to read on a schedule. A name already in use is a conflict, unless that source
 * was removed or only had reports handed to it (ingest, the inbox): then it takes the new settings
 * and keeps its reports.
 */
export async function addSource(db: Db, s: NewSource): Promise<Source> {
  checkText('source url', s.url);
  return db.transaction(async (tx) => {
    const existing = await tx.query<{ removed: boolean; kind: SourceKind }>('select removed_at is not null as removed, kind from sources where name = $1', [s.name]);
    const taken = existing.rows[0] && !existing.rows[0].removed && existing.rows[0].kind !== 'inbox';
    if (taken) throw new StoreError('STORE_CONFLICT', `a source named "${s.name}" already exists`);
    const id = await ensureSource(tx, { name: s.name, type: s.type, url: s.url, reliability: s.reliability ?? null });
    await tx.query(
      `update sources set kind = $2, type = $3, url = $4, lang = $5, reliability = $6, poll_seconds = $7, etag = null,
         last_modified = null, next_fetch_at = null, failures = 0, last_error = null, enabled = true, removed_at = null
       where id = $1`,
      [id, s.kind, s.type, s.url, s.lang ?? null, s.reliability ?? null, s.pollSeconds],
    );
    return (await tx.query<Source>(`select ${COLUMNS} from sources where id = $1`, [id])).rows[0]!;
  });
}

/** Every source not removed, by name, with how many reports it has. */
export async function listSources(db: Queryable): Promise<Array<Source & { reports: number }>> {
  const { rows } = await db.query<Source & { reports: number }>(
    `select ${COLUMNS.replace(/(\w+)/g, 's.$1')}, (select count(*) from reports r where r.source_id = s.id)::integer as reports
     from sources s where s.removed_at is null order by s.name`,
  );
  return rows;
}

/** Stops reading a source and lists it no more; its reports stay, with their provenance. */
export async function removeSource(db: Queryable, name: string, now = new Date()): Promise<{ reports: number }> {
  const { rows } = await db.query<{ reports: number }>(
    `update sources s set removed_at = $2, enabled = false where name = $1 and removed_at is null
     returning (select count(*) from reports r where r.source_id = s.id)::integer as reports`,
    [name, now.toISOString()],
  );
  if (!rows[0]) throw new StoreError('STORE_NOT_FOUND', `no source named "${name}"`);
  return rows[0];
}

/** The sources a pass reads now: polled kinds, enabled, due (or the one named, due or not). */
export async function dueSources(db: Queryable, now: Date, name?: string): Promise<Source[]> {
  if (name !== undefined) {
    const { rows } = await db.query<Source>(`select ${COLUMNS} from sources where name = $1 and removed_at is null`, [name]);
    if (!rows[0]) throw new StoreError('STORE_NOT_FOUND', `no source named "${name}"`);
    if (!(POLLED_KINDS as readonly string[]).includes(rows[0].kind)) {
      throw new StoreError('STORE_INVALID_INPUT', `source "${name}" is of kind ${rows[0].kind}: nothing to fetch`);
    }
    return rows;
  }
  const { rows } = await db.query<Source>(
    `select ${COLUMNS} from sources
     where enabled and removed_at is null and kind in ('feed', 'page', 'folder')
       and (next_fetch_at is null or next_fetch_at <= $1)
     order by next_fetch_at nulls first, name`,
    [now.toISOString()],
  );
  return rows;
}

/**
 * A pass read the source: failures reset, next pass after its interval. Validators are kept only
 * when given (a pass that left items behind passes none, so the next pass asks for the whole feed).
 */
export async function recordFetched(db: Queryable, id: number, r: { at: Date; etag: string | null; lastModified: string | null }): Promise<void> {
  await db.query(
    `update sources set last_fetched_at = $2, next_fetch_at = $2::timestamptz + make_interval(secs => poll_seconds),
       failures = 0, last_error = null, etag = $3, last_modified = $4
     where id = $1`,
    [id, r.at.toISOString(), r.etag, r.lastModified],
  );
}

/** A pass failed: one more failure, the error kept, the next attempt when the backoff says. */
export async function recordFailure(db: Queryable, id: number, r: { at: Date; error: string; nextAt: Date }): Promise<void> {
  await db.query(
    `update sources set last_fetched_at = $2, failures = failures + 1, last_error = $3, next_fetch_at = $4 where id = $1`,
    [id, r.at.toISOString(), r.error.slice(0, 1000), r.nextAt.toISOString()],
  );
}

import { createHash } from 'node:crypto';
import type { Db, Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import { SOURCE_TYPES, type SourceType, type StoredReport } from './types.ts';

export interface NewReport {
  source: SourceRef;
  /** Stored verbatim; evidence offsets point into it. */
  text: string;
  url?: string | null;
  title?: string | null;
  lang: string;
  /** YYYY-MM-DD. */
  published?: string | null;
  fetchedAt?: Date;
  /** Who owns it and with whom it is shared (default: the built-in "local" organisation, public). */
  owner?: { organisationId: number; sharing: 'private' | 'partners' | 'public'; partnershipId?: number | null };
}

/** sha256 (hex) of the text as UTF-8: the key that makes saving a report idempotent. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Saves a report and its source (created on first use). The same text twice returns the first id.
 *
 * @example
 * const { id, created } = await saveReport(db, { source: { name: 'Sahara Media', type: 'independent media' }, text, lang: 'ar' });
 */
export async function saveReport(db: Db, r: NewReport): Promise<{ id: number; created: boolean }> {
  checkText('text', r.text);
  checkText('title', r.title);
  checkText('url', r.url);
  checkText('source name', r.source.name);
  if (r.published != null && !isIsoDate(r.published)) {
    throw new StoreError('STORE_INVALID_INPUT', `published must be YYYY-MM-DD, got "${r.published}"`);
  }
  const hash = contentHash(r.text);
  return db.transaction(async (tx) => {
    const sourceId = await ensureSource(tx, r.source);
    const inserted = await tx.query<{ id: number }>(
      `insert into reports (source_id, raw_text, content_hash, url, title, lang, published_at, fetched_at, owner_org, sharing, partnership_id)
       values ($1, $2, $3, $4, $5, $6, $7::date, $8::timestamptz, coalesce($9::bigint, local_organisation()), coalesce($10::text, 'public'), $11::bigint)
       on conflict (content_hash) do nothing
       returning id`,
      [sourceId, r.text, hash, r.url ?? null, r.title ?? null, r.lang, r.published ?? null, (r.fetchedAt ?? new Date()).toISOString(),
       r.owner?.organisationId ?? null, r.owner?.sharing ?? null, r.owner?.partnershipId ?? null],
    );
    if (inserted.rows[0]) return { id: inserted.rows[0].id, created: true };
    const existing = await tx.query<{ id: number }>('select id from reports where content_hash = $1', [hash]);
    return { id: existing.rows[0]!.id, created: false };
  });
}

export async function getReport(db: Queryable, id: number): Promise<StoredReport | null> {
  const { rows } = await db.query<Omit<StoredReport, 'source'> & { source_id: number; source_name: string; source_type: SourceType }>(
    `select r.id, r.raw_text as text, r.content_hash, r.url, r.title, r.lang, r.published_at, r.fetched_at,
            r.extraction_status, r.extraction_warnings,
            s.id as source_id, s.name as source_name, s.type as source_type
     from reports r
     join sources s on s.id = r.source_id
     where r.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const { source_id, source_name, source_type, ...report } = row;
  return { ...report, source: { id: source_id, name: source_name, type: source_type } };
}

/** A source as reports name it. */
export interface SourceRef {
  name: string;
  type: string;
  url?: string | null;
  /** Admiralty grade A (reliable) .. F (cannot be judged); given, it replaces the stored grade. */
  reliability?: string | null;
}

/**
 * The id of the source with this name, inserting it when new. An existing source keeps its type;
 * its reliability grade changes only when one is given.
 */
export async function ensureSource(db: Queryable, s: SourceRef): Promise<number> {
  if (!(SOURCE_TYPES as readonly string[]).includes(s.type)) {
    throw new StoreError('STORE_INVALID_INPUT', `source type must be one of ${SOURCE_TYPES.join(', ')}; got "${s.type}"`);
  }
  if (s.reliability != null && !/^[A-F]$/.test(s.reliability)) {
    throw new StoreError('STORE_INVALID_INPUT', `source reliability must be a grade from A to F; got "${s.reliability}"`);
  }
  await db.query(
    `insert into sources (name, type, url, reliability) values ($1, $2, $3, $4)
     on conflict (name) do update set reliability = coalesce(excluded.reliability, sources.reliability)`,
    [s.name, s.type, s.url ?? null, s.reliability ?? null],
  );
  const { rows } = await db.query<{ id: number }>('select id from sources where name = $1', [s.name]);
  return rows[0]!.id;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate has no UTF-8 form: refuse both. */
export function checkText(what: string, value: string | null | undefined): void {
  if (value == null) return;
  const nul = value.indexOf('\u0000');
  if (nul >= 0) throw new StoreError('STORE_INVALID_INPUT', `${what} contains a NUL character at offset ${nul}`);
  if (LONE_SURROGATE.test(value)) throw new StoreError('STORE_INVALID_INPUT', `${what} contains an unpaired UTF-16 surrogate`);
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  // Round-tripping catches days a month does not have (2025-02-30).
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

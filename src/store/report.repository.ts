import { createHash } from 'node:crypto';
import { hammingDistance, NEAR_BITS, NEAR_RESEMBLANCE, resemblance, simhash, simhashBands } from '../pipeline/ingest/simhash.ts';
import type { Db, Queryable, Transaction } from './db.ts';
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
  /**
   * Also look for a near-duplicate (a syndicated copy with light edits, published within
   * NEAR_DAYS): when one is found the text is not saved again; its URL and source join that report.
   */
  mergeNearDuplicates?: boolean;
  /** Who owns it and with whom it is shared (default: the built-in "local" organisation, public). */
  owner?: { organisationId: number; sharing: 'private' | 'partners' | 'public'; partnershipId?: number | null };
}

export interface SavedReport {
  id: number;
  /** A new report. */
  created: boolean;
  /** Not new: a near-duplicate of report `id` (false when the very same text was there). */
  merged: boolean;
}

/** Days apart two copies of one report may be published. */
export const NEAR_DAYS = 3;

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
export async function saveReport(db: Db, r: NewReport): Promise<SavedReport> {
  checkText('text', r.text);
  checkText('title', r.title);
  checkText('url', r.url);
  checkText('source name', r.source.name);
  if (r.published != null && !isIsoDate(r.published)) {
    throw new StoreError('STORE_INVALID_INPUT', `published must be YYYY-MM-DD, got "${r.published}"`);
  }
  const hash = contentHash(r.text);
  const fingerprint = simhash(r.text);
  const fetchedAt = (r.fetchedAt ?? new Date()).toISOString();
  return db.transaction(async (tx) => {
    const sourceId = await ensureSource(tx, r.source);
    // The same text is looked for among the owner's reports only: another organisation's copy is
    // neither revealed by the answer nor allowed to stand in for this one.
    const owner = r.owner?.organisationId ?? null;
    const sameText = () => tx.query<{ id: number }>('select id from reports where owner_org = coalesce($2::bigint, local_organisation()) and content_hash = $1', [hash, owner]);
    const same = await sameText();
    let saved: SavedReport | null = same.rows[0] ? { id: same.rows[0].id, created: false, merged: false } : null;
    if (!saved && r.mergeNearDuplicates && fingerprint !== null) {
      const near = await findNearDuplicate(tx, r.text, fingerprint, r.published ?? fetchedAt.slice(0, 10));
      // A copy joins a report only under the same owner and sharing: merging never widens access.
      if (near !== null && (await sameOwnership(tx, near, r.owner))) saved = { id: near, created: false, merged: true };
    }
    if (!saved) {
      const inserted = await tx.query<{ id: number }>(
        `insert into reports (source_id, raw_text, content_hash, url, title, lang, published_at, fetched_at, simhash, owner_org, sharing, partnership_id)
         values ($1, $2, $3, $4, $5, $6, $7::date, $8::timestamptz, $9::bigint, coalesce($10::bigint, local_organisation()), coalesce($11::text, 'public'), $12::bigint)
         on conflict (owner_org, content_hash) do nothing
         returning id`,
        [sourceId, r.text, hash, r.url ?? null, r.title ?? null, r.lang, r.published ?? null, fetchedAt, fingerprint?.toString() ?? null,
         r.owner?.organisationId ?? null, r.owner?.sharing ?? null, r.owner?.partnershipId ?? null],
      );
      // Nothing inserted: another writer saved the same text since the select above.
      const id = inserted.rows[0]?.id ?? (await sameText()).rows[0]!.id;
      saved = { id, created: inserted.rows.length > 0, merged: false };
    }
    if (r.url) {
      await tx.query(
        `insert into report_urls (report_id, url, source_id, first_seen) values ($1, $2, $3, $4::timestamptz)
         on conflict (report_id, url) do nothing`,
        [saved.id, r.url, sourceId, fetchedAt],
      );
    }
    return saved;
  });
}

/**
 * A stored report this text is a light edit of: SimHash within NEAR_BITS through the band index,
 * published within NEAR_DAYS, then confirmed on the words (resemblance of word trigrams).
 */
async function findNearDuplicate(tx: Transaction, text: string, fingerprint: bigint, day: string): Promise<number | null> {
  const { rows } = await tx.query<{ id: number; simhash: string }>(
    `select id, simhash::text as simhash from reports
     where simhash_bands && $1::integer[] and simhash is not null
       and coalesce(published_at, fetched_at::date) between $2::date - $3::integer and $2::date + $3::integer
     order by id`,
    [simhashBands(fingerprint), day, NEAR_DAYS],
  );
  const close = rows.filter((row) => hammingDistance(BigInt(row.simhash), fingerprint) <= NEAR_BITS);
  for (const row of close) {
    const other = await tx.query<{ raw_text: string }>('select raw_text from reports where id = $1', [row.id]);
    if (resemblance(text, other.rows[0]!.raw_text) >= NEAR_RESEMBLANCE) return row.id;
  }
  return null;
}

/** The report a client saved under this id (the field-report inbox's idempotency key), if any. */
export async function reportByClientId(db: Queryable, clientId: string): Promise<{ id: number; content_hash: string } | null> {
  const { rows } = await db.query<{ id: number; content_hash: string }>('select id, content_hash from reports where client_id = $1', [clientId]);
  return rows[0] ?? null;
}

/** Files a report under a client's id, unless it already has one. */
export async function setClientId(db: Queryable, reportId: number, clientId: string): Promise<void> {
  await db.query('update reports set client_id = $2 where id = $1 and client_id is null', [reportId, clientId]);
}

/** The URLs among these that some stored report was already found at. */
export async function knownUrls(db: Queryable, urls: string[]): Promise<Set<string>> {
  if (urls.length === 0) return new Set();
  const { rows } = await db.query<{ url: string }>('select distinct url from report_urls where url = any($1::text[])', [urls]);
  return new Set(rows.map((r) => r.url));
}

/** Every URL a report was found at, with the source that had it, oldest first. */
export async function reportUrls(db: Queryable, reportId: number): Promise<Array<{ url: string; source_name: string | null; first_seen: Date }>> {
  const { rows } = await db.query<{ url: string; source_name: string | null; first_seen: Date }>(
    `select u.url, s.name as source_name, u.first_seen from report_urls u left join sources s on s.id = u.source_id
     where u.report_id = $1 order by u.first_seen, u.url`,
    [reportId],
  );
  return rows;
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

async function sameOwnership(tx: Queryable, reportId: number, owner: NewReport['owner']): Promise<boolean> {
  const { rows } = await tx.query(
    `select 1 from reports where id = $1 and owner_org = coalesce($2::bigint, local_organisation())
       and sharing = coalesce($3::text, 'public') and partnership_id is not distinct from $4::bigint`,
    [reportId, owner?.organisationId ?? null, owner?.sharing ?? null, owner?.partnershipId ?? null],
  );
  return rows.length > 0;
}

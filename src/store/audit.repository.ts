import { createHash } from 'node:crypto';
import type { Db, Queryable } from './db.ts';

export interface AuditEntry {
  /** Who did it: a user's email, 'system', a CLI command. */
  actor: string;
  action: string;
  /** What it was done to, e.g. 'event:42'. */
  subject: string;
  detail: Record<string, unknown>;
}

interface AuditRow extends AuditEntry {
  id: number;
  at: Date;
  prev_hash: string;
  hash: string;
}

/** The chain starts from this hash. */
export const GENESIS = '';

// Appends take turns so that each one chains onto the true last row.
const LOCK = `select pg_advisory_xact_lock(hashtext('sahelwatch.audit:' || current_schema()))`;

/**
 * Appends a record to the audit log, chained to the one before:
 * hash = sha256(prev_hash + canonical JSON of { at, actor, action, subject, detail }).
 */
export async function appendAudit(db: Db, entry: AuditEntry): Promise<{ id: number; hash: string }> {
  // jsonb keeps what JSON keeps: hash the value as it will read back, not as it was passed.
  const detail = JSON.parse(JSON.stringify(entry.detail ?? {})) as Record<string, unknown>;
  const at = new Date();
  return db.transaction(async (tx) => {
    await tx.query(LOCK);
    const last = await tx.query<{ hash: string }>('select hash from audit_log order by id desc limit 1');
    const prev = last.rows[0]?.hash ?? GENESIS;
    const hash = chainHash(prev, { at, actor: entry.actor, action: entry.action, subject: entry.subject, detail });
    const { rows } = await tx.query<{ id: number }>(
      `insert into audit_log (at, actor, action, subject, detail, prev_hash, hash)
       values ($1::timestamptz, $2, $3, $4, $5::jsonb, $6, $7)
       returning id`,
      [at.toISOString(), entry.actor, entry.action, entry.subject, JSON.stringify(detail), prev, hash],
    );
    await tx.query(
      `insert into audit_head (last_id, hash) values ($1, $2) on conflict (singleton) do update set last_id = $1, hash = $2`,
      [rows[0]!.id, hash],
    );
    return { id: rows[0]!.id, hash };
  });
}

export interface AuditVerdict {
  ok: boolean;
  /** The first record found wrong (for a truncation: the newest record the head names). */
  brokenAt?: number;
  reason?: 'edited' | 'deleted' | 'truncated';
  checked: number;
}

/**
 * Walks the log in id order and checks every link. `brokenAt` is the id of the first row whose hash
 * does not match its contents (an edit) or whose prev_hash is not the previous row's hash (a deletion).
 * Deleting the newest rows cannot be seen from inside the log: the last record's id and hash are also
 * kept in audit_head, and a log that ends anywhere else was cut short. (Someone who can rewrite both
 * tables can still forge a shorter log: copy the head elsewhere, e.g. into a signed daily note, for that.)
 */
export async function verifyAudit(db: Queryable, pageSize = 1000): Promise<AuditVerdict> {
  let prev = GENESIS;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const { rows } = await db.query<AuditRow>(
      `select id, at, actor, action, subject, detail, prev_hash, hash
       from audit_log where id > $1 order by id limit $2`,
      [afterId, pageSize],
    );
    for (const r of rows) {
      const expected = chainHash(prev, { at: r.at, actor: r.actor, action: r.action, subject: r.subject, detail: r.detail });
      if (r.prev_hash !== prev) return { ok: false, brokenAt: r.id, reason: 'deleted', checked };
      if (r.hash !== expected) return { ok: false, brokenAt: r.id, reason: 'edited', checked };
      prev = r.hash;
      afterId = r.id;
      checked++;
    }
    if (rows.length < pageSize) return checkHead(db, afterId, prev, checked);
  }
}

async function checkHead(db: Queryable, lastId: number, lastHash: string, checked: number): Promise<AuditVerdict> {
  const head = (await db.query<{ last_id: number; hash: string }>('select last_id, hash from audit_head')).rows[0];
  const expected = head ?? { last_id: 0, hash: GENESIS };
  if (Number(expected.last_id) === lastId && expected.hash === lastHash) return { ok: true, checked };
  return { ok: false, brokenAt: head ? Number(head.last_id) : lastId, reason: 'truncated', checked };
}

function chainHash(prev: string, record: { at: Date; actor: string; action: string; subject: string; detail: unknown }): string {
  const canonical = canonicalJson({ ...record, at: record.at.toISOString() });
  return createHash('sha256').update(prev + canonical, 'utf8').digest('hex');
}

/** JSON with object keys sorted at every depth, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

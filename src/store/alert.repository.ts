/**
 * Alerts: one row per situation a detector found (kind + key), updated as the finding grows and
 * never repeated. `version` counts the changes, so that delivery can send each change once.
 */
import type { Finding } from '../detect/finding.ts';
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';

export type AlertStatus = 'new' | 'acknowledged' | 'resolved';

export interface StoredAlert {
  id: number;
  kind: Finding['kind'];
  key: string;
  title: string;
  severity: Finding['severity'];
  status: AlertStatus;
  version: number;
  first_day: string;
  last_day: string;
  event_ids: number[];
  payload: Pick<Finding, 'actors' | 'places' | 'facts'>;
  created_at: Date;
  updated_at: Date;
}

/**
 * Saves findings as alerts: a new situation inserts one; a known one is updated (and its version
 * raised) only when its events changed. Returns the alerts inserted or changed.
 */
export async function saveFindings(db: Queryable, findings: readonly (Finding & { title: string })[]): Promise<StoredAlert[]> {
  if (findings.length === 0) return [];
  const rows = findings.map((f) => ({
    kind: f.kind, key: f.key, title: f.title, severity: f.severity, first_day: f.first_day, last_day: f.last_day,
    event_ids: f.event_ids, payload: { actors: f.actors, places: f.places, facts: f.facts },
  }));
  const { rows: changed } = await db.query<StoredAlert>(
    `insert into alerts (kind, key, title, severity, first_day, last_day, event_ids, payload)
     select x.kind, x.key, x.title, x.severity, x.first_day, x.last_day, x.event_ids, x.payload
     from jsonb_to_recordset($1::jsonb)
       as x(kind text, key text, title text, severity text, first_day date, last_day date, event_ids jsonb, payload jsonb)
     on conflict (kind, key) do update set
       title = excluded.title, severity = excluded.severity, first_day = excluded.first_day, last_day = excluded.last_day,
       event_ids = excluded.event_ids, payload = excluded.payload, version = alerts.version + 1, updated_at = now()
     where alerts.event_ids is distinct from excluded.event_ids
     returning ${ALERT_COLUMNS}`,
    [JSON.stringify(rows)],
  );
  return changed;
}

const ALERT_COLUMNS = 'id, kind, key, title, severity, status, version, first_day, last_day, event_ids, payload, created_at, updated_at';

/** Alerts, most recently changed first; `since` (YYYY-MM-DD) keeps those whose days reach it. */
export async function listAlerts(
  db: Queryable, f: { since?: string; status?: AlertStatus; kinds?: readonly string[]; limit?: number } = {},
): Promise<StoredAlert[]> {
  const { rows } = await db.query<StoredAlert>(
    `select ${ALERT_COLUMNS} from alerts
     where ($1::date is null or last_day >= $1::date) and ($2::text is null or status = $2::text)
       and ($4::text[] is null or kind = any($4::text[]))
     order by updated_at desc, id desc limit $3`,
    [f.since ?? null, f.status ?? null, f.limit ?? 500, f.kinds ?? null],
  );
  return rows;
}

export async function setAlertStatus(db: Queryable, id: number, status: AlertStatus): Promise<void> {
  const { rows } = await db.query('update alerts set status = $2, updated_at = now() where id = $1 returning id', [id, status]);
  if (rows.length === 0) throw new StoreError('STORE_NOT_FOUND', `no alert with id ${id}`);
}

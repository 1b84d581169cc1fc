/**
 * Alerts: one row per situation a detector found (kind + key), updated as the finding grows and
 * never repeated. `version` counts the changes, so that delivery can send each change once.
 */
import type { Finding } from '../detect/finding.ts';
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';
import { ANONYMOUS, SYSTEM, type Viewer } from './viewer.ts';
import { alertVisible } from './visibility.ts';

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
 * raised) only when its events, facts (a siege now easing) or severity changed. Returns the alerts
 * inserted or changed.
 */
export async function saveFindings(db: Queryable, findings: readonly (Finding & { title: string })[]): Promise<StoredAlert[]> {
  if (findings.length === 0) return [];
  // A situation found twice in one run (an episode continued from two sides) is saved once, the larger.
  const byKey = new Map<string, Finding & { title: string }>();
  for (const f of findings) {
    const seen = byKey.get(`${f.kind}|${f.key}`);
    if (!seen || f.event_ids.length > seen.event_ids.length) byKey.set(`${f.kind}|${f.key}`, f);
  }
  const rows = [...byKey.values()].map((f) => ({
    kind: f.kind, key: f.key, title: f.title, severity: f.severity, first_day: f.first_day, last_day: f.last_day,
    event_ids: f.event_ids, payload: { actors: f.actors, places: f.places, facts: f.facts },
  }));
  const { rows: changed } = await db.query<StoredAlert>(
    `with saved as (
     insert into alerts (kind, key, title, severity, first_day, last_day, event_ids, payload)
     select x.kind, x.key, x.title, x.severity, x.first_day, x.last_day, x.event_ids, x.payload
     from jsonb_to_recordset($1::jsonb)
       as x(kind text, key text, title text, severity text, first_day date, last_day date, event_ids jsonb, payload jsonb)
     on conflict (kind, key) do update set
       title = excluded.title, severity = excluded.severity, first_day = excluded.first_day, last_day = excluded.last_day,
       event_ids = excluded.event_ids, payload = excluded.payload, version = alerts.version + 1, updated_at = now()
     where alerts.event_ids is distinct from excluded.event_ids or alerts.payload is distinct from excluded.payload
        or alerts.severity is distinct from excluded.severity
     returning ${ALERT_COLUMNS}),
     logged as (insert into alert_changes (alert_id, version, reason) select id, version, 'finding' from saved)
     select * from saved`,
    [JSON.stringify(rows)],
  );
  return changed;
}

const ALERT_COLUMNS = 'id, kind, key, title, severity, status, version, first_day, last_day, event_ids, payload, created_at, updated_at';

/**
 * Alerts `v` may see (visibility.ts: those resting only on events it sees whole), most recently
 * changed first; `since` (YYYY-MM-DD) keeps those whose days reach it.
 */
export async function listAlerts(
  db: Queryable, f: { since?: string; status?: AlertStatus; kinds?: readonly string[]; limit?: number } = {}, v: Viewer = ANONYMOUS,
): Promise<StoredAlert[]> {
  const { rows } = await db.query<StoredAlert>(
    `select ${ALERT_COLUMNS} from alerts a
     where ${alertVisible('a', v)} and ($1::date is null or last_day >= $1::date) and ($2::text is null or status = $2::text)
       and ($4::text[] is null or kind = any($4::text[]))
     order by updated_at desc, id desc limit $3`,
    [f.since ?? null, f.status ?? null, f.limit ?? 500, f.kinds ?? null],
  );
  return rows;
}

/** Alerts whose finding changed on `day` (YYYY-MM-DD, UTC), as they are now. */
export async function alertsChangedOn(db: Queryable, day: string): Promise<StoredAlert[]> {
  const { rows } = await db.query<StoredAlert>(
    `select ${ALERT_COLUMNS} from alerts a
     where exists (select 1 from alert_changes c where c.alert_id = a.id and c.reason = 'finding'
                   and c.changed_at >= ($1::date)::timestamp at time zone 'UTC'
                   and c.changed_at < ($1::date + 1)::timestamp at time zone 'UTC')
     order by array_position(array['critical', 'high', 'medium', 'low', 'info'], severity), id`,
    [day],
  );
  return rows;
}

export async function alertsById(db: Queryable, ids: readonly number[]): Promise<Map<number, StoredAlert>> {
  const { rows } = await db.query<StoredAlert>(`select ${ALERT_COLUMNS} from alerts where id = any($1::bigint[])`, [ids]);
  return new Map(rows.map((a) => [a.id, a]));
}

/** The ids among `ids` of the alerts `v` may see. */
export async function visibleAlertIds(db: Queryable, ids: readonly number[], v: Viewer): Promise<Set<number>> {
  if (v.kind === 'system' || ids.length === 0) return new Set(v.kind === 'system' ? ids : []);
  const { rows } = await db.query<{ id: number }>(`select a.id from alerts a where a.id = any($1::bigint[]) and ${alertVisible('a', v)}`, [ids]);
  return new Set(rows.map((r) => Number(r.id)));
}

/** Moves an alert `v` may see along its lifecycle; a change of status is a new version, shown live. */
export async function setAlertStatus(db: Queryable, id: number, status: AlertStatus, v: Viewer = SYSTEM): Promise<void> {
  const { rows } = await db.query(
    `with moved as (update alerts a set status = $2, version = version + 1, updated_at = now()
                    where id = $1 and status <> $2 and ${alertVisible('a', v)} returning id, version)
     insert into alert_changes (alert_id, version, reason) select id, version, 'status' from moved
     returning alert_id`,
    [id, status],
  );
  if (rows.length > 0) return;
  const known = await db.query(`select 1 from alerts a where id = $1 and ${alertVisible('a', v)}`, [id]);
  if (known.rows.length === 0) throw new StoreError('STORE_NOT_FOUND', `no alert with id ${id}`);
}

export interface AlertChange {
  cursor: number;
  reason: 'finding' | 'status';
  alert: StoredAlert;
}

/**
 * The alert changes after `cursor`, oldest first, each with the alert as it is now (a change
 * superseded by a later one of the same alert is skipped: the reader gets the newest state once).
 */
export async function alertChangesSince(db: Queryable, cursor: number, limit = 500): Promise<AlertChange[]> {
  const { rows } = await db.query<StoredAlert & { cursor: number; reason: AlertChange['reason'] }>(
    `select c.id as cursor, c.reason, ${ALERT_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')}
     from alert_changes c join alerts a on a.id = c.alert_id and a.version = c.version
     where c.id > $1 order by c.id limit $2`,
    [cursor, limit],
  );
  return rows.map(({ cursor: at, reason, ...alert }) => ({ cursor: Number(at), reason, alert }));
}

/** The newest change cursor: where a stream that wants only what comes next starts. */
export async function lastAlertCursor(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ last: number | null }>('select max(id) as last from alert_changes');
  return Number(rows[0]?.last ?? 0);
}

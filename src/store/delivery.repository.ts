/**
 * Webhook deliveries: one row per (subscription, alert version), queued from the alert changes,
 * claimed by a sender for a lease, then delivered, retried later, superseded or dead.
 * Any number of processes may run the delivery stage on one database: the enqueue step holds a
 * lock, and claiming a row moves its next attempt past the lease so no one else takes it.
 */
import { alertChangesSince, type StoredAlert } from './alert.repository.ts';
import type { Db, Queryable } from './db.ts';

export type DeliveryStatus = 'pending' | 'delivered' | 'superseded' | 'dead';

export interface Delivery {
  id: number;
  subscription_id: number;
  alert_id: number;
  alert_version: number;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  last_status: number | null;
  delivered_at: Date | null;
  created_at: Date;
}

/**
 * Turns the alert changes not yet seen into deliveries for the subscriptions `wants` accepts
 * (findings only: an acknowledgement is not news), and marks older pending versions of the same
 * alert to the same subscription superseded. Returns how many deliveries were queued. `wants`
 * reads through `tx`: the embedded store has one connection, held by this transaction.
 */
export async function enqueueDeliveries(
  db: Db, wants: (alert: StoredAlert, tx: Queryable) => Promise<readonly number[]>, now: Date, batch = 500,
): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('sahelwatch.deliveries:' || current_schema()))`);
    const { rows } = await tx.query<{ through: number }>('select through from delivery_cursor');
    const changes = await alertChangesSince(tx, Number(rows[0]!.through), batch);
    if (changes.length === 0) return 0;
    const queued: { s: number; a: number; v: number }[] = [];
    for (const c of changes.filter((x) => x.reason === 'finding')) {
      for (const s of await wants(c.alert, tx)) queued.push({ s, a: c.alert.id, v: c.alert.version });
    }
    if (queued.length > 0) {
      await tx.query(
        `with wanted as (select * from jsonb_to_recordset($1::jsonb) as x(s bigint, a bigint, v integer)),
         superseded as (
           update deliveries d set status = 'superseded' from wanted w
           where d.subscription_id = w.s and d.alert_id = w.a and d.alert_version < w.v and d.status = 'pending')
         insert into deliveries (subscription_id, alert_id, alert_version, next_attempt_at)
         select s, a, v, $2 from wanted on conflict do nothing`,
        [JSON.stringify(queued), now],
      );
    }
    await tx.query('update delivery_cursor set through = $1', [changes[changes.length - 1]!.cursor]);
    return queued.length;
  });
}

/** Takes up to `limit` due deliveries for `leaseMs`: a sender that dies lets them come due again. */
export async function claimDueDeliveries(db: Queryable, now: Date, leaseMs: number, limit = 50): Promise<Delivery[]> {
  const { rows } = await db.query<Delivery>(
    `update deliveries set next_attempt_at = $1::timestamptz + make_interval(secs => $2::double precision / 1000)
     where id in (select id from deliveries where status = 'pending' and next_attempt_at <= $1
                  order by next_attempt_at, id limit $3 for update skip locked)
     returning *`,
    [now, leaseMs, limit],
  );
  return rows.sort((a, b) => a.id - b.id);
}

export async function markDelivered(db: Queryable, id: number, httpStatus: number, at: Date): Promise<void> {
  await db.query(
    `update deliveries set status = 'delivered', attempts = attempts + 1, last_status = $2, last_error = null, delivered_at = $3 where id = $1`,
    [id, httpStatus, at],
  );
}

/** Records a failed attempt: retried at `retryAt`, or dead when there is none. */
export async function markFailed(db: Queryable, id: number, failure: { error: string; httpStatus: number | null; retryAt: Date | null }): Promise<void> {
  await db.query(
    `update deliveries set attempts = attempts + 1, last_error = $2, last_status = $3,
       status = case when $4::timestamptz is null then 'dead' else status end,
       next_attempt_at = coalesce($4::timestamptz, next_attempt_at)
     where id = $1`,
    [id, failure.error.slice(0, 1000), failure.httpStatus, failure.retryAt],
  );
}

export async function listDeliveries(db: Queryable, f: { status?: DeliveryStatus; limit?: number } = {}): Promise<Delivery[]> {
  const { rows } = await db.query<Delivery>(
    `select * from deliveries where ($1::text is null or status = $1) order by id desc limit $2`,
    [f.status ?? null, f.limit ?? 500],
  );
  return rows;
}

/** Puts a dead delivery back in the queue (after the receiver was fixed). */
export async function retryDelivery(db: Queryable, id: number, now: Date): Promise<boolean> {
  const { rows } = await db.query(
    `update deliveries set status = 'pending', attempts = 0, next_attempt_at = $2 where id = $1 and status = 'dead' returning id`,
    [id, now],
  );
  return rows.length > 0;
}

/**
 * The delivery stage, run after detection and on a timer: queue the new alert changes for the
 * webhook subscriptions whose filters they match, then POST each due delivery, signed, and
 * record the outcome (delivered; retried later with backoff; dead after the last attempt).
 * Delivery is at least once: a receiver deduplicates by the X-Sahelwatch-Delivery header.
 */
import { alertsById, visibleAlertIds, type StoredAlert } from '../store/alert.repository.ts';
import type { Db, Queryable } from '../store/db.ts';
import { organisationViewer } from '../store/organisation.repository.ts';
import type { Viewer } from '../store/viewer.ts';
import { claimDueDeliveries, enqueueDeliveries, markDelivered, markFailed } from '../store/delivery.repository.ts';
import { webhookSubscriptions } from '../store/subscription.repository.ts';
import { matchesAlert } from './alert.filter.ts';
import { alertView } from './alert.view.ts';
import { DEFAULT_BACKOFF, retryAt, type BackoffOptions } from './retry.backoff.ts';
import { signatureHeaders } from './webhook.signature.ts';

export interface DeliverDeps {
  fetch: typeof fetch;
  now: () => Date;
  random?: () => number;
  backoff?: BackoffOptions;
  /** How long one POST may take (ms). */
  timeoutMs?: number;
}

export interface DeliverySummary {
  queued: number;
  delivered: number;
  retrying: number;
  dead: number;
}

const LEASE_MS = 120_000;

export async function deliverAlerts(db: Db, deps: DeliverDeps): Promise<DeliverySummary> {
  const subscriptions = new Map((await webhookSubscriptions(db)).map((s) => [s.id, s]));
  const readers = new Map<number, Viewer>();
  for (const s of subscriptions.values()) readers.set(s.id, await organisationViewer(db, s.organisation_id, `subscription:${s.id}`));
  // A subscriber hears of an alert only if its organisation may see it: matching a filter never widens access.
  const wants = async (alert: StoredAlert, tx: Queryable) => {
    const matching = [...subscriptions.values()].filter((s) => matchesAlert(alert, s.filter));
    const out: number[] = [];
    for (const s of matching) if ((await visibleAlertIds(tx, [alert.id], readers.get(s.id)!)).has(alert.id)) out.push(s.id);
    return out;
  };
  const queued = await enqueueDeliveries(db, wants, deps.now());
  const summary: DeliverySummary = { queued, delivered: 0, retrying: 0, dead: 0 };
  for (;;) {
    const due = await claimDueDeliveries(db, deps.now(), LEASE_MS);
    if (due.length === 0) return summary;
    const alerts = await alertsById(db, due.map((d) => d.alert_id));
    for (const d of due) {
      const subscription = subscriptions.get(d.subscription_id);
      const alert = alerts.get(d.alert_id);
      if (!subscription || !alert) {
        await markFailed(db, d.id, { error: 'subscription disabled or alert gone', httpStatus: null, retryAt: null });
        summary.dead++;
        continue;
      }
      const body = JSON.stringify({ delivery_id: d.id, subscription: { id: subscription.id, name: subscription.name }, alert: alertView(alert, 'en') });
      const outcome = await post(subscription.webhook_url, body, {
        'Content-Type': 'application/json',
        'User-Agent': 'sahelwatch-webhooks',
        'X-Sahelwatch-Delivery': String(d.id),
        ...signatureHeaders(subscription.webhook_secret, body, deps.now()),
      }, deps);
      if (outcome.ok) {
        await markDelivered(db, d.id, outcome.status!, deps.now());
        summary.delivered++;
      } else {
        const next = retryAt(d.attempts + 1, deps.now(), deps.random, deps.backoff ?? DEFAULT_BACKOFF);
        await markFailed(db, d.id, { error: outcome.error, httpStatus: outcome.status, retryAt: next });
        if (next) summary.retrying++;
        else summary.dead++;
      }
    }
  }
}

async function post(url: string, body: string, headers: Record<string, string>, deps: DeliverDeps): Promise<{ ok: true; status: number } | { ok: false; status: number | null; error: string }> {
  try {
    // No redirects: a signed body must reach the URL the subscriber gave, not wherever it points.
    const res = await deps.fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000) });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    return { ok: false, status: res.status, error: `the receiver answered HTTP ${res.status}` };
  } catch (err) {
    const cause = err instanceof Error ? (err.name === 'TimeoutError' ? 'timed out' : err.message) : String(err);
    return { ok: false, status: null, error: `could not reach the receiver: ${cause}` };
  }
}

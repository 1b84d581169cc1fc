/**
 * The `detect` stage: the detectors over a window of days (queued by each ingest batch with the
 * days it touched), then the raised alerts sent to webhook subscribers. Idempotent: alerts are
 * upserted per situation, and deliveries are queued once per alert change.
 */
import { deliverAlerts } from '../deliver/deliver-alerts.ts';
import { runDetectors } from '../detect/run-detectors.ts';
import type { Db } from '../store/db.ts';
import type { Job } from '../store/job.repository.ts';

export async function runDetect(db: Db, job: Job): Promise<number> {
  const { from, to } = job.payload as { from: string; to: string };
  const alerts = await runDetectors(db, { from, to });
  if (alerts.length > 0) await deliverAlerts(db, { fetch, now: () => new Date() });
  return alerts.length;
}

/**
 * The `detect` stage: the detectors over the days that changed (merged into one pending pass by
 * the ingest batches: enqueueDetectDays), then the raised alerts sent to webhook subscribers.
 * Idempotent: alerts are upserted per situation, and deliveries are queued once per alert change.
 */
import { deliverAlerts } from '../deliver/deliver-alerts.ts';
import { detectDays, runDetectors } from '../detect/run-detectors.ts';
import type { Db } from '../store/db.ts';
import type { Job } from '../store/job.repository.ts';

export async function runDetect(db: Db, job: Job): Promise<number> {
  const { days, from, to } = job.payload as { days?: string[]; from?: string; to?: string };
  // A pass queued before passes were merged names one window.
  const alerts = days ? await detectDays(db, days) : await runDetectors(db, { from: from!, to: to! });
  if (alerts.length > 0) await deliverAlerts(db, { fetch, now: () => new Date() });
  return alerts.length;
}

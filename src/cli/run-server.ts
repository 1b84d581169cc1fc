/**
 * Serves the API and dashboard until SIGINT or SIGTERM, then closes the server and the store.
 * Meanwhile, every few seconds, sends the webhook deliveries that are due (new alerts raised by
 * another process, retries after backoff), and every hour runs the detectors over recent days.
 */
import { once } from 'node:events';
import { deliverAlerts } from '../deliver/deliver-alerts.ts';
import { detectRecent } from '../detect/run-detectors.ts';
import { createApp } from '../server/app.ts';
import { startServer } from '../server/serve.ts';
import { watchData } from '../store/data-watch.ts';
import type { Db } from '../store/db.ts';
import { gazetteerTowns } from './server-deps.ts';

export async function serveUntilStopped(db: Db, opts: { port: number; host: string }): Promise<void> {
  const dataWatch = await watchData(db);
  const app = createApp({ db, towns: gazetteerTowns, dataWatch });
  const server = await startServer({ fetch: (req: Request) => app.fetch(req) }, opts);
  console.log(`sahelwatch is running at ${server.url.replace(/\/$/, '')}`);
  const delivering = every(DELIVERY_INTERVAL_MS, 'webhook delivery', () => deliverAlerts(db, { fetch, now: () => new Date() }));
  const detecting = every(DETECT_INTERVAL_MS, 'scheduled detection', () => detectRecent(db));
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await Promise.all([delivering.stop(), detecting.stop()]);
  await server.close();
  await dataWatch.close();
}

const DELIVERY_INTERVAL_MS = 10_000;
/** Detectors run after every ingest; hourly runs update what changes with time alone (a siege easing). */
const DETECT_INTERVAL_MS = 3_600_000;

/** Runs job every interval, skipping a tick while the last run goes on; a failure is logged and the next run tries again. */
function every(ms: number, what: string, job: () => Promise<unknown>): { stop: () => Promise<void> } {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    running ??= job()
      .catch((err: unknown) => console.error(`${what} failed: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => (running = null));
  }, ms);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

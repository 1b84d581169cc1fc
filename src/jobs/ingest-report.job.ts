/**
 * The `ingest-report` stage: stored pending reports → extract → resolve → marked extracted, with
 * their jobs done and a detector pass queued, all in one transaction, so a worker killed at any
 * point leaves either nothing or everything. Extraction runs before the transaction (it only
 * reads), so two workers extract at once while resolutions take turns under the resolver's lock.
 */
import type { Extract } from '../cli/extractor.ts';
import type { Lang } from '../pipeline/types.ts';
import { resolveReportsIn } from '../dedup/resolver.ts';
import { windowOf } from '../detect/run-detectors.ts';
import type { Db } from '../store/db.ts';
import { lockEvents } from '../store/event-state.repository.ts';
import { completeJobs, enqueueJob, type Job } from '../store/job.repository.ts';

interface PendingReport {
  id: number;
  text: string;
  /** What the report was saved with: the document's own or the one detected (enqueueDocuments). */
  lang: Lang;
  published: string | null;
  url: string | null;
}

/** Runs a batch of ingest-report jobs; returns the events the reports' mentions are in. */
export async function runIngestReports(db: Db, extract: Extract, jobs: readonly Job[]): Promise<number[]> {
  const ids = jobs.map((j) => Number(j.payload.reportId));
  const { rows } = await db.query<PendingReport>(
    `select id, raw_text as text, lang, published_at as published, url from reports
     where id = any($1::bigint[]) and extraction_status = 'pending' order by id`,
    [ids],
  );
  const coded = rows.map((r) => {
    const result = extract({ id: String(r.id), text: r.text, lang: r.lang, ...(r.published ? { published: r.published } : {}), ...(r.url ? { url: r.url } : {}) });
    return { reportId: r.id, events: result.events, warnings: result.warnings };
  });
  return db.transaction(async (tx) => {
    // Under the resolver's lock, a report another worker finished meanwhile (its holder's lease
    // ran out while it was still at work) is left alone: each report is resolved once.
    await lockEvents(tx);
    const pending = await tx.query<{ id: number }>(`select id from reports where id = any($1::bigint[]) and extraction_status = 'pending'`, [ids]);
    const open = new Set(pending.rows.map((r) => r.id));
    const eventIds = (await resolveReportsIn(tx, coded.filter((c) => open.has(c.reportId)))).flat();
    const window = await windowOf(tx, eventIds);
    if (window) await enqueueJob(tx, 'detect', `detect:${window.from}:${window.to}`, window, { rearm: 'running' });
    await completeJobs(tx, jobs);
    return eventIds;
  });
}

/**
 * The `ingest-report` stage: stored pending reports → extract → resolve → marked extracted, with
 * their jobs done and a detector pass queued, all in one transaction, so a worker killed at any
 * point leaves either nothing or everything. Extraction runs before the transaction (it only
 * reads), and the transaction writes what concerns its reports alone before it takes the
 * resolver's lock, so two workers extract and write at once while resolutions take turns.
 */
import type { Extract } from '../cli/extractor.ts';
import type { Lang } from '../pipeline/types.ts';
import { resolveReportsIn } from '../dedup/resolver.ts';
import type { Db } from '../store/db.ts';
import { completeJobs, enqueueDetectDays, type Job } from '../store/job.repository.ts';

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
    await completeJobs(tx, jobs);
    // A report another worker finished meanwhile (its holder's lease ran out while it was still at
    // work) is left alone: each report is resolved once.
    const { eventIds, days } = await resolveReportsIn(tx, coded, { pendingOnly: true });
    await enqueueDetectDays(tx, days);
    return eventIds.flat();
  });
}

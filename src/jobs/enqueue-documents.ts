/**
 * The ingest path when workers do the work (the store is a PostgreSQL server): each document is
 * saved as a pending report (idempotent by its text, near-duplicates merged, as ingestDocuments
 * does) and an `ingest-report` job is queued for it. Extraction and resolution happen in a worker.
 */
import type { InputDocument } from '../pipeline/ingest/read-documents.ts';
import { detectLanguage } from '../pipeline/text/language.ts';
import type { Queryable, Db } from '../store/db.ts';
import { saveReport, type NewReport, type SourceRef } from '../store/report.repository.ts';
import type { SaveCounts } from '../pipeline/ingest/sources/fetch-due.ts';

export interface EnqueueSummary extends SaveCounts {
  reportIds: number[];
  /** ingest-report jobs queued. */
  queued: number;
}

export async function enqueueDocuments(db: Db, docs: Array<{ doc: InputDocument; source: SourceRef; owner?: NewReport['owner'] }>): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { reportsNew: 0, reportsMerged: 0, reportsSkipped: 0, reportIds: [], queued: 0 };
  for (const { doc, source, owner } of docs) {
    // The language the extractor would find: it reads the stored one back.
    const lang = doc.lang ?? detectLanguage(doc.text).lang;
    const { text, title, url, published } = doc;
    const report = await saveReport(db, { source, text, url: url ?? null, title: title ?? null, lang, published: published ?? null, mergeNearDuplicates: true, ...(owner ? { owner } : {}) });
    summary.reportIds.push(report.id);
    if (report.created) summary.reportsNew++;
    else if (report.merged) summary.reportsMerged++;
    else summary.reportsSkipped++;
  }
  summary.queued = await enqueuePendingReports(db, summary.reportIds);
  return summary;
}

/**
 * Queues an ingest-report job for every pending report that has none (these, or all of them):
 * a process killed between saving a report and queueing its job loses nothing, as the next
 * ingest or worker start queues it. Returns the jobs queued.
 */
export async function enqueuePendingReports(db: Queryable, reportIds?: readonly number[]): Promise<number> {
  const { rows } = await db.query(
    `insert into jobs (kind, key, payload)
     select 'ingest-report', 'ingest-report:' || r.id, jsonb_build_object('reportId', r.id)
     from reports r where r.extraction_status = 'pending' and ($1::bigint[] is null or r.id = any($1::bigint[]))
     order by r.id
     on conflict (key) do nothing
     returning id`,
    [reportIds ?? null],
  );
  return rows.length;
}

export function formatEnqueued(s: EnqueueSummary): string {
  const merged = s.reportsMerged > 0 ? `, ${s.reportsMerged} merged into stored reports (near-duplicates)` : '';
  return `reports: ${s.reportsNew} new, ${s.reportsSkipped} skipped (already stored)${merged}; ${s.queued} queued for \`sahelwatch worker\``;
}

/**
 * Saving documents: for each, extract its events, save the report (idempotent by its text; a
 * near-duplicate of a stored report, such as a syndicated copy, joins that report instead) and,
 * when the report is new, its events. Shared by `ingest` and `demo`.
 */
import type { InputDocument } from '../pipeline/ingest/read-documents.ts';
import type { Db } from '../store/db.ts';
import { resolveReport } from '../dedup/resolver.ts';
import { deliverAlerts } from '../deliver/deliver-alerts.ts';
import { daysOf, detectDays } from '../detect/run-detectors.ts';
import { saveReport, type NewReport, type SourceRef } from '../store/report.repository.ts';
import { upsertActors } from '../store/actor.repository.ts';
import { loadActorRegistry } from '../pipeline/actors/actor.registry.ts';
import { toDocument, type Extract } from './extractor.ts';
import type { Progress } from './progress.ts';

export interface IngestSummary {
  reportsNew: number;
  reportsSkipped: number;
  /** Near-duplicates of stored reports (a syndicated copy): their URL and source joined that report. */
  reportsMerged: number;
  /** The report each document was saved as (or found to be), in order. */
  reportIds: number[];
  events: number;
  /** Alerts raised or updated by the detectors after the batch. */
  alerts: number;
}

export async function ingestDocuments(
  db: Db,
  extract: Extract,
  docs: Array<{ doc: InputDocument; source: SourceRef; owner?: NewReport['owner'] }>,
  progress?: Progress,
): Promise<IngestSummary> {
  const summary: IngestSummary = { reportsNew: 0, reportsSkipped: 0, reportsMerged: 0, reportIds: [], events: 0, alerts: 0 };
  const touched: number[] = [];
  // The store keeps the actor registry beside the events that name its actors (idempotent).
  await upsertActors(db, loadActorRegistry().entries.map(({ name, inter, aliases }) => ({ name, inter, aliases })));
  for (const { doc, source, owner } of docs) {
    const { text, title, url, published } = doc;
    const result = extract(toDocument(doc));
    const report = await saveReport(db, { source, text, url: url ?? null, title: title ?? null, lang: result.lang, published: published ?? null, mergeNearDuplicates: true, ...(owner ? { owner } : {}) });
    summary.reportIds.push(report.id);
    if (report.created) {
      const ids = await resolveReport(db, report.id, result.events, result.warnings);
      touched.push(...ids);
      summary.reportsNew++;
      summary.events += ids.length;
    } else if (report.merged) {
      summary.reportsMerged++;
    } else {
      summary.reportsSkipped++;
    }
    progress?.increment();
  }
  // The batch is in: the detectors look at the days it touched.
  summary.alerts = (await detectDays(db, await daysOf(db, touched))).length;
  // Raised alerts go out to webhook subscribers at once; `serve` retries what could not be sent.
  if (summary.alerts > 0) await deliverAlerts(db, { fetch, now: () => new Date() });
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const alerts = s.alerts > 0 ? `; alerts: ${s.alerts} raised or updated` : '';
  const merged = s.reportsMerged > 0 ? `, ${s.reportsMerged} merged into stored reports (near-duplicates)` : '';
  return `reports: ${s.reportsNew} new, ${s.reportsSkipped} skipped (already stored)${merged}; events: ${s.events} saved${alerts}`;
}

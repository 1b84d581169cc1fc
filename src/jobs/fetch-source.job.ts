/**
 * The `fetch-source` stage: one source read (fetchDueSources with `only`), its new documents saved
 * as pending reports with their ingest-report jobs queued. A source's state is recorded only after
 * its reports are saved, so a worker killed mid-fetch leaves the source due and nothing doubled.
 */
import { fetchDueSources, type SourceOutcome } from '../pipeline/ingest/sources/fetch-due.ts';
import type { WebClient } from '../pipeline/ingest/sources/web-client.ts';
import type { Db } from '../store/db.ts';
import { enqueueJob, type Job } from '../store/job.repository.ts';
import { dueSources } from '../store/source.repository.ts';
import { enqueueDocuments } from './enqueue-documents.ts';

export async function runFetchSource(db: Db, client: WebClient, job: Job): Promise<SourceOutcome | undefined> {
  const name = String(job.payload.source);
  const [outcome] = await fetchDueSources(db, { client, only: name, save: (docs) => enqueueDocuments(db, docs) });
  return outcome;
}

/** Queues a fetch-source job for each source that is due and not already queued or being read. */
export async function enqueueDueSources(db: Db, now = new Date()): Promise<number> {
  let queued = 0;
  for (const s of await dueSources(db, now)) {
    if (await enqueueJob(db, 'fetch-source', `fetch-source:${s.name}`, { source: s.name }, { rearm: 'finished' })) queued++;
  }
  return queued;
}

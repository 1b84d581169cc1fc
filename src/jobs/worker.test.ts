import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCorpus } from '../../bench/report-corpus.ts';
import { loadExtractor, type Extract } from '../cli/extractor.ts';
import { ingestDocuments } from '../cli/ingest-documents.ts';
import { openStore } from '../store/connect.ts';
import type { Db } from '../store/db.ts';
import { jobCounts } from '../store/job.repository.ts';
import { TEST_DRIVERS } from '../store/test-drivers.ts';
import { enqueueDocuments } from './enqueue-documents.ts';
import { runWorker } from './worker.ts';

const DOCS = reportCorpus(12);
const mentionsPerReport = (db: Db) =>
  db.query<{ text: string; n: number }>(
    `select r.raw_text as text, count(m.id)::int as n from reports r left join event_mentions m on m.report_id = r.id group by r.id order by r.raw_text`,
  );

let extract: Extract;
let inline: Db;
beforeAll(async () => {
  extract = await loadExtractor();
  // What ingest does without a queue: the reference outcome.
  inline = await openStore({});
  await ingestDocuments(inline, extract, DOCS);
});
afterAll(() => inline.close());

describe.each(TEST_DRIVERS)('the worker on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));

  it('extracts and resolves queued reports as ingest does inline, once however often they are queued', async () => {
    const queued = await enqueueDocuments(db, DOCS);
    expect(queued).toMatchObject({ reportsNew: 12, queued: 12 });
    expect((await enqueueDocuments(db, DOCS)).queued).toBe(0);
    const summary = await runWorker(db, { extract, once: true, batch: 5, concurrency: 2, pollMs: 10 });
    expect(summary).toMatchObject({ reports: 12, failed: 0 });
    expect((await mentionsPerReport(db)).rows).toEqual((await mentionsPerReport(inline)).rows);
    const counts = await jobCounts(db);
    expect(counts['ingest-report:done']).toBe(12);
    expect(counts['detect:done']).toBeGreaterThan(0);
    const { rows } = await db.query(`select id from reports where extraction_status <> 'extracted'`);
    expect(rows).toEqual([]);
  });
});

/**
 * Importing one dataset file into the store, resumable: the position reached is stored after each
 * batch (by the file's sha256, dataset and source), read back to resume an interrupted import, and
 * forgotten when the import finishes. Shared by `import` and bench/import.bench.ts.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DATASETS, importDataset, type DatasetName, type ImportSummary } from '../pipeline/ingest/import/datasets.ts';
import type { Db } from '../store/db.ts';
import { saveImportedEvents } from '../store/event.repository.ts';
import { clearImportProgress, getImportProgress, saveImportProgress } from '../store/import-progress.repository.ts';

export interface ImportFileOptions {
  source?: string;
  batchSize?: number;
  onBytes?: (bytesRead: number) => void;
  /** Told before reading when an earlier import is resumed. */
  onResume?: (after: { rows: number; line: number }) => void;
}

export async function importFile(db: Db, dataset: DatasetName, file: string, opts: ImportFileOptions = {}): Promise<ImportSummary & { resumedAfter: number }> {
  const format = DATASETS[dataset];
  const source = { name: opts.source ?? format.defaultSource, type: 'dataset' };
  const key = { fileHash: await sha256File(file), dataset, sourceName: source.name };
  const resume = (await getImportProgress(db, key)) ?? undefined;
  if (resume) opts.onResume?.(resume);
  const summary = await importDataset(file, format, (rows) => saveImportedEvents(db, source, rows), {
    ...(opts.batchSize ? { batchSize: opts.batchSize } : {}),
    ...(opts.onBytes ? { onBytes: opts.onBytes } : {}),
    onCommit: (p) => saveImportProgress(db, key, p),
    ...(resume ? { resume } : {}),
  });
  await clearImportProgress(db, key);
  // The embedded store has no autovacuum to gather statistics: without them, queries over the
  // imported rows (the map, blocking) get plans made for an empty table.
  if (summary.inserted > 0) await db.exec('analyze events');
  return { ...summary, resumedAfter: resume?.rows ?? 0 };
}

/** The sha256 of a file's bytes, read as a stream: the import's identity, whatever its name. */
async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

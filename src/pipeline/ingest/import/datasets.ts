/**
 * Importing a dataset CSV: stream rows → map → save in batches. Rows a mapper cannot read are
 * left out and counted with their line numbers; a wrong header stops before anything is saved.
 * Memory stays bounded whatever the file's size: one batch of rows, and the first rejected rows.
 * After each batch is saved the position reached is reported (onCommit), so an interrupted import
 * can resume there (`resume`); rows being idempotent, a batch saved twice is saved once.
 */
import { ACLED_REQUIRED, mapAcledRow } from './acled.ts';
import { readCsvRows, type CsvPosition } from './csv-rows.ts';
import type { CsvRowLike, ImportedEvent, RowResult } from './fields.ts';
import { UCDP_REQUIRED, mapUcdpRow } from './ucdp.ts';

export interface DatasetFormat {
  /** What the file should be, for messages. */
  expected: string;
  /** The source name imported rows are filed under unless the user names another. */
  defaultSource: string;
  required: readonly string[];
  mapRow(row: CsvRowLike): RowResult;
}

export const DATASETS = {
  acled: { expected: 'an ACLED export', defaultSource: 'ACLED', required: ACLED_REQUIRED, mapRow: mapAcledRow },
  ucdp: { expected: 'a UCDP GED CSV', defaultSource: 'UCDP GED', required: UCDP_REQUIRED, mapRow: mapUcdpRow },
} satisfies Record<string, DatasetFormat>;

export type DatasetName = keyof typeof DATASETS;

export interface ImportOptions {
  /** Rows saved at once (default 500). */
  batchSize?: number;
  onBytes?: (bytesRead: number) => void;
  /** Where an earlier, interrupted import of the same file stopped, and how many rows it had read. */
  resume?: ImportProgress;
  /** Told after each saved batch how far the import has got (and at the end). */
  onCommit?: (progress: ImportProgress) => Promise<void>;
}

/** How far an import has got: rows read (saved or left out) and the position after the last. */
export interface ImportProgress extends CsvPosition {
  rows: number;
}

export interface ImportSummary {
  inserted: number;
  skipped: number;
  /** How many rows were left out, and the first REJECTED_KEPT of them with the reason. */
  rejectedCount: number;
  rejected: Array<{ line: number; problem: string }>;
  /** Rows read in all, those before a resume included. */
  rows: number;
}

/** Rejected rows kept with their reason; beyond, only counted (a million bad rows stay small). */
export const REJECTED_KEPT = 100;

/** Saves a batch and says how many rows were new; the store's saveImportedEvents fits. */
export type SaveBatch = (rows: ImportedEvent[]) => Promise<{ inserted: number; skipped: number }>;

export async function importDataset(path: string, format: DatasetFormat, save: SaveBatch, opts: ImportOptions = {}): Promise<ImportSummary> {
  const batchSize = opts.batchSize ?? 500;
  const summary: ImportSummary = { inserted: 0, skipped: 0, rejectedCount: 0, rejected: [], rows: opts.resume?.rows ?? 0 };
  let batch: ImportedEvent[] = [];
  let at: CsvPosition | undefined = opts.resume;
  const flush = async (): Promise<void> => {
    if (batch.length > 0) {
      const r = await save(batch);
      summary.inserted += r.inserted;
      summary.skipped += r.skipped;
      batch = [];
    }
    if (at) await opts.onCommit?.({ rows: summary.rows, byte: at.byte, line: at.line });
  };
  const rows = readCsvRows(path, {
    required: format.required,
    expected: format.expected,
    ...(opts.onBytes ? { onBytes: opts.onBytes } : {}),
    ...(opts.resume ? { from: opts.resume } : {}),
  });
  for await (const { row, line, next } of rows) {
    summary.rows++;
    at = next;
    const result = format.mapRow(row);
    if (result.ok) batch.push(result.event);
    else {
      summary.rejectedCount++;
      if (summary.rejected.length < REJECTED_KEPT) summary.rejected.push({ line, problem: result.problem });
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

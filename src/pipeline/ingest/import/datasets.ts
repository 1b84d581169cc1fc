/**
 * Importing a dataset CSV: stream rows → map → save in batches. Rows a mapper cannot read are
 * left out and counted with their line numbers; a wrong header stops before anything is saved.
 */
import { ACLED_REQUIRED, mapAcledRow } from './acled.ts';
import { readCsvRows } from './csv-rows.ts';
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
}

export interface ImportSummary {
  inserted: number;
  skipped: number;
  rejected: Array<{ line: number; problem: string }>;
}

/** Saves a batch and says how many rows were new; the store's saveImportedEvents fits. */
export type SaveBatch = (rows: ImportedEvent[]) => Promise<{ inserted: number; skipped: number }>;

export async function importDataset(path: string, format: DatasetFormat, save: SaveBatch, opts: ImportOptions = {}): Promise<ImportSummary> {
  const batchSize = opts.batchSize ?? 500;
  const summary: ImportSummary = { inserted: 0, skipped: 0, rejected: [] };
  let batch: ImportedEvent[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const r = await save(batch);
    summary.inserted += r.inserted;
    summary.skipped += r.skipped;
    batch = [];
  };
  const rows = readCsvRows(path, { required: format.required, expected: format.expected, ...(opts.onBytes ? { onBytes: opts.onBytes } : {}) });
  for await (const { row, line } of rows) {
    const result = format.mapRow(row);
    if (!result.ok) {
      summary.rejected.push({ line, problem: result.problem });
      continue;
    }
    batch.push(result.event);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

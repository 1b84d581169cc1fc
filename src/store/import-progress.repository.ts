/**
 * Where each unfinished dataset import has got (import_progress): read before an import to resume
 * it, written after each batch it commits, forgotten when it finishes.
 */
import type { Queryable } from './db.ts';

/** One import: the file (by the sha256 of its bytes), the dataset, the source it is filed under. */
export interface ImportKey {
  fileHash: string;
  dataset: string;
  sourceName: string;
}

export interface StoredImportProgress {
  /** Data rows read (saved or left out). */
  rows: number;
  /** The byte the next row starts at. */
  byte: number;
  /** The line the last row read ended on. */
  line: number;
}

export async function getImportProgress(db: Queryable, k: ImportKey): Promise<StoredImportProgress | null> {
  const { rows } = await db.query<StoredImportProgress>(
    `select rows_done as rows, next_byte as byte, last_line as line
     from import_progress where file_hash = $1 and dataset = $2 and source_name = $3`,
    [k.fileHash, k.dataset, k.sourceName],
  );
  return rows[0] ?? null;
}

export async function saveImportProgress(db: Queryable, k: ImportKey, p: StoredImportProgress): Promise<void> {
  await db.query(
    `insert into import_progress (file_hash, dataset, source_name, rows_done, next_byte, last_line, updated_at)
     values ($1, $2, $3, $4, $5, $6, now())
     on conflict (file_hash, dataset, source_name) do update set rows_done = excluded.rows_done, next_byte = excluded.next_byte,
       last_line = excluded.last_line, updated_at = now()`,
    [k.fileHash, k.dataset, k.sourceName, p.rows, p.byte, p.line],
  );
}

/** Forgets an import's progress (it finished): the next import of the file reads it from the top. */
export async function clearImportProgress(db: Queryable, k: ImportKey): Promise<void> {
  await db.query('delete from import_progress where file_hash = $1 and dataset = $2 and source_name = $3', [k.fileHash, k.dataset, k.sourceName]);
}

/**
 * Streams a dataset CSV row by row with bounded memory: the header is checked against the
 * columns a mapper needs before any row is yielded, so a wrong file fails before anything is written.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { InputError } from '../errors.ts';

export type CsvRow = Record<string, string>;

export interface CsvRowsOptions {
  /** Columns the file must have, in any order. */
  required: readonly string[];
  /** What the file should be, for the message ("an ACLED export"). */
  expected: string;
  /** Called with the bytes read so far, for a progress bar. */
  onBytes?: (bytesRead: number) => void;
}

/** The size of the file, refusing a missing or empty one. */
export async function csvFileSize(path: string): Promise<number> {
  try {
    const st = await stat(path);
    if (st.size === 0) throw new InputError('EMPTY', path, 'empty file');
    return st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError('NOT_FOUND', path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? err})`, { cause: err });
  }
}

/** A place between two rows: the byte the next row starts at, and the line the last one ended on. */
export interface CsvPosition {
  byte: number;
  line: number;
}

type Parsed = { record: string[]; info: { lines: number; bytes: number } };

/**
 * Rows as objects keyed by header, with their line number in the file and the position after them.
 * Given `from` (a position an earlier read yielded), reads the header and then resumes there,
 * without reading the rows before.
 */
export async function* readCsvRows(path: string, opts: CsvRowsOptions & { from?: CsvPosition }): AsyncGenerator<{ row: CsvRow; line: number; next: CsvPosition }> {
  await csvFileSize(path);
  const start = opts.from?.byte ?? 0;
  const lineBase = opts.from?.line ?? 0;
  let header: string[] | null = opts.from ? await readHeader(path, opts) : null;
  const file = createReadStream(path, { start });
  let bytesRead = start;
  file.on('data', (chunk) => {
    bytesRead += chunk.length;
    opts.onBytes?.(bytesRead);
  });
  const parser = file.pipe(parse({ bom: start === 0, relax_column_count: true, skip_empty_lines: true, info: true }));
  file.on('error', (err) => parser.destroy(err));
  try {
    for await (const { record, info } of parser as AsyncIterable<Parsed>) {
      if (!header) {
        header = record.map((h) => h.trim());
        checkHeader(path, header, opts);
        continue;
      }
      const row: CsvRow = {};
      header.forEach((name, i) => (row[name] = record[i] ?? ''));
      const line = lineBase + info.lines;
      yield { row, line, next: { byte: start + info.bytes, line } };
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const line = (err as { lines?: number }).lines;
    throw new InputError('BAD_CSV', line ? `${path}: line ${lineBase + line}` : path, `not valid CSV (${(err as Error).message})`, { cause: err });
  } finally {
    file.destroy();
  }
  if (!header) throw new InputError('EMPTY', path, 'empty file');
}

async function readHeader(path: string, opts: CsvRowsOptions): Promise<string[]> {
  const file = createReadStream(path);
  const parser = file.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, to_line: 1 }));
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const header = record.map((h) => h.trim());
      checkHeader(path, header, opts);
      return header;
    }
  } finally {
    file.destroy();
  }
  throw new InputError('EMPTY', path, 'empty file');
}

function checkHeader(path: string, header: string[], opts: CsvRowsOptions): void {
  const have = new Set(header);
  const missing = opts.required.filter((c) => !have.has(c));
  if (missing.length > 0) {
    throw new InputError('BAD_HEADER', path, `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${opts.expected})`);
  }
}

/** Checks a file's header (and that it is CSV at all) without reading past the first row. */
export async function checkCsvHeader(path: string, opts: CsvRowsOptions): Promise<void> {
  for await (const _ of readCsvRows(path, opts)) break;
}

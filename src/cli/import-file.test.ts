import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_HEADER, acledRow, acledRowIsGood } from '../../test/fixtures/acled-rows.ts';
import { DATASETS, importDataset, type ImportProgress } from '../pipeline/ingest/import/datasets.ts';
import type { Db } from '../store/db.ts';
import { getImportProgress, saveImportProgress } from '../store/import-progress.repository.ts';
import { TEST_DRIVERS } from '../store/test-drivers.ts';
import { importFile } from './import-file.ts';

const ROWS = 300;
let dir: string;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sahelwatch-import-file-'));
  path = join(dir, 'acled.csv');
  await writeFile(path, `${ACLED_HEADER}\n${Array.from({ length: ROWS }, (_, i) => acledRow(i)).join('\n')}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(TEST_DRIVERS)('importFile on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));

  it('resumes from the stored position of an interrupted import, then forgets it', async () => {
    // An import stopped after its second batch of 50: its progress is what it had committed.
    let committed: ImportProgress | undefined;
    const stop = async (p: ImportProgress) => {
      committed = p;
      if (p.rows >= 100) throw new Error('killed');
    };
    await expect(importDataset(path, DATASETS.acled, async (rows) => ({ inserted: rows.length, skipped: 0 }), { batchSize: 50, onCommit: stop })).rejects.toThrow('killed');
    const key = { fileHash: createHash('sha256').update(await readFile(path)).digest('hex'), dataset: 'acled', sourceName: 'ACLED' };
    await saveImportProgress(db, key, committed!);

    const summary = await importFile(db, 'acled', path, { batchSize: 50 });
    const good = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i).filter(acledRowIsGood).length;
    expect(summary).toMatchObject({ resumedAfter: committed!.rows, inserted: good(committed!.rows, ROWS), rows: ROWS });
    expect(await getImportProgress(db, key)).toBeNull();

    // Run again on the finished file: read from the top, nothing new.
    const again = await importFile(db, 'acled', path, { batchSize: 50 });
    expect(again).toMatchObject({ resumedAfter: 0, inserted: good(0, committed!.rows), skipped: good(committed!.rows, ROWS) });
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_HEADER, acledRow, acledRowIsGood } from '../../../../test/fixtures/acled-rows.ts';
import type { ImportedEvent } from './fields.ts';
import { DATASETS, importDataset, type ImportProgress } from './datasets.ts';

const ROWS = 400;
let dir: string;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sahelwatch-import-'));
  path = join(dir, 'acled.csv');
  await writeFile(path, `\uFEFF${ACLED_HEADER}\n${Array.from({ length: ROWS }, (_, i) => acledRow(i)).join('\n')}\n`);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A store of saved ids that refuses (as a killed process would stop) after `failAfter` batches. */
function store(failAfter = Infinity) {
  const saved: string[] = [];
  let batches = 0;
  const save = async (rows: ImportedEvent[]) => {
    if (batches++ >= failAfter) throw new Error('interrupted');
    saved.push(...rows.map((r) => r.external_id));
    return { inserted: rows.length, skipped: 0 };
  };
  return { saved, save };
}

describe('importDataset', () => {
  it('reads every row once, leaving out the unreadable ones with their line numbers', async () => {
    const { saved, save } = store();
    const summary = await importDataset(path, DATASETS.acled, save, { batchSize: 50 });
    const good = Array.from({ length: ROWS }, (_, i) => i).filter(acledRowIsGood);
    expect(saved).toEqual(good.map((i) => `SYN${i}`));
    expect(summary).toMatchObject({ inserted: good.length, rows: ROWS, rejectedCount: ROWS - good.length });
    // Row 96 is on line 98 plus one extra line for each earlier note with a line break (rows 0, 11, ..., 88).
    expect(summary.rejected[0]).toEqual({ line: 98 + 9, problem: 'fatalities "many" is not a count' });
  });

  it('resumes after an interruption at any batch: every row saved exactly once, line numbers unchanged', async () => {
    const whole = await importDataset(path, DATASETS.acled, store().save, { batchSize: 30 });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 12 }), async (failAfter) => {
        const first = store(failAfter);
        let committed: ImportProgress | undefined;
        const onCommit = async (p: ImportProgress) => void (committed = p);
        await expect(importDataset(path, DATASETS.acled, first.save, { batchSize: 30, onCommit })).rejects.toThrow('interrupted');
        const second = store();
        const rest = await importDataset(path, DATASETS.acled, second.save, { batchSize: 30, ...(committed ? { resume: committed } : {}) });
        expect([...first.saved, ...second.saved]).toEqual(Array.from({ length: ROWS }, (_, i) => i).filter(acledRowIsGood).map((i) => `SYN${i}`));
        expect(rest.rows).toBe(ROWS);
        const rejectedBefore = whole.rejected.filter((r) => r.line <= (committed?.line ?? 0));
        expect([...rejectedBefore, ...rest.rejected]).toEqual(whole.rejected);
      }),
      { numRuns: 13 },
    );
  });
});

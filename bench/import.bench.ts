/**
 * Dataset import throughput and memory: npm run bench (after the resolution benchmark).
 *
 * Writes IMPORT_ROWS (default 1,000,000) ACLED-shaped rows (test/fixtures/acled-rows.ts: made up,
 * deterministic, every 97th unreadable) to a temporary file, then imports it as `sahelwatch import
 * acled` does (importFile: streamed, batches of 500, progress stored after each) into the store:
 * the PostgreSQL server when DATABASE_URL is set (in a schema of its own, dropped afterwards), else
 * an embedded store on disk in a temporary folder. Then a resume: the import of a second file (other
 * ids) is stopped half way (as a crash would stop it) and run again, timing the second half.
 *
 * Peak RSS is the whole process's: with the embedded store it includes PGlite, which alone takes
 * some 700 MB once open (rss_mb_store_open); with a server it is the importer's own.
 * Prints a line per figure, then one JSON object with every figure last.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ACLED_HEADER, acledRow } from '../test/fixtures/acled-rows.ts';
import { importFile } from '../src/cli/import-file.ts';
import { randomBytes } from 'node:crypto';
import { openStore } from '../src/store/connect.ts';
import type { Db } from '../src/store/db.ts';

const ROWS = Number(process.env.IMPORT_ROWS ?? 1_000_000);
const dir = await mkdtemp(join(tmpdir(), 'sahelwatch-import-bench-'));
const figures: Record<string, number | string> = {};
const schema = `bench_${randomBytes(4).toString('hex')}`;

async function open(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  return url ? openStore({ databaseUrl: url, schema }) : openStore({ dataDir: join(dir, 'db') });
}

async function writeRows(path: string, marker: string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${ACLED_HEADER}\n`);
  for (let i = 0; i < ROWS; i++) {
    if (!out.write(`${acledRow(i).replace(/^SYN/, marker)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

try {
  const file = join(dir, 'acled.csv');
  let t = performance.now();
  await writeRows(file, 'SYN');
  figures.write_s = round((performance.now() - t) / 1000);
  figures.file_mb = round((await stat(file)).size / 1e6);

  const db = await open();
  figures.store = db.driver;
  figures.rss_mb_store_open = round(process.memoryUsage().rss / 1048576);
  try {
    t = performance.now();
    const full = await importFile(db, 'acled', file);
    const s = (performance.now() - t) / 1000;
    figures.rows = full.rows;
    figures.imported = full.inserted;
    figures.left_out = full.rejectedCount;
    figures.import_s = round(s);
    figures.import_rows_per_s = Math.round(full.rows / s);
    figures.peak_rss_mb_after_import = round(process.resourceUsage().maxRSS / 1024);

    // The resume: a second file (other ids), its import stopped half way by a failing store.
    const second = join(dir, 'acled-2.csv');
    await writeRows(second, 'RES');
    let batches = 0;
    const stopAt = Math.floor(ROWS / 2 / 500);
    const failing = Object.create(db, {
      transaction: { value: (fn: Parameters<typeof db.transaction>[0]) => (batches++ >= stopAt ? Promise.reject(new Error('stopped')) : db.transaction(fn)) },
    });
    await importFile(failing, 'acled', second).catch((err: Error) => {
      if (err.message !== 'stopped') throw err;
    });
    t = performance.now();
    const rest = await importFile(db, 'acled', second);
    figures.resumed_after_rows = rest.resumedAfter;
    figures.resume_rest_s = round((performance.now() - t) / 1000);
    figures.resume_rest_imported = rest.inserted;
  } finally {
    if (db.driver === 'postgres') await db.exec(`drop schema if exists ${schema} cascade`);
    await db.close();
  }
  figures.peak_rss_mb = round(process.resourceUsage().maxRSS / 1024);
} finally {
  await rm(dir, { recursive: true, force: true });
}

for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(32)} ${v}`);
console.log(JSON.stringify(figures));

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * `sahelwatch import acled|ucdp FILE.csv`: streams a dataset into the store in batches, in bounded
 * memory. The header is checked before anything is written; rows that cannot be read are left out
 * and listed. An import that was interrupted resumes where it stopped when run again on the same
 * file; a finished one, run again, reads the whole file and (rows being idempotent) skips every row.
 */
import { Argument, type Command } from 'commander';
import { checkCsvHeader, csvFileSize } from '../../pipeline/ingest/import/csv-rows.ts';
import { DATASETS, type DatasetName } from '../../pipeline/ingest/import/datasets.ts';
import { importFile } from '../import-file.ts';
import { startProgress } from '../progress.ts';
import { withStore } from '../store.ts';

const BATCH = 500;
/** Rejected rows listed one by one up to this many. */
const LIST_REJECTED = 5;

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import events from an ACLED export or a UCDP GED CSV (an interrupted import of the same file resumes)')
    .addArgument(new Argument('<dataset>', 'the dataset the file comes from').choices(Object.keys(DATASETS)))
    .argument('<file>', 'the CSV file')
    .option('--source <name>', 'file the events under this source (default: ACLED / UCDP GED)')
    .action(async (dataset: DatasetName, file: string, flags: { source?: string }) => {
      const size = await csvFileSize(file);
      await checkCsvHeader(file, DATASETS[dataset]);
      const summary = await withStore(async (db) => {
        const bar = startProgress(size, 'bytes', { minTotal: 1024 * 1024 });
        try {
          return await importFile(db, dataset, file, {
            batchSize: BATCH,
            onBytes: (n) => bar.update(n),
            onResume: ({ rows, line }) => process.stderr.write(`sahelwatch: ${file}: resuming after row ${rows} (line ${line})\n`),
            ...(flags.source ? { source: flags.source } : {}),
          });
        } finally {
          bar.stop();
        }
      });
      for (const r of summary.rejected.slice(0, LIST_REJECTED)) process.stderr.write(`sahelwatch: ${file}: line ${r.line}: left out: ${r.problem}\n`);
      const more = summary.rejectedCount - Math.min(LIST_REJECTED, summary.rejected.length);
      if (more > 0) process.stderr.write(`sahelwatch: ${file}: ${more} more rows left out\n`);
      const after = summary.resumedAfter > 0 ? ` (resumed after row ${summary.resumedAfter})` : '';
      console.log(`events: ${summary.inserted} imported, ${summary.skipped} skipped (already stored), ${summary.rejectedCount} rows left out${after}`);
    });
}

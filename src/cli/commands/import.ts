/**
 * `sahelwatch import acled|ucdp FILE.csv`: streams a dataset into the store in batches. The header
 * is checked before anything is written; rows that cannot be read are left out and listed.
 */
import { Argument, type Command } from 'commander';
import { checkCsvHeader, csvFileSize } from '../../pipeline/ingest/import/csv-rows.ts';
import { DATASETS, importDataset, type DatasetName } from '../../pipeline/ingest/import/datasets.ts';
import { saveImportedEvents } from '../../store/event.repository.ts';
import { startProgress } from '../progress.ts';
import { withStore } from '../store.ts';

const BATCH = 500;
/** Rejected rows listed one by one up to this many. */
const LIST_REJECTED = 5;

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import events from an ACLED export or a UCDP GED CSV')
    .addArgument(new Argument('<dataset>', 'the dataset the file comes from').choices(Object.keys(DATASETS)))
    .argument('<file>', 'the CSV file')
    .option('--source <name>', 'file the events under this source (default: ACLED / UCDP GED)')
    .action(async (dataset: DatasetName, file: string, flags: { source?: string }) => {
      const format = DATASETS[dataset];
      const size = await csvFileSize(file);
      await checkCsvHeader(file, format);
      const source = { name: flags.source ?? format.defaultSource, type: 'dataset' };
      const summary = await withStore(async (db) => {
        const bar = startProgress(size, 'bytes', { minTotal: 1024 * 1024 });
        try {
          return await importDataset(file, format, (rows) => saveImportedEvents(db, source, rows), { batchSize: BATCH, onBytes: (n) => bar.update(n) });
        } finally {
          bar.stop();
        }
      });
      for (const r of summary.rejected.slice(0, LIST_REJECTED)) process.stderr.write(`sahelwatch: ${file}: line ${r.line}: left out: ${r.problem}\n`);
      const more = summary.rejected.length - LIST_REJECTED;
      if (more > 0) process.stderr.write(`sahelwatch: ${file}: ${more} more rows left out\n`);
      console.log(`events: ${summary.inserted} imported, ${summary.skipped} skipped (already stored), ${summary.rejected.length} rows left out`);
    });
}

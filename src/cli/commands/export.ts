/**
 * `sahelwatch export --format acled-csv|geojson|hxl-csv [--out FILE]`: every matching event, read
 * from the store page by page and streamed out, so the export's size does not matter.
 */
import { Option, type Command } from 'commander';
import type { ExportableEvent } from '../../export/exportable.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.ts';
import type { Db } from '../../store/db.ts';
import { listEvents } from '../../store/event.repository.ts';
import type { EventFilter } from '../../store/types.ts';
import { addFilterOptions, filterFrom, type FilterFlags } from '../options.ts';
import { fileSink, stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';

const PAGE = 1000;

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('write events as ACLED-style CSV, GeoJSON or HXL CSV')
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(EXPORT_FORMATS)).makeOptionMandatory())
    .option('--out <file>', 'write to this file instead of standard output');
  addFilterOptions(cmd).action(async (flags: FilterFlags & { format: ExportFormat; out?: string }) => {
    const filter = filterFrom(flags);
    await withStore(async (db) => {
      const out = flags.out ? await fileSink(flags.out) : { sink: stdoutSink, close: async () => {} };
      const summary = await EXPORT_FORMATS[flags.format](pages(db, filter), out.sink);
      await out.close();
      const where = flags.out ? ` to ${flags.out}` : '';
      const left = summary.leftOut ? ` (${summary.leftOut} without coordinates left out)` : '';
      process.stderr.write(`exported ${summary.written} events${where}${left}\n`);
    });
  });
}

/** All matching events (up to filter.limit), fetched PAGE at a time. */
async function* pages(db: Db, filter: EventFilter): AsyncGenerator<ExportableEvent> {
  const max = filter.limit ?? Infinity;
  for (let offset = 0; offset < max; offset += PAGE) {
    const limit = Math.min(PAGE, max - offset);
    const rows = await listEvents(db, { ...filter, limit, offset });
    yield* rows;
    if (rows.length < limit) return;
  }
}

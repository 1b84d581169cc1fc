/**
 * `sahelwatch export --format acled-csv|geojson|hxl-csv [--out FILE]`: every matching event, read
 * from the store page by page and streamed out, so the export's size does not matter.
 */
import { Option, type Command } from 'commander';
import { eventPages } from '../../export/event-pages.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.ts';
import { addFilterOptions, filterFrom, type FilterFlags } from '../options.ts';
import { fileSink, stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';
import { SYSTEM } from '../../store/viewer.ts';

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
      const summary = await EXPORT_FORMATS[flags.format](eventPages(db, filter, SYSTEM), out.sink);
      await out.close();
      const where = flags.out ? ` to ${flags.out}` : '';
      const left = summary.leftOut ? ` (${summary.leftOut} without coordinates left out)` : '';
      process.stderr.write(`exported ${summary.written} events${where}${left}\n`);
    });
  });
}

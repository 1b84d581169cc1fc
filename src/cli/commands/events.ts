/** `sahelwatch events`: lists stored events, newest first, as a table or JSON Lines. */
import { Option, type Command } from 'commander';
import { listEvents } from '../../store/event.repository.ts';
import type { StoredEvent } from '../../store/types.ts';
import { addFilterOptions, filterFrom, type FilterFlags } from '../options.ts';
import { stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';
import { SYSTEM } from '../../store/viewer.ts';

const TABLE: Array<[string, (e: StoredEvent) => unknown]> = [
  ['id', (e) => e.id],
  ['date', (e) => e.event_date],
  ['type', (e) => e.sub_event_type || e.event_type],
  ['actor1', (e) => e.actor1],
  ['actor2', (e) => e.actor2],
  ['location', (e) => e.location],
  ['country', (e) => e.country],
  ['fatalities', (e) => e.fatalities],
];
const MAX_CELL = 32;

export function registerEvents(program: Command): void {
  const cmd = program.command('events').description('list stored events (newest first)');
  addFilterOptions(cmd)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
    .action(async (flags: FilterFlags & { format: 'table' | 'jsonl' }) => {
      const filter = filterFrom(flags);
      const events = await withStore((db) => listEvents(db, filter, SYSTEM));
      if (flags.format === 'jsonl') {
        for (const e of events) await stdoutSink(`${JSON.stringify(e)}\n`);
      } else {
        await stdoutSink(formatTable(events));
      }
    });
}

export function formatTable(events: StoredEvent[]): string {
  const rows = [TABLE.map(([h]) => h), ...events.map((e) => TABLE.map(([, get]) => cell(get(e))))];
  const widths = TABLE.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const lines = rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd());
  return `${lines.join('\n')}\n${events.length} event${events.length === 1 ? '' : 's'}\n`;
}

function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ');
  return [...s].length > MAX_CELL ? `${[...s].slice(0, MAX_CELL - 1).join('')}…` : s;
}

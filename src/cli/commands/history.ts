/** `sahelwatch history EVENT`: every change to one event, oldest first (who, when, why, what changed). */
import { Option, type Command } from 'commander';
import { eventHistory, type HistoryEntry } from '../../store/event-state.repository.ts';
import { InputError } from '../../pipeline/ingest/errors.ts';
import { positiveInt } from '../options.ts';
import { stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';
import { SYSTEM } from '../../store/viewer.ts';

export function registerHistory(program: Command): void {
  program
    .command('history')
    .description('show every change to an event: by the resolver or by a person, with before and after')
    .argument('<event>', 'event id')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
    .action(async (event: string, flags: { format: 'table' | 'jsonl' }) => {
      const id = positiveInt('EVENT', event)!;
      const changes = await withStore((db) => eventHistory(db, id, SYSTEM));
      if (changes.length === 0) throw new InputError('NOT_FOUND', `event ${id}`, 'no such event, or it has no history (imported rows have none)');
      for (const c of changes) await stdoutSink(flags.format === 'jsonl' ? `${JSON.stringify(c)}\n` : `${describeChange(c)}\n`);
    });
}

/** One line per change, then one indented line per field that changed. */
export function describeChange(c: HistoryEntry): string {
  const head = `v${c.version}  ${c.at.toISOString().slice(0, 19).replace('T', ' ')}  ${c.action.padEnd(7)}  ${c.actor}${c.reason ? `: ${c.reason}` : ''}`;
  if (!c.before) return head;
  const before = c.before as unknown as Record<string, unknown>;
  const after = c.after as unknown as Record<string, unknown>;
  const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return [head, ...changed.map((k) => `    ${k}: ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`)].join('\n');
}

/**
 * `sahelwatch changes [--since N]`: the change feed as JSON Lines, oldest first. The cursor to
 * pass next time goes to stderr, so stdout stays a clean stream for a downstream copy.
 */
import type { Command } from 'commander';
import { listChanges } from '../../store/event-state.repository.ts';
import { positiveInt } from '../options.ts';
import { stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';
import { SYSTEM } from '../../store/viewer.ts';

export function registerChanges(program: Command): void {
  program
    .command('changes')
    .description('print every event change after a cursor (creations, updates, merges, splits, reviews) as JSON Lines')
    .option('--since <cursor>', 'the last change id already seen', '0')
    .option('--limit <n>', 'at most this many changes', '10000')
    .action(async (flags: { since: string; limit: string }) => {
      const since = flags.since === '0' ? 0 : positiveInt('--since', flags.since)!;
      const limit = positiveInt('--limit', flags.limit, 100_000)!;
      const changes = await withStore((db) => listChanges(db, since, limit, SYSTEM));
      for (const c of changes) await stdoutSink(`${JSON.stringify(c)}\n`);
      process.stderr.write(`${changes.length} change(s); next cursor: ${changes.at(-1)?.id ?? since}\n`);
    });
}

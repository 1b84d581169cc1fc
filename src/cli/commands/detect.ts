/**
 * `sahelwatch detect [--from D] [--to D]`: runs the detectors over a span of days (by default the
 * last 30 days the store knows), for a schedule (cron, or `serve`, which does it every hour) or
 * after a backfill. Statuses that change with time alone (a siege easing) are updated this way.
 */
import type { Command } from 'commander';
import { detectRecent } from '../../detect/run-detectors.ts';
import { deliverAlerts } from '../../deliver/deliver-alerts.ts';
import { UsageError } from '../errors.ts';
import { isoDateOption } from '../options.ts';
import { withStore } from '../store.ts';

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('run the early-warning detectors over a span of days and save what they find as alerts')
    .option('--from <date>', 'first day (YYYY-MM-DD; default 30 days before --to)')
    .option('--to <date>', 'last day (YYYY-MM-DD; default the newest event day in the store)')
    .action(async (flags: { from?: string; to?: string }) => {
      const from = isoDateOption('--from', flags.from);
      const to = isoDateOption('--to', flags.to);
      if (from && to && from > to) throw new UsageError('BAD_OPTION', `--from ${from} is after --to ${to}`);
      const n = await withStore(async (db) => {
        const saved = await detectRecent(db, { from, to });
        await deliverAlerts(db, { fetch, now: () => new Date() });
        return saved;
      });
      process.stdout.write(`detect: ${n} alerts raised or updated\n`);
    });
}

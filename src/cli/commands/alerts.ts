/** `sahelwatch alerts [--since DATE] [--format table|jsonl] [--lang en|fr|ar]`: what the detectors found. */
import { Option, type Command } from 'commander';
import { alertTitle, type UiLang } from '../../detect/alert.title.ts';
import { listAlerts, type StoredAlert } from '../../store/alert.repository.ts';
import { isoDateOption } from '../options.ts';
import { stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';

export function registerAlerts(program: Command): void {
  program
    .command('alerts')
    .description('list the alerts the detectors raised (coordinated offensives, ...), most recent first')
    .option('--since <date>', 'alerts whose days reach this date (YYYY-MM-DD) or later')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of the titles').choices(['en', 'fr', 'ar']).default('en'))
    .action(async (flags: { since?: string; format: 'table' | 'jsonl'; lang: UiLang }) => {
      const since = isoDateOption('--since', flags.since);
      const alerts = await withStore((db) => listAlerts(db, since ? { since } : {}));
      for (const a of alerts) {
        const title = alertTitle({ kind: a.kind, facts: a.payload.facts }, flags.lang);
        await stdoutSink(flags.format === 'jsonl' ? `${JSON.stringify({ ...a, title })}\n` : `${line(a, title)}\n`);
      }
      if (flags.format === 'table') await stdoutSink(`${alerts.length} alert${alerts.length === 1 ? '' : 's'}\n`);
    });
}

function line(a: StoredAlert, title: string): string {
  const places = a.payload.places.map((p) => p.name).join(', ');
  return `#${a.id} ${a.kind} ${a.severity} ${a.status} v${a.version}  ${title}\n    ${a.first_day}${a.last_day !== a.first_day ? `..${a.last_day}` : ''}  ${places}  events ${a.event_ids.join(',')}`;
}

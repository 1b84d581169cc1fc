/**
 * `sahelwatch alerts [--since DATE] [--format table|jsonl] [--lang en|fr|ar]`: what the detectors
 * found; `sahelwatch situations` the same for standing situations only.
 */
import { Argument, Option, type Command } from 'commander';
import { alertTitle, type UiLang } from '../../detect/alert.title.ts';
import { listAlerts, setAlertStatus, type AlertStatus, type StoredAlert } from '../../store/alert.repository.ts';
import { isoDateOption, positiveInt } from '../options.ts';
import { stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';
import { SYSTEM } from '../../store/viewer.ts';

/** Standing situations: what `situations` lists (sieges, blockades and the corridors they threaten). */
const SITUATIONS = ['siege', 'blockade', 'corridor'];

export function registerAlerts(program: Command): void {
  register(program, 'alerts', 'list the alerts the detectors raised (coordinated offensives, sieges, corridors, abductions...), most recent first');
  register(program, 'situations', 'list the standing situations: declared sieges and blockades, threatened trade corridors', SITUATIONS);
  program
    .command('alert')
    .description('move an alert along its lifecycle: new → acknowledged → resolved')
    .argument('<id>', 'alert id')
    .addArgument(new Argument('<status>', 'the new status').choices(['new', 'acknowledged', 'resolved']))
    .action(async (id: string, status: AlertStatus) => {
      const alertId = positiveInt('ID', id)!;
      await withStore((db) => setAlertStatus(db, alertId, status));
      process.stdout.write(`alert ${alertId}: ${status}\n`);
    });
}

function register(program: Command, name: string, description: string, kinds?: string[]): void {
  program
    .command(name)
    .description(description)
    .option('--since <date>', 'alerts whose days reach this date (YYYY-MM-DD) or later')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of the titles').choices(['en', 'fr', 'ar']).default('en'))
    .action(async (flags: { since?: string; format: 'table' | 'jsonl'; lang: UiLang }) => {
      const since = isoDateOption('--since', flags.since);
      const alerts = await withStore((db) => listAlerts(db, { ...(since ? { since } : {}), ...(kinds ? { kinds } : {}) }, SYSTEM));
      for (const a of alerts) {
        const title = alertTitle({ kind: a.kind, facts: a.payload.facts }, flags.lang);
        await stdoutSink(flags.format === 'jsonl' ? `${JSON.stringify({ ...a, title })}\n` : `${line(a, title)}\n`);
      }
      if (flags.format === 'table') await stdoutSink(`${alerts.length} ${kinds ? 'situation' : 'alert'}${alerts.length === 1 ? '' : 's'}\n`);
    });
}

function line(a: StoredAlert, title: string): string {
  const places = a.payload.places.map((p) => (p.latitude == null ? p.name : `${p.name} (${p.latitude.toFixed(3)}, ${p.longitude!.toFixed(3)})`)).join(', ');
  return `#${a.id} ${a.kind} ${a.severity} ${a.status} v${a.version}  ${title}\n    ${a.first_day}${a.last_day !== a.first_day ? `..${a.last_day}` : ''}  ${places}  events ${a.event_ids.join(',')}`;
}

/**
 * `sahelwatch backtest ACLED.csv [--alerts OUT.jsonl] [--labels LABELS.jsonl] [--format table|json]`:
 * replays a coded dataset week by week through the detectors (src/eval/backtest.ts) and prints
 * the alerts by kind, the lead time to mass-casualty events, and, given an analyst's labels, the
 * share of alerts accepted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { backtestAcled, LEAD, precisionOf, type AlertLabel } from '../../eval/backtest.ts';
import { UsageError } from '../errors.ts';
import { startProgress, type Progress } from '../progress.ts';

export function registerBacktest(program: Command): void {
  program
    .command('backtest')
    .description('replay an ACLED export week by week through the detectors: alerts, lead time, precision against labels')
    .argument('<file>', 'an ACLED export (CSV)')
    .option('--alerts <file>', 'write every alert as JSON Lines (to label a sample)')
    .option('--labels <file>', 'JSON Lines of {"key", "accept": true|false, "why"}: an analyst’s verdicts')
    .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
    .action(async (file: string, flags: { alerts?: string; labels?: string; format: 'table' | 'json' }) => {
      const labels = flags.labels ? readLabels(flags.labels) : null;
      const progress: { bar?: Progress } = {};
      const report = await backtestAcled(file, (done, total) => (progress.bar ??= startProgress(total, 'weeks')).update(done));
      progress.bar?.stop();
      if (flags.alerts) writeFileSync(flags.alerts, report.alerts.map((a) => JSON.stringify(a)).join('\n') + '\n');
      const precision = labels ? precisionOf(report, labels) : null;
      if (flags.format === 'json') {
        process.stdout.write(`${JSON.stringify({ weeks: report.weeks, events: report.events, alerts: report.alerts.length, byKind: report.byKind, leadTime: report.leadTime, precision })}\n`);
        return;
      }
      const lines = [
        `replayed ${report.events} events over ${report.weeks} weeks: ${report.alerts.length} alerts`,
        ...Object.entries(report.byKind).sort().map(([k, n]) => `  ${k.padEnd(24)} ${n}`),
        `lead time: ${report.leadTime.alerts_followed} of ${report.leadTime.alerts_considered} situation alerts were followed within ${LEAD.horizonDays} days by an event killing ${LEAD.massCasualty}+ in their region; median ${report.leadTime.median_days ?? '-'} days after the alert (base rate over every region-week with violence: ${(100 * report.leadTime.base_rate).toFixed(1)} %)`,
      ];
      if (precision) {
        lines.push(`precision: ${precision.accepted} of ${precision.labelled} labelled alerts accepted (${precision.precision === null ? '-' : (100 * precision.precision).toFixed(1)} %)`);
        for (const [k, v] of Object.entries(precision.byKind).sort()) lines.push(`  ${k.padEnd(24)} ${v.accepted}/${v.labelled}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

function readLabels(path: string): AlertLabel[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    let x: any;
    try {
      x = JSON.parse(l);
    } catch {
      throw new UsageError('BAD_OPTION', `${path}: line ${i + 1} is not JSON`);
    }
    if (typeof x?.key !== 'string' || typeof x?.accept !== 'boolean') throw new UsageError('BAD_OPTION', `${path}: line ${i + 1} needs "key" (text) and "accept" (true or false)`);
    return { key: x.key, accept: x.accept, why: x.why };
  });
}

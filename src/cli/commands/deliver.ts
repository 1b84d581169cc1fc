/**
 * `sahelwatch deliver` (send due webhooks: run from cron, or left to `serve`, which does it every
 * few seconds), `sahelwatch deliveries [--status dead] [--retry ID]` (the delivery record and its
 * dead letters), and `sahelwatch digest SUBSCRIPTION [--day D] [--format md|html] [--lang L]`.
 */
import { Option, type Command } from 'commander';
import { deliverAlerts } from '../../deliver/deliver-alerts.ts';
import { buildDigest } from '../../deliver/digest.ts';
import { alertsChangedOn, listAlerts, visibleAlertIds } from '../../store/alert.repository.ts';
import { organisationViewer } from '../../store/organisation.repository.ts';
import { listDeliveries, retryDelivery, type DeliveryStatus } from '../../store/delivery.repository.ts';
import { subscriptionById } from '../../store/subscription.repository.ts';
import { isoDateOption, positiveInt } from '../options.ts';
import { stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';
import { SYSTEM } from '../../store/viewer.ts';

export function registerDeliver(program: Command): void {
  program
    .command('deliver')
    .description('queue new alerts for the webhook subscriptions they match and send what is due (signed, retried with backoff)')
    .action(async () => {
      const s = await withStore((db) => deliverAlerts(db, { fetch, now: () => new Date() }));
      process.stdout.write(`deliveries: ${s.queued} queued, ${s.delivered} delivered, ${s.retrying} to retry, ${s.dead} dead\n`);
    });

  program
    .command('deliveries')
    .description('list webhook deliveries, newest first (dead letters with --status dead)')
    .addOption(new Option('--status <status>', 'only these').choices(['pending', 'delivered', 'superseded', 'dead']))
    .option('--retry <id>', 'put a dead delivery back in the queue')
    .action(async (flags: { status?: DeliveryStatus; retry?: string }) => {
      const retry = positiveInt('--retry', flags.retry);
      const rows = await withStore(async (db) => {
        if (retry !== undefined) process.stdout.write((await retryDelivery(db, retry, new Date())) ? `delivery ${retry} queued again\n` : `delivery ${retry} is not dead\n`);
        return listDeliveries(db, flags.status ? { status: flags.status } : {});
      });
      for (const d of rows) {
        await stdoutSink(`#${d.id} ${d.status} subscription ${d.subscription_id} alert ${d.alert_id} v${d.alert_version} attempts ${d.attempts}${d.last_status ? ` HTTP ${d.last_status}` : ''}${d.last_error ? `  ${d.last_error}` : ''}\n`);
      }
    });

  program
    .command('digest')
    .description('the daily digest of a subscription: the day’s alerts and the standing situations matching its filter')
    .argument('<subscription>', 'subscription id (see: sahelwatch subscription list)')
    .option('--day <date>', 'the day (YYYY-MM-DD, UTC; default today)')
    .addOption(new Option('--format <format>', 'output').choices(['md', 'html']).default('md'))
    .addOption(new Option('--lang <lang>', 'language').choices(['en', 'fr', 'ar']).default('en'))
    .action(async (id: string, flags: { day?: string; format: 'md' | 'html'; lang: 'en' | 'fr' | 'ar' }) => {
      const subId = positiveInt('SUBSCRIPTION', id)!;
      const day = isoDateOption('--day', flags.day) ?? new Date().toISOString().slice(0, 10);
      const digest = await withStore(async (db) => {
        const subscription = await subscriptionById(db, subId);
        // The digest holds what the subscribing organisation may see, no more.
        const reader = await organisationViewer(db, subscription.organisation_id, `subscription:${subscription.id}`);
        const changed = await alertsChangedOn(db, day);
        const standing = (await listAlerts(db, { kinds: ['siege', 'blockade', 'corridor'] }, SYSTEM)).filter((a) => a.status !== 'resolved');
        const visible = await visibleAlertIds(db, [...changed, ...standing].map((a) => a.id), reader);
        const shown = (alerts: typeof changed) => alerts.filter((a) => visible.has(a.id));
        return buildDigest({ subscription, day, lang: flags.lang, changed: shown(changed), standing: shown(standing) });
      });
      await stdoutSink(flags.format === 'html' ? digest.html : `${digest.markdown}\n`);
    });
}

/**
 * `sahelwatch org create|list` and `sahelwatch subscription add|list|remove`: who receives which
 * alerts. A subscription's filter takes kinds, actors, countries, a bbox or a polygon (a GeoJSON
 * file) and a severity floor; with --webhook, its signing secret is printed once.
 */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { appendAudit } from '../../store/audit.repository.ts';
import { ensureOrganisation, listOrganisations, organisationByName } from '../../store/organisation.repository.ts';
import { createSubscription, listSubscriptions, removeSubscription } from '../../store/subscription.repository.ts';
import { UsageError } from '../errors.ts';
import { positiveInt } from '../options.ts';
import { withStore } from '../store.ts';

interface AddFlags {
  org: string;
  name: string;
  webhook?: string;
  kinds?: string;
  actors?: string;
  countries?: string;
  bbox?: string;
  polygon?: string;
  minSeverity?: string;
  digest: boolean;
}

export function registerSubscriptions(program: Command): void {
  const org = program.command('org').description('organisations: the cells and NGOs that receive alerts');
  org.command('create').argument('<name>').description('create an organisation (again is harmless)').action(async (name: string) => {
    const made = await withStore(async (db) => {
      const o = await ensureOrganisation(db, name);
      await appendAudit(db, { actor: 'cli', action: 'organisation.create', subject: `organisation:${o.id}`, detail: { name: o.name } });
      return o;
    });
    process.stdout.write(`organisation ${made.id}: ${made.name}\n`);
  });
  org.command('list').description('list the organisations').action(async () => {
    for (const o of await withStore(listOrganisations)) process.stdout.write(`${o.id}\t${o.name}\n`);
  });

  const sub = program.command('subscription').description('what an organisation is alerted about, and how');
  sub
    .command('add')
    .description('subscribe an organisation to the alerts matching a filter (a webhook, a daily digest)')
    .requiredOption('--org <name>', 'the organisation')
    .requiredOption('--name <name>', 'a name for the subscription, unique in the organisation')
    .option('--webhook <url>', 'POST each alert there, signed (X-Sahelwatch-Signature)')
    .option('--kinds <list>', 'comma-separated: coordinated_offensive,escalation,siege,blockade,corridor,civilian_threat,abduction')
    .option('--actors <list>', 'comma-separated actor names or parts of names (JNIM)')
    .option('--countries <list>', 'comma-separated countries (Mali,Senegal)')
    .option('--bbox <w,s,e,n>', 'an area: west,south,east,north in degrees')
    .option('--polygon <file>', 'an area: a GeoJSON file holding one Polygon (its outer ring is used)')
    .addOption(new Option('--min-severity <level>', 'only alerts this severe or more').choices(['info', 'low', 'medium', 'high', 'critical']))
    .option('--no-digest', 'no daily digest')
    .action(async (flags: AddFlags) => {
      const filter = {
        ...(flags.kinds ? { kinds: list(flags.kinds) } : {}),
        ...(flags.actors ? { actors: list(flags.actors) } : {}),
        ...(flags.countries ? { countries: list(flags.countries) } : {}),
        ...(flags.bbox ? { bbox: flags.bbox.split(',').map(Number) } : {}),
        ...(flags.polygon ? { polygon: await polygonFrom(flags.polygon) } : {}),
        ...(flags.minSeverity ? { min_severity: flags.minSeverity } : {}),
      };
      const { subscription, secret } = await withStore(async (db) => {
        const o = await organisationByName(db, flags.org);
        const made = await createSubscription(db, { organisation_id: o.id, name: flags.name, filter, webhook_url: flags.webhook ?? null, digest: flags.digest });
        await appendAudit(db, { actor: 'cli', action: 'subscription.add', subject: `subscription:${made.subscription.id}`, detail: { organisation: o.name, name: flags.name, filter, webhook_url: flags.webhook ?? null } });
        return made;
      });
      process.stdout.write(`subscription ${subscription.id}: ${subscription.organisation} / ${subscription.name}\n`);
      if (secret) process.stdout.write(`webhook secret (shown once; verify X-Sahelwatch-Signature with it): ${secret}\n`);
    });
  sub
    .command('list')
    .option('--org <name>', 'only this organisation’s')
    .description('list subscriptions and their filters')
    .action(async (flags: { org?: string }) => {
      const subs = await withStore(async (db) => listSubscriptions(db, flags.org ? (await organisationByName(db, flags.org)).id : undefined));
      for (const s of subs) {
        process.stdout.write(`${s.id}\t${s.organisation}\t${s.name}\t${JSON.stringify(s.filter)}\t${s.webhook_url ?? '-'}\t${s.digest ? 'digest' : 'no digest'}\n`);
      }
    });
  sub.command('remove').argument('<id>').description('remove a subscription and its delivery records').action(async (id: string) => {
    const n = positiveInt('ID', id)!;
    await withStore(async (db) => {
      await removeSubscription(db, n);
      await appendAudit(db, { actor: 'cli', action: 'subscription.remove', subject: `subscription:${n}`, detail: {} });
    });
    process.stdout.write(`subscription ${n} removed\n`);
  });
}

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

async function polygonFrom(path: string): Promise<unknown> {
  let geo: any;
  try {
    geo = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new UsageError('BAD_OPTION', `--polygon ${path}: not a readable JSON file (${(cause as Error).message})`);
  }
  const geometry = geo?.type === 'Feature' ? geo.geometry : geo?.type === 'FeatureCollection' ? geo.features?.[0]?.geometry : geo;
  if (geometry?.type !== 'Polygon' || !Array.isArray(geometry.coordinates?.[0])) {
    throw new UsageError('BAD_OPTION', `--polygon ${path}: expected a GeoJSON Polygon (or a Feature holding one)`);
  }
  return geometry.coordinates[0];
}

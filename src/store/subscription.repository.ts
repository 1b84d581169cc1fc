/**
 * Subscriptions: what an organisation wants to hear about (a filter) and how (a webhook, a daily
 * digest). The webhook's signing secret is made here and shown once, when the subscription is made.
 */
import { randomBytes } from 'node:crypto';
import { AlertFilter } from '../deliver/alert.filter.ts';
import type { Queryable } from './db.ts';
import { StoreError } from './errors.ts';

export interface Subscription {
  id: number;
  organisation_id: number;
  organisation: string;
  name: string;
  filter: AlertFilter;
  webhook_url: string | null;
  digest: boolean;
  enabled: boolean;
  created_at: Date;
}

export interface NewSubscription {
  organisation_id: number;
  name: string;
  filter: unknown;
  webhook_url?: string | null;
  digest?: boolean;
}

const COLUMNS = `s.id, s.organisation_id, o.name as organisation, s.name, s.filter, s.webhook_url, s.digest, s.enabled, s.created_at`;

/** Saves a subscription; with a webhook, answers the secret its deliveries are signed with. */
export async function createSubscription(db: Queryable, s: NewSubscription): Promise<{ subscription: Subscription; secret: string | null }> {
  const filter = AlertFilter.safeParse(s.filter);
  if (!filter.success) throw new StoreError('STORE_INVALID_INPUT', `bad filter: ${filter.error.issues.map((i) => `${i.path.join('.') || 'filter'}: ${i.message}`).join('; ')}`);
  const url = s.webhook_url ? webhookUrl(s.webhook_url) : null;
  const secret = url ? randomBytes(32).toString('base64url') : null;
  const { rows } = await db.query<{ id: number }>(
    `insert into subscriptions (organisation_id, name, filter, webhook_url, webhook_secret, digest)
     values ($1, $2, $3, $4, $5, $6) on conflict (organisation_id, name) do nothing returning id`,
    [s.organisation_id, s.name, JSON.stringify(filter.data), url, secret, s.digest ?? true],
  );
  if (!rows[0]) throw new StoreError('STORE_CONFLICT', `the organisation already has a subscription named "${s.name}"`);
  return { subscription: (await subscriptionsWhere(db, 's.id = $1', [rows[0].id]))[0]!, secret };
}

export function listSubscriptions(db: Queryable, organisationId?: number): Promise<Subscription[]> {
  return subscriptionsWhere(db, '$1::bigint is null or s.organisation_id = $1', [organisationId ?? null]);
}

/** The enabled subscriptions with a webhook, with their secrets: for the delivery stage only. */
export async function webhookSubscriptions(db: Queryable): Promise<(Subscription & { webhook_url: string; webhook_secret: string })[]> {
  const { rows } = await db.query<Subscription & { webhook_url: string; webhook_secret: string }>(
    `select ${COLUMNS}, s.webhook_secret from subscriptions s join organisations o on o.id = s.organisation_id
     where s.enabled and s.webhook_url is not null order by s.id`,
  );
  return rows;
}

export async function subscriptionById(db: Queryable, id: number): Promise<Subscription> {
  const found = await subscriptionsWhere(db, 's.id = $1', [id]);
  if (!found[0]) throw new StoreError('STORE_NOT_FOUND', `no subscription with id ${id}`);
  return found[0];
}

/** Removes a subscription and its delivery records. */
export async function removeSubscription(db: Queryable, id: number): Promise<void> {
  const { rows } = await db.query('delete from subscriptions where id = $1 returning id', [id]);
  if (rows.length === 0) throw new StoreError('STORE_NOT_FOUND', `no subscription with id ${id}`);
}

async function subscriptionsWhere(db: Queryable, where: string, params: unknown[]): Promise<Subscription[]> {
  const { rows } = await db.query<Subscription>(
    `select ${COLUMNS} from subscriptions s join organisations o on o.id = s.organisation_id where ${where} order by o.name, s.name`,
    params,
  );
  return rows;
}

function webhookUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StoreError('STORE_INVALID_INPUT', `"${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new StoreError('STORE_INVALID_INPUT', 'a webhook URL must be http or https');
  if (url.username || url.password) throw new StoreError('STORE_INVALID_INPUT', 'a webhook URL must not carry credentials; deliveries are signed instead');
  return url.toString();
}

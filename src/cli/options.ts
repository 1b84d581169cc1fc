/** Option values shared by several commands, checked once into typed values (a bad one is a UsageError). */
import { Option, type Command } from 'commander';
import { isIsoDate } from '../pipeline/ingest/iso-date.ts';
import type { Lang } from '../pipeline/types.ts';
import type { EventFilter } from '../store/types.ts';
import { UsageError } from './errors.ts';

export function isoDateOption(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError('BAD_OPTION', `${flag} must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

export function langOption(value: string | undefined): Lang | undefined {
  return value === undefined || value === 'auto' ? undefined : (value as Lang);
}

export function positiveInt(flag: string, value: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new UsageError('BAD_OPTION', `${flag} must be a whole number from 1 to ${max}, got "${value}"`);
  return n;
}

/** --published and --lang, as extract and ingest take them. */
export function addDocumentOptions(cmd: Command): Command {
  return cmd
    .option('--published <date>', 'publication date (YYYY-MM-DD) of documents that carry none')
    .addOption(new Option('--lang <lang>', 'language of documents that carry none').choices(['ar', 'fr', 'en', 'auto']).default('auto'));
}

export interface FilterFlags {
  from?: string;
  to?: string;
  country?: string;
  admin1?: string;
  actor?: string;
  type?: string;
  status?: 'unverified' | 'verified' | 'rejected';
  limit?: string;
}

/** The event filter options of `events` and `export`. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--from <date>', 'events on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this date (YYYY-MM-DD)')
    .option('--country <name>', 'country, as ACLED writes it (Mali)')
    .option('--admin1 <name>', 'first-level region (Kayes)')
    .option('--actor <text>', 'actor1 or actor2 contains this (any case)')
    .option('--type <type>', 'event type or sub-event type, exactly')
    .addOption(new Option('--status <status>', 'review status (export --status verified: only what analysts confirmed)').choices(['unverified', 'verified', 'rejected']))
    .option('--limit <n>', 'at most this many events');
}

export function filterFrom(flags: FilterFlags): EventFilter & { limit?: number } {
  const from = isoDateOption('--from', flags.from);
  const to = isoDateOption('--to', flags.to);
  if (from && to && from > to) throw new UsageError('BAD_OPTION', `--from ${from} is after --to ${to}`);
  const limit = positiveInt('--limit', flags.limit);
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(flags.country ? { country: flags.country } : {}),
    ...(flags.admin1 ? { admin1: flags.admin1 } : {}),
    ...(flags.actor ? { actor: flags.actor } : {}),
    ...(flags.type ? { type: flags.type } : {}),
    ...(flags.status ? { status: flags.status } : {}),
    ...(limit ? { limit } : {}),
  };
}

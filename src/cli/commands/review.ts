/**
 * `sahelwatch review EVENT ACTION [ARGS...]`: what an analyst decides about an event.
 *
 *   review 42 confirm --reason "two independent sources"
 *   review 42 reject
 *   review 42 edit fatalities=7 location="Nioro du Sahel"
 *   review 42 merge 43 44
 *   review 42 split 310 311        (mention ids, from `sahelwatch history 42` or the API)
 */
import type { Command } from 'commander';
import { NUMERIC_FIELDS, reviewEvent, type Review } from '../../dedup/event.review.ts';
import { UsageError } from '../errors.ts';
import { positiveInt } from '../options.ts';
import { withStore } from '../store.ts';

const ACTIONS = ['confirm', 'reject', 'edit', 'merge', 'split'] as const;

export function registerReview(program: Command): void {
  program
    .command('review')
    .description(`review an event: ${ACTIONS.join(', ')}`)
    .argument('<event>', 'event id')
    .argument('<action>', ACTIONS.join(' | '))
    .argument('[args...]', 'edit: field=value...; merge: other event ids; split: mention ids to move out')
    .option('--by <name>', 'who decides (default: $USER)')
    .option('--reason <text>', 'why, for the history')
    .action(async (event: string, action: string, args: string[], flags: { by?: string; reason?: string }) => {
      const id = positiveInt('EVENT', event)!;
      const review = parseReview(action, args);
      const by = flags.by ?? process.env.USER ?? 'cli';
      const ids = await withStore((db) => reviewEvent(db, id, review, { by, reason: flags.reason }));
      process.stdout.write(`${action}: event${ids.length > 1 ? 's' : ''} ${ids.join(', ')}\n`);
    });
}

export function parseReview(action: string, args: string[]): Review {
  switch (action) {
    case 'confirm':
    case 'reject':
      if (args.length > 0) throw new UsageError('BAD_OPTION', `${action} takes no arguments, got "${args.join(' ')}"`);
      return { action };
    case 'edit': {
      if (args.length === 0) throw new UsageError('MISSING_ARGUMENT', 'edit needs field=value pairs, e.g. fatalities=7');
      const fields: Record<string, string | number | null> = {};
      for (const a of args) {
        const eq = a.indexOf('=');
        if (eq <= 0) throw new UsageError('BAD_OPTION', `edit: "${a}" is not field=value`);
        const [k, v] = [a.slice(0, eq), a.slice(eq + 1)];
        fields[k] = v === '' ? null : NUMERIC_FIELDS.has(k) ? Number(v) : v;
      }
      return { action, fields };
    }
    case 'merge':
    case 'split': {
      if (args.length === 0) throw new UsageError('MISSING_ARGUMENT', `${action} needs ${action === 'merge' ? 'other event ids' : 'mention ids'}`);
      const ids = args.map((a) => positiveInt(action === 'merge' ? 'event id' : 'mention id', a)!);
      return action === 'merge' ? { action, others: ids } : { action, mentions: ids };
    }
    default:
      throw new UsageError('BAD_OPTION', `action must be one of ${ACTIONS.join(', ')}, got "${action}"`);
  }
}

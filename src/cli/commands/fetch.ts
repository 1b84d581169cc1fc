/**
 * `sahelwatch fetch [--source NAME]`: one pass over the sources that are due (or the one named),
 * saving what is new through the same pipeline as `ingest`. One line per source says what came of
 * it; a source that fails is one line among the others, retried later by its backoff.
 */
import type { Command } from 'commander';
import { enqueueDocuments } from '../../jobs/enqueue-documents.ts';
import { fetchDueSources, type SourceOutcome } from '../../pipeline/ingest/sources/fetch-due.ts';
import { createWebClient } from '../../pipeline/ingest/sources/web-client.ts';
import { loadExtractor, type Extract } from '../extractor.ts';
import { ingestDocuments } from '../ingest-documents.ts';
import { positiveInt } from '../options.ts';
import { startProgress, type Progress } from '../progress.ts';
import { withStore } from '../store.ts';

export function registerFetch(program: Command): void {
  program
    .command('fetch')
    .description('read the sources that are due (see `source add`) and save their new reports')
    .option('--source <name>', 'read only this source, due or not')
    .option('--timeout <seconds>', 'give up on one request after this many seconds', '15')
    .action(async (flags: { source?: string; timeout: string }) => {
      const timeoutMs = positiveInt('--timeout', flags.timeout, 600)! * 1000;
      let extract: Extract | undefined;
      let bar: Progress | undefined;
      const outcomes = await withStore(async (db) => {
        try {
          return await fetchDueSources(db, {
            client: createWebClient({ timeoutMs }),
            // On a server the reports are queued for the workers; the embedded store extracts them here.
            save: async (docs) => (db.driver === 'postgres' ? enqueueDocuments(db, docs) : ingestDocuments(db, (extract ??= await loadExtractor()), docs)),
            ...(flags.source ? { only: flags.source } : {}),
            onStart: (n) => (bar = startProgress(n, 'sources', { minTotal: 2 })),
            onOutcome: () => bar?.increment(),
          });
        } finally {
          bar?.stop();
        }
      });
      for (const o of outcomes) console.log(describe(o));
      console.log(summarise(outcomes));
    });
}

function describe(o: SourceOutcome): string {
  const items = o.itemErrors.map((e) => `\n  item left for the next pass: ${e}`).join('');
  if (o.status === 'not-modified') return `${o.source}: not modified (HTTP 304)`;
  if (o.status === 'robots') return `${o.source}: skipped: ${o.error}`;
  if (o.status === 'failed') return `${o.source}: failed: ${o.error} (next try ${o.nextAt?.toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
  const parts = [`${o.reportsNew} new`, `${o.reportsMerged} merged as near-duplicates`, `${o.reportsSkipped} already stored`, `${o.seen} seen before`];
  if (o.disallowed > 0) parts.push(`${o.disallowed} disallowed by robots.txt`);
  return `${o.source}: ${parts.join(', ')}${items}`;
}

function summarise(outcomes: SourceOutcome[]): string {
  const count = (status: SourceOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const sum = (key: 'reportsNew' | 'reportsMerged' | 'reportsSkipped') => outcomes.reduce((n, o) => n + o[key], 0);
  if (outcomes.length === 0) return 'no source is due';
  return (
    `sources: ${count('fetched')} fetched, ${count('not-modified')} not modified, ${count('robots')} skipped by robots.txt, ${count('failed')} failed; ` +
    `reports: ${sum('reportsNew')} new, ${sum('reportsMerged')} merged as near-duplicates, ${sum('reportsSkipped')} already stored`
  );
}

/**
 * `sahelwatch ingest PATH|URL...`: reads every input first (nothing is written if one is bad),
 * then saves each report and the events extracted from it. Ingesting the same text twice adds nothing.
 */
import { Option, type Command } from 'commander';
import { enqueueDocuments, formatEnqueued } from '../../jobs/enqueue-documents.ts';
import { isUrl } from '../../pipeline/ingest/read-documents.ts';
import { SOURCE_TYPES } from '../../store/types.ts';
import { loadExtractor } from '../extractor.ts';
import { formatSummary, ingestDocuments } from '../ingest-documents.ts';
import { readAll, sourcesOrStdin } from '../inputs.ts';
import { addDocumentOptions, isoDateOption, langOption, positiveInt } from '../options.ts';
import { startProgress } from '../progress.ts';
import { withStore } from '../store.ts';
import { appendAudit } from '../../store/audit.repository.ts';

interface IngestFlags {
  source?: string;
  sourceType: string;
  reliability?: string;
  published?: string;
  lang?: string;
  timeout?: string;
}

/** Reports shown with a progress bar from this many on. */
const PROGRESS_FROM = 5;

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('save reports (files, JSON Lines, http(s) URLs) and the events coded from them')
    .argument('[inputs...]', 'files, .jsonl files, http(s) URLs; - for standard input')
    .option('--source <name>', 'the source the reports come from (default: the URL host, or "local files")')
    .addOption(new Option('--source-type <type>', 'kind of source').choices([...SOURCE_TYPES]).default('independent media'))
    .addOption(new Option('--reliability <grade>', "the source's reliability (Admiralty code: A reliable .. E unreliable, F cannot be judged)").choices(['A', 'B', 'C', 'D', 'E', 'F']))
    .option('--timeout <seconds>', 'give up on a URL after this many seconds', '15');
  addDocumentOptions(cmd).action(async (inputs: string[], flags: IngestFlags) => {
    const published = isoDateOption('--published', flags.published);
    const lang = langOption(flags.lang);
    const timeoutMs = positiveInt('--timeout', flags.timeout, 600)! * 1000;
    const docs = await readAll(sourcesOrStdin(inputs), { ...(published ? { published } : {}), ...(lang ? { lang } : {}), timeoutMs });
    const withSources = docs.map((doc) => ({ doc, source: { name: sourceName(flags.source, doc.url ?? doc.id), type: flags.sourceType, reliability: flags.reliability ?? null } }));
    const line = await withStore(async (db) => {
      // On a server, workers (`sahelwatch worker`) extract and resolve; the embedded store does it here.
      if (db.driver === 'postgres') return formatEnqueued(await enqueueDocuments(db, withSources));
      const extract = await loadExtractor();
      const bar = startProgress(docs.length, 'reports', { minTotal: PROGRESS_FROM });
      try {
        const done = await ingestDocuments(db, extract, withSources, bar);
        await appendAudit(db, { actor: 'cli', action: 'ingest', subject: `reports:${docs.length}`, detail: { inputs, summary: { ...done } } });
        return formatSummary(done);
      } finally {
        bar.stop();
      }
    });
    console.log(line);
  });
}

function sourceName(given: string | undefined, where: string): string {
  if (given) return given;
  return isUrl(where) ? new URL(where).hostname : 'local files';
}

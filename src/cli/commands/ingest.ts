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
import type { Db } from '../../store/db.ts';
import { organisationByName } from '../../store/organisation.repository.ts';
import { partnershipOf } from '../../store/partnership.repository.ts';
import type { NewReport } from '../../store/report.repository.ts';
import { UsageError } from '../errors.ts';

interface IngestFlags {
  org?: string;
  sharing?: 'private' | 'partners' | 'public';
  partnership?: string;
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
    .option('--timeout <seconds>', 'give up on a URL after this many seconds', '15')
    .option('--org <name>', 'the organisation that owns the reports (default: the built-in local organisation)')
    .addOption(new Option('--sharing <level>', 'who may see the reports and what is coded from them (default: private with --org, else public)').choices(['private', 'partners', 'public']))
    .option('--partnership <name>', 'with --sharing partners: the partnership of --org that may see them');
  addDocumentOptions(cmd).action(async (inputs: string[], flags: IngestFlags) => {
    const published = isoDateOption('--published', flags.published);
    const lang = langOption(flags.lang);
    const timeoutMs = positiveInt('--timeout', flags.timeout, 600)! * 1000;
    const docs = await readAll(sourcesOrStdin(inputs), { ...(published ? { published } : {}), ...(lang ? { lang } : {}), timeoutMs });
    const line = await withStore(async (db) => {
      const owner = await ownerOf(db, flags);
      const withSources = docs.map((doc) => ({
        doc, source: { name: sourceName(flags.source, doc.url ?? doc.id), type: flags.sourceType, reliability: flags.reliability ?? null }, ...(owner ? { owner } : {}),
      }));
      // On a server, workers (`sahelwatch worker`) extract and resolve; the embedded store does it here.
      if (db.driver === 'postgres') return formatEnqueued(await enqueueDocuments(db, withSources));
      const extract = await loadExtractor();
      const bar = startProgress(docs.length, 'reports', { minTotal: PROGRESS_FROM });
      try {
        const done = await ingestDocuments(db, extract, withSources, bar);
        await appendAudit(db, { actor: 'cli', action: 'ingest', subject: `reports:${docs.length}`, detail: { inputs, owner: owner ?? null, summary: { ...done } } });
        return formatSummary(done);
      } finally {
        bar.stop();
      }
    });
    console.log(line);
  });
}

/** --org, --sharing and --partnership as the store's owner of a report (none: the local organisation, public). */
async function ownerOf(db: Db, flags: IngestFlags): Promise<NewReport['owner'] | undefined> {
  if (flags.partnership && flags.sharing !== 'partners') throw new UsageError('BAD_OPTION', '--partnership goes with --sharing partners');
  if (flags.sharing === 'partners' && !flags.partnership) throw new UsageError('MISSING_ARGUMENT', '--sharing partners needs --partnership NAME');
  if (!flags.org) {
    if (flags.sharing && flags.sharing !== 'public') throw new UsageError('MISSING_ARGUMENT', `--sharing ${flags.sharing} needs --org NAME: whose reports are they?`);
    return undefined;
  }
  const org = await organisationByName(db, flags.org);
  const sharing = flags.sharing ?? 'private';
  const partnershipId = flags.partnership ? (await partnershipOf(db, flags.partnership, org.id)).id : null;
  return { organisationId: org.id, sharing, partnershipId };
}

function sourceName(given: string | undefined, where: string): string {
  if (given) return given;
  return isUrl(where) ? new URL(where).hostname : 'local files';
}

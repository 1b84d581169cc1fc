/**
 * One pass over the sources that are due: each is read, its new documents saved, and only then its
 * state recorded (validators, next time due), so a pass cut short reads the same items again next
 * time and, reports being idempotent, nothing is lost or doubled. A queue job can run it as it is.
 *
 * Errors are values: a source that fails gets its failure recorded (and a later retry by the
 * backoff) and the pass goes on with the others.
 *
 * @example const outcomes = await fetchDueSources(db, { client: createWebClient(), save });
 */
import type { Db } from '../../../store/db.ts';
import { StoreError } from '../../../store/errors.ts';
import { knownUrls } from '../../../store/report.repository.ts';
import type { SourceRef } from '../../../store/report.repository.ts';
import { dueSources, recordFailure, recordFetched, type Source } from '../../../store/source.repository.ts';
import { InputError } from '../errors.ts';
import type { InputDocument } from '../read-documents.ts';
import { retryDelaySeconds } from './backoff.ts';
import { readSource } from './read-source.ts';
import type { WebClient } from './web-client.ts';

export interface SaveCounts {
  reportsNew: number;
  /** Near-duplicates of stored reports (syndicated copies): their URL joined the stored report. */
  reportsMerged: number;
  /** The same text was already stored. */
  reportsSkipped: number;
}

export interface FetchPassDeps {
  client: WebClient;
  /** Saves documents through the pipeline (ingestDocuments); called once per source at most. */
  save: (docs: Array<{ doc: InputDocument; source: SourceRef }>) => Promise<SaveCounts>;
  /** Only this source, due or not. */
  only?: string;
  /** Sources read at once (default 4); the web client keeps each host polite whatever this is. */
  concurrency?: number;
  now?: () => Date;
  random?: () => number;
  /** Told how many sources the pass reads, then of each when it is done (a progress bar). */
  onStart?: (sources: number) => void;
  onOutcome?: (outcome: SourceOutcome) => void;
}

export type SourceStatus = 'fetched' | 'not-modified' | 'robots' | 'failed';

export interface SourceOutcome extends SaveCounts {
  source: string;
  status: SourceStatus;
  /** Items left out because they were already stored (their URL is known). */
  seen: number;
  /** Items left out because robots.txt disallows their page. */
  disallowed: number;
  /** Problems with single items or files; the others were read. */
  itemErrors: string[];
  /** What went wrong, for 'robots' and 'failed'. */
  error?: string;
  /** When the source is due again. */
  nextAt?: Date;
}

const NOTHING: SaveCounts = { reportsNew: 0, reportsMerged: 0, reportsSkipped: 0 };

export async function fetchDueSources(db: Db, deps: FetchPassDeps): Promise<SourceOutcome[]> {
  const now = deps.now ?? (() => new Date());
  const sources = await dueSources(db, now(), deps.only);
  deps.onStart?.(sources.length);
  // Saving goes one source at a time: the pipeline's writes are not meant to interleave.
  let saving: Promise<unknown> = Promise.resolve();
  const save: FetchPassDeps['save'] = (docs) => {
    const next = saving.then(() => deps.save(docs));
    saving = next.catch(() => undefined);
    return next;
  };
  const outcomes: SourceOutcome[] = new Array(sources.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sources.length) {
      const i = next++;
      outcomes[i] = await passOver(db, sources[i]!, { ...deps, save, now });
      deps.onOutcome?.(outcomes[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 4, sources.length) }, worker));
  return outcomes;
}

async function passOver(db: Db, source: Source, deps: FetchPassDeps & { now: () => Date }): Promise<SourceOutcome> {
  const at = deps.now();
  const base = { source: source.name, ...NOTHING, seen: 0, disallowed: 0, itemErrors: [] as string[] };
  try {
    const read = await readSource(source, { client: deps.client, knownUrls: (urls) => knownUrls(db, urls) });
    if (read.status === 'not-modified') {
      await recordFetched(db, source.id, { at, etag: source.etag, lastModified: source.last_modified });
      return { ...base, status: 'not-modified', nextAt: dueAfter(at, source) };
    }
    const ref: SourceRef = { name: source.name, type: source.type };
    const counts = read.documents.length > 0 ? await deps.save(read.documents.map((doc) => ({ doc, source: ref }))) : NOTHING;
    // Items left behind: no validators, so the next pass gets the whole feed and tries them again.
    const complete = read.itemErrors.length === 0;
    await recordFetched(db, source.id, { at, etag: complete ? read.etag : null, lastModified: complete ? read.lastModified : null });
    return { ...base, ...counts, status: 'fetched', seen: read.seen, disallowed: read.disallowed, itemErrors: read.itemErrors, nextAt: dueAfter(at, source) };
  } catch (caught) {
    // The store failing is not this source's problem: the pass stops. Anything else, a text the
    // store refuses included, is this source's.
    if (caught instanceof StoreError && caught.code !== 'STORE_INVALID_INPUT') throw caught;
    const err = caught instanceof InputError ? caught : new InputError('BAD_RECORD', source.name, (caught as Error)?.message ?? String(caught), { cause: caught });
    if (err.code === 'ROBOTS_DISALLOWED') {
      await recordFetched(db, source.id, { at, etag: source.etag, lastModified: source.last_modified });
      return { ...base, status: 'robots', error: err.message, nextAt: dueAfter(at, source) };
    }
    const nextAt = new Date(at.getTime() + 1000 * retryDelaySeconds(source.failures + 1, source.poll_seconds, deps.random ?? Math.random));
    await recordFailure(db, source.id, { at, error: err.message, nextAt });
    return { ...base, status: 'failed', error: err.message, nextAt };
  }
}

function dueAfter(at: Date, source: Source): Date {
  return new Date(at.getTime() + source.poll_seconds * 1000);
}

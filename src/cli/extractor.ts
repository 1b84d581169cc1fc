/**
 * The pipeline, loaded when a command first needs it: commands that only read the store (events,
 * export, serve) start without loading the gazetteer, the actor registry and the lexicons.
 */
import { Worker } from 'node:worker_threads';
import type { Document, ExtractResult } from '../pipeline/types.ts';
import type { ExtractReply, ExtractRequest } from './extractor.thread.ts';

export type Extract = (doc: Document) => ExtractResult;

/**
 * Extraction of a batch of documents, results in order; rejects when any of them fails. Either in
 * this thread (inThisThread) or in a thread of its own (startExtractorThread).
 */
export type ExtractAll = (docs: readonly Document[]) => Promise<ExtractResult[]>;

export async function loadExtractor(): Promise<Extract> {
  const { extractDocument, loadResources } = await import('../pipeline/pipeline.ts');
  const resources = loadResources();
  return (doc) => extractDocument(doc, resources);
}

export function inThisThread(extract: Extract): ExtractAll {
  return async (docs) => docs.map(extract);
}

export interface ExtractorThread {
  extractAll: ExtractAll;
  /** Ends the thread; a later extractAll starts another. */
  close(): Promise<void>;
}

/**
 * The pipeline in a worker thread of its own: a worker's main thread waits for the store while the
 * next batch is extracted, each on a core of its own. The thread starts at once, so it loads the
 * gazetteer while the caller connects, and keeps the process alive only while a batch is in it. A
 * thread that dies (out of memory, say) fails the batches in it, and the next batch starts another.
 *
 * @example
 *   const extractor = startExtractorThread();
 *   const results = await extractor.extractAll(docs);
 *   await extractor.close();
 */
export function startExtractorThread(): ExtractorThread {
  let thread: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (r: ExtractResult[]) => void; reject: (e: Error) => void }>();

  const failAll = (err: Error) => {
    thread = undefined;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  const start = (): Worker => {
    const t = new Worker(new URL('./thread-entry.mjs', import.meta.url), { workerData: { entry: new URL('./extractor.thread.ts', import.meta.url).href } });
    t.on('message', (reply: ExtractReply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      if (waiting.size === 0) t.unref();
      if ('results' in reply) w.resolve(reply.results);
      else w.reject(Object.assign(new Error(reply.error.message), reply.error.stack ? { stack: reply.error.stack } : {}));
    });
    t.on('error', (err) => {
      if (thread === t) failAll(err);
    });
    t.on('exit', (code) => {
      if (thread === t) failAll(new Error(`the extractor thread stopped (exit code ${code})`));
    });
    return t;
  };

  thread = start();
  thread.unref();
  return {
    extractAll: (docs) =>
      new Promise((resolve, reject) => {
        thread ??= start();
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        thread.ref();
        thread.postMessage({ id, docs: [...docs] } satisfies ExtractRequest);
      }),
    close: async () => {
      const t = thread;
      thread = undefined;
      failAll(new Error('the extractor thread was closed'));
      await t?.terminate();
    },
  };
}

/** The pipeline's Document of an input document (without the reader's extras, such as the title). */
export function toDocument(doc: Document): Document {
  return {
    id: doc.id,
    text: doc.text,
    ...(doc.published ? { published: doc.published } : {}),
    ...(doc.lang ? { lang: doc.lang } : {}),
    ...(doc.url ? { url: doc.url } : {}),
  };
}

/**
 * The body of the extractor thread (startExtractorThread): loads the pipeline's resources once,
 * then extracts each batch it is sent and posts the results back, or the error that stopped it.
 */
import { parentPort } from 'node:worker_threads';
import { extractDocument, loadResources } from '../pipeline/pipeline.ts';
import type { Document } from '../pipeline/types.ts';

export interface ExtractRequest {
  id: number;
  docs: Document[];
}

export type ExtractReply = { id: number; results: ReturnType<typeof extractDocument>[] } | { id: number; error: { message: string; stack?: string } };

const resources = loadResources();
parentPort!.on('message', ({ id, docs }: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id, results: docs.map((doc) => extractDocument(doc, resources)) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id, error: { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } };
  }
  parentPort!.postMessage(reply);
});

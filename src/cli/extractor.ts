/**
 * The pipeline, loaded when a command first needs it: commands that only read the store (events,
 * export, serve) start without loading the gazetteer, the actor registry and the lexicons.
 */
import type { Document, ExtractResult } from '../pipeline/types.ts';

export type Extract = (doc: Document) => ExtractResult;

export async function loadExtractor(): Promise<Extract> {
  const { extractDocument, loadResources } = await import('../pipeline/pipeline.ts');
  const resources = loadResources();
  return (doc) => extractDocument(doc, resources);
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

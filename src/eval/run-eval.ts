import { extractDocument, type Resources } from '../pipeline/pipeline.ts';
import type { GoldDoc } from './gold.ts';
import { scoreDocs, type EvalReport } from './score.ts';

/** Runs the pipeline over labelled reports and scores it. */
export function evaluate(docs: GoldDoc[], resources: Resources, onProgress?: (done: number) => void): EvalReport {
  let done = 0;
  return scoreDocs(docs, (d) => {
    const events = extractDocument({ id: d.id, text: d.text, published: d.published, lang: d.lang }, resources).events;
    onProgress?.(++done);
    return events;
  });
}

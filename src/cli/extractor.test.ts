import { afterAll, describe, expect, it } from 'vitest';
import { reportCorpus } from '../../bench/report-corpus.ts';
import type { Document } from '../pipeline/types.ts';
import { inThisThread, loadExtractor, startExtractorThread, toDocument } from './extractor.ts';

const DOCS = reportCorpus(6).map(({ doc }) => toDocument(doc));
const extractor = startExtractorThread();
afterAll(() => extractor.close());

describe('the extractor thread', () => {
  it('gives what extraction in this thread gives, in order', async () => {
    const here = await inThisThread(await loadExtractor())(DOCS);
    expect(here.flatMap((r) => r.events).length).toBeGreaterThan(0);
    expect(await extractor.extractAll(DOCS)).toEqual(here);
  });

  it('fails a batch whose extraction throws, with the error, and goes on with the next', async () => {
    // Not a document a reader makes (their text is always a string), but what a bug might pass.
    const broken = { id: 'broken', text: null } as unknown as Document;
    await expect(extractor.extractAll([DOCS[0]!, broken])).rejects.toThrow(/null/);
    expect((await extractor.extractAll(DOCS.slice(0, 1)))[0]!.id).toBe(DOCS[0]!.id);
  });

  it('fails the batches in a thread that is closed, and starts another for the next', async () => {
    const pending = extractor.extractAll(DOCS).catch((err: Error) => err);
    await extractor.close();
    expect(await pending).toEqual(new Error('the extractor thread was closed'));
    expect(await extractor.extractAll(DOCS.slice(0, 2))).toHaveLength(2);
  });
});

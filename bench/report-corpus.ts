/**
 * A reproducible stream of reports for the worker benchmark and the crash test: each about 2 KB of
 * the bundled demo reports' sentences, shuffled with a seed (the extraction benchmark's corpus),
 * with a number in each so that no two are near-duplicates of each other.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InputDocument } from '../src/pipeline/ingest/read-documents.ts';
import type { SourceRef } from '../src/store/report.repository.ts';

const DEMO_DIR = fileURLToPath(new URL('../data/demo/', import.meta.url));
export const CORPUS_SOURCE: SourceRef = { name: 'corpus wire', type: 'international wire' };

export function reportCorpus(n: number, seed = 42, bytes = 2048): Array<{ doc: InputDocument; source: SourceRef }> {
  const sentences = readdirSync(DEMO_DIR)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(DEMO_DIR + f, 'utf8').split(/(?<=[.!?؟])\s+/u))
    .filter((s) => s.trim().length > 0);
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: n }, (_, i) => {
    const parts: string[] = [];
    while (Buffer.byteLength(parts.join(' ')) < bytes) parts.push(sentences[Math.floor(rand() * sentences.length)]!);
    const day = `2025-07-${String(1 + (i % 28)).padStart(2, '0')}`;
    return { doc: { id: `corpus-${i}`, text: `Dispatch ${i}. ${parts.join(' ')}`, published: day }, source: CORPUS_SOURCE };
  });
}

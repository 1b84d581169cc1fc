/**
 * A fingerprint of what extraction makes of a fixed set of reports, stage by stage: run it before
 * and after a change that should not change any output (a speed-up, a refactor) and compare.
 *
 *   node bin/run-ts.js scripts/extract-fingerprint.ts [ACLED.csv]
 *
 * The reports: every labelled report in test/gold (read twice: with the language the file gives,
 * and with it detected), the bundled demo reports, 600 of the benchmarks' generated reports, and,
 * when a path is given, the notes of an ACLED export. For each stage it prints a SHA-256 of that
 * stage's output over every report, so a difference names the first stage that moved.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, loadResources } from '../src/pipeline/pipeline.ts';
import type { Analysis, Document } from '../src/pipeline/types.ts';
import { readGoldAcled } from '../src/eval/gold.ts';
import { reportCorpus } from '../bench/report-corpus.ts';

const GOLD_DIR = fileURLToPath(new URL('../test/gold/', import.meta.url));
const DEMO_DIR = fileURLToPath(new URL('../data/demo/', import.meta.url));

const docs: Document[] = [];
for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
  readFileSync(GOLD_DIR + file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .forEach((line, i) => {
      const r = JSON.parse(line) as Partial<Document>;
      if (typeof r.text !== 'string') return;
      const doc = { id: `${file}:${i}`, text: r.text, published: r.published };
      docs.push(doc, { ...doc, lang: r.lang });
    });
}
const manifest = JSON.parse(readFileSync(DEMO_DIR + 'manifest.json', 'utf8')) as Array<{ file: string; published: string }>;
for (const m of manifest) docs.push({ id: m.file, text: readFileSync(DEMO_DIR + m.file, 'utf8'), published: m.published });
for (const { doc } of reportCorpus(600)) docs.push(doc);
if (process.argv[2]) for (const d of await readGoldAcled(process.argv[2])) docs.push({ id: d.id, text: d.text, published: d.published });

const STAGES = ['lang', 'sentences', 'tokens', 'places', 'actors', 'cues', 'dates', 'figures', 'events', 'warnings'] as const;
const hashes = Object.fromEntries(STAGES.map((s) => [s, createHash('sha256')]));
const all = createHash('sha256');
const resources = loadResources();
for (const doc of docs) {
  const a = analyse(doc, resources);
  for (const stage of STAGES) {
    const json = JSON.stringify(stage === 'tokens' ? a.tokens.map((t) => [t.text, t.start, t.end]) : a[stage as keyof Analysis]);
    hashes[stage]!.update(json + '\n');
    all.update(json + '\n');
  }
}
console.log(`${docs.length} reports`);
for (const stage of STAGES) console.log(`${stage.padEnd(10)} ${hashes[stage]!.digest('hex').slice(0, 16)}`);
console.log(`${'all'.padEnd(10)} ${all.digest('hex')}`);

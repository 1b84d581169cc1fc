/**
 * Extraction throughput and memory: npm run bench
 *
 * The corpus is built from the bundled demo reports: each benchmark document is about 2 KB of their
 * sentences, shuffled with a fixed seed, so every run reads the same text. Prints a line per figure,
 * then one JSON object with every figure as the last line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadResources, extractDocument, readText } from '../src/pipeline/pipeline.ts';
import { findPlaces } from '../src/pipeline/places/index.ts';
import type { Document } from '../src/pipeline/types.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 2000);
const demoDir = fileURLToPath(new URL('../data/demo/', import.meta.url));

function corpus(n: number): Document[] {
  const sentences = readdirSync(demoDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(demoDir + f, 'utf8').split(/(?<=[.!?؟])\s+/u))
    .filter((s) => s.trim().length > 0);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  return Array.from({ length: n }, (_, i) => {
    let text = '';
    while (Buffer.byteLength(text) < 2048) text += sentences[Math.floor(rand() * sentences.length)] + ' ';
    return { id: `bench-${i}`, text, published: '2025-07-03' };
  });
}

const figures: Record<string, number> = {};
const t0 = performance.now();
const resources = loadResources();
figures.load_resources_ms = round(performance.now() - t0);

const docs = corpus(DOCS);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
for (const d of docs.slice(0, 50)) extractDocument(d, resources); // warm-up

let start = performance.now();
for (const d of docs) findPlaces(readText(d), resources.gazetteer);
const scanS = (performance.now() - start) / 1000;
figures.gazetteer_scan_reports_per_s = round(DOCS / scanS);
figures.gazetteer_scan_mb_per_s = round(bytes / 1e6 / scanS);

start = performance.now();
let events = 0;
for (const d of docs) events += extractDocument(d, resources).events.length;
const extractS = (performance.now() - start) / 1000;
figures.extract_reports_per_s = round(DOCS / extractS);
figures.extract_mb_per_s = round(bytes / 1e6 / extractS);
figures.extract_events_per_report = round(events / DOCS);
figures.avg_report_bytes = Math.round(bytes / DOCS);
figures.peak_rss_mb = round(process.resourceUsage().maxRSS / 1024);

for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(32)} ${v}`);
console.log(JSON.stringify(figures));

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

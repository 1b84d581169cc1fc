/**
 * Extraction throughput and memory: npm run bench
 *
 * The corpus is the labelled reports shipped in test/gold (about 1,200 reports written the way the
 * region's Arabic, French and English media write): each benchmark document is 2 KB (UTF-8) of
 * reports of one language, a third in each, drawn in an order fixed by a seed, so every run reads
 * the same text. Reports are joined until the document passes 2 KB, then cut at the end of the
 * sentence nearest 2,048 bytes (whole reports alone averaged 2.7 KB). Prints a line per figure, then one JSON object with every figure as
 * the last line.
 *
 *   gazetteer_scan_*     the raw multi-pattern scan: the gazetteer's names matched over text already
 *                        prepared (normalised, tokenised), without preparing it and without the solver
 *   read_and_places_*    text preparation (normalise, language, sentences, tokens) and the whole places
 *                        stage (scan and solver), the figure this benchmark printed as its scan until 2026-11-26
 *   extract_*            every stage, one document after the other, as `extract` runs them: one pass over
 *                        the corpus after a warm-up of 50 documents, so it includes compiling the code and
 *                        working out what each word of the corpus starts (done once per word)
 *   extract_warm_*       a second pass over the same corpus: the steady state of a long-running worker
 *   *_cpu_*              the same from the process's CPU time: steadier than wall time on a shared machine
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadResources, extractDocument, readText } from '../src/pipeline/pipeline.ts';
import { findPlaces } from '../src/pipeline/places/index.ts';
import { matchNames } from '../src/pipeline/places/place.matcher.ts';
import type { Document, Lang } from '../src/pipeline/types.ts';
import { seededRandom } from './synthetic-events.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 2000);
const GOLD_DIR = fileURLToPath(new URL('../test/gold/', import.meta.url));
const LANGS: Lang[] = ['ar', 'fr', 'en'];

function corpus(n: number): Document[] {
  const reports = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(GOLD_DIR + f, 'utf8').split('\n').filter((l) => l.trim() !== ''))
    .map((l) => JSON.parse(l) as { lang?: Lang; text?: string; published?: string })
    .filter((r): r is { lang: Lang; text: string; published: string } => typeof r.text === 'string' && LANGS.includes(r.lang as Lang) && typeof r.published === 'string');
  const { pick } = seededRandom(42);
  const byLang = new Map(LANGS.map((lang) => [lang, reports.filter((r) => r.lang === lang)]));
  return Array.from({ length: n }, (_, i) => {
    const lang = LANGS[i % LANGS.length]!;
    const mine = byLang.get(lang)!;
    const parts: string[] = [];
    let published = '';
    while (Buffer.byteLength(parts.join('\n\n')) < 2048) {
      const r = pick(mine);
      published ||= r.published;
      parts.push(r.text);
    }
    return { id: `bench-${i}`, text: cutNear(parts.join('\n\n'), 2048), published };
  });
}

/** The text up to the end of the sentence whose end is nearest `bytes` bytes (UTF-8) in. */
function cutNear(text: string, bytes: number): string {
  let best = text;
  for (const m of text.matchAll(/[.!?؟](?=\s)/g)) {
    const cut = text.slice(0, m.index + 1);
    if (Math.abs(Buffer.byteLength(cut) - bytes) < Math.abs(Buffer.byteLength(best) - bytes)) best = cut;
  }
  return best;
}

const figures: Record<string, number> = {};
const t0 = performance.now();
const resources = loadResources();
figures.load_resources_ms = round(performance.now() - t0);

const docs = corpus(DOCS);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
for (const d of docs.slice(0, 50)) extractDocument(d, resources); // warm-up

let events = 0;
const [extractS, extractCpu] = timed(() => {
  for (const d of docs) events += extractDocument(d, resources).events.length;
});
figures.extract_reports_per_s = round(DOCS / extractS);
figures.extract_mb_per_s = round(bytes / 1e6 / extractS);
figures.extract_cpu_reports_per_s = round(DOCS / extractCpu);
const [warmS, warmCpu] = timed(() => {
  for (const d of docs) extractDocument(d, resources);
});
figures.extract_warm_reports_per_s = round(DOCS / warmS);
figures.extract_warm_cpu_reports_per_s = round(DOCS / warmCpu);
figures.extract_events_per_report = round(events / DOCS);
figures.avg_report_bytes = Math.round(bytes / DOCS);
// Peak memory is the extraction's: read before the scan below holds prepared text of its own.
figures.peak_rss_mb = round(process.resourceUsage().maxRSS / 1024);

// The raw scan reads text prepared beforehand, 250 documents at a time so that the prepared text
// of the whole corpus is never held at once. Each slice is
// scanned once untimed first: the young-generation collections of that first pass copy the
// freshly prepared text, which is the text stage's cost, not the scan's.
let scanS = 0;
let scanCpu = 0;
for (let from = 0; from < docs.length; from += 250) {
  const views = docs.slice(from, from + 250).map(readText);
  for (const v of views) matchNames(v.tokens, resources.gazetteer.index);
  const [wall, cpu] = timed(() => {
    for (const v of views) matchNames(v.tokens, resources.gazetteer.index);
  });
  scanS += wall;
  scanCpu += cpu;
}
figures.gazetteer_scan_mb_per_s = round(bytes / 1e6 / scanS);
figures.gazetteer_scan_reports_per_s = round(DOCS / scanS);
figures.gazetteer_scan_cpu_mb_per_s = round(bytes / 1e6 / scanCpu);

const [placesS, placesCpu] = timed(() => {
  for (const d of docs) findPlaces(readText(d), resources.gazetteer);
});
figures.read_and_places_reports_per_s = round(DOCS / placesS);
figures.read_and_places_mb_per_s = round(bytes / 1e6 / placesS);
figures.read_and_places_cpu_reports_per_s = round(DOCS / placesCpu);

for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(36)} ${v}`);
console.log(JSON.stringify(figures));

/** Wall and CPU seconds that f takes. */
function timed(f: () => void): [number, number] {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  f();
  const used = process.cpuUsage(cpu);
  return [(performance.now() - wall) / 1000, (used.user + used.system) / 1e6];
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

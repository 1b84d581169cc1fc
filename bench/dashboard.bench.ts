/**
 * The dashboard at scale: npm run bench (after the extraction and resolution benchmarks).
 *
 * Seeds DASHBOARD_EVENTS (100,000) synthetic events into the embedded store (imported rows over
 * three years at 2,000 of the gazetteer's towns, not timed), serves the built dashboard, and drives
 * Chromium: first render is from navigation to the map, timeline and list drawn (a cold browser
 * context each run); a filter change is from a filter bar change to the map, timeline and list
 * redrawn and painted. Prints one JSON line: median and p95 of each, in milliseconds. By default
 * without the read cache `serve` runs (every filter change read from the store: rounds 2 and 3
 * repeat round 1's views); DASHBOARD_CACHE=1 with it.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { gazetteerTowns } from '../src/cli/server-deps.ts';
import { createApp } from '../src/server/app.ts';
import { startServer } from '../src/server/serve.ts';
import { openStore } from '../src/store/connect.ts';
import { watchData } from '../src/store/data-watch.ts';
import { syntheticEvents } from './synthetic-events.ts';
import { saveImportedEvents } from '../src/store/event.repository.ts';

const EVENTS = Number(process.env.DASHBOARD_EVENTS ?? 100_000);
const RENDERS = 5;
// Each change is timed once per round; the last one clears the filters again.
const CHANGES = [
  { name: 'type', value: 'Battles' },
  { name: 'country', value: 'Burkina Faso' },
  { name: 'status', value: 'unverified' },
  { name: 'q', value: 'Kidal' },
  { name: 'from', value: '2024-06-01' },
];
const ROUNDS = 3;


const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)), runs: s.length };
};

const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}`);
const db = await openStore({});
const t0 = performance.now();
await saveImportedEvents(db, { name: 'bench dataset', type: 'dataset' }, syntheticEvents(EVENTS));
// A server's autovacuum gathers planner statistics after a bulk load; the embedded store has no
// autovacuum, so the benchmark does it (DASHBOARD_ANALYZE=0 measures without them).
const analyze = process.env.DASHBOARD_ANALYZE !== '0';
if (analyze) await db.exec('analyze');
console.log(`seeded ${EVENTS} events in ${Math.round(performance.now() - t0)} ms${analyze ? ', then analyzed' : ''}`);
// DASHBOARD_CACHE=1 serves as `serve` does, with the read cache (a view seen before, such as the
// one "clear all" returns to, is then answered from memory); by default every request is read.
const cached = process.env.DASHBOARD_CACHE === '1';
const dataWatch = cached ? await watchData(db) : undefined;
const server = await startServer(createApp({ db, towns: gazetteerTowns, ...(dataWatch ? { dataWatch } : {}) }), { port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const firstRender: number[] = [];
  for (let i = 0; i < RENDERS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    firstRender.push(await page.evaluate(() => performance.getEntriesByName('sahelwatch-ready')[0]!.startTime));
    await context.close();
  }
  console.log(`first render: ${firstRender.map(Math.round).join(', ')} ms`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => document.querySelectorAll('select[name="type"] option').length > 1, null, { timeout: 60_000 });
  const filterChange: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const change of [...CHANGES, { name: 'clear', value: '' }]) {
      filterChange.push(await page.evaluate(timeChange, change));
    }
  }
  console.log(`filter change: ${filterChange.map(Math.round).join(', ')} ms`);
  console.log(JSON.stringify({ bench: 'dashboard', events: EVENTS, store: 'pglite', analyzed: analyze, read_cache: cached, first_render_ms: stats(firstRender), filter_change_ms: stats(filterChange) }));
} finally {
  await browser.close();
  await server.close();
  await dataWatch?.close();
  await db.close();
}

/** In the page: makes one change in the filter bar and waits for the redraw to be painted. */
function timeChange(change: { name: string; value: string }): Promise<number> {
  return new Promise((resolve) => {
    const before = Number(document.body.dataset.refreshes);
    const start = performance.now();
    new MutationObserver((_, observer) => {
      if (Number(document.body.dataset.refreshes) === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    }).observe(document.body, { attributes: true, attributeFilter: ['data-refreshes'] });
    if (change.name === 'clear') return document.querySelector<HTMLButtonElement>('.filters button.clear')!.click();
    const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(`.filters [name="${change.name}"]`)!;
    field.value = change.value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

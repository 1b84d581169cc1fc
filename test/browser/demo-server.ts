// A real server over a store holding the bundled demo, ingested by the same code as `sahelwatch
// demo`, and a headless Chromium that may ask nothing of any host but 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readDemoReports } from '../../src/cli/demo-reports.ts';
import { loadExtractor } from '../../src/cli/extractor.ts';
import { ingestDocuments } from '../../src/cli/ingest-documents.ts';
import { gazetteerTowns } from '../../src/cli/server-deps.ts';
import { createApp } from '../../src/server/app.ts';
import { startServer, type RunningServer } from '../../src/server/serve.ts';
import { openStore } from '../../src/store/connect.ts';
import type { Db } from '../../src/store/db.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Demo {
  db: Db;
  server: RunningServer;
  browser: Browser;
  /** Console errors and requests to other hosts, from every page opened with newPage. */
  consoleErrors: string[];
  foreignRequests: string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Builds the dashboard (a second's work, so the test never runs a stale one) into a folder of its
 * own: test files run in parallel, and a build empties its folder while another test's pages load
 * from it. Then seeds, serves, launches.
 */
export async function startDemo(seed?: (db: Db) => Promise<void>): Promise<Demo> {
  const webRoot = mkdtempSync(join(tmpdir(), 'sahelwatch-web-'));
  const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--outDir', webRoot, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`vite build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const db = await openStore({});
  if (seed) await seed(db);
  else await ingestDocuments(db, await loadExtractor(), await readDemoReports());
  const server = await startServer(createApp({ db, towns: gazetteerTowns, webRoot }), { port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  return {
    db, server, browser, consoleErrors, foreignRequests,
    async newPage(viewport = { width: 1280, height: 800 }) {
      const page = await browser.newPage({ viewport });
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${m.text()} (${m.location().url})`));
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreignRequests.push(r.url());
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await db.close();
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

export const chromiumMissing = !existsSync(CHROMIUM);

// The dashboard in a real browser against a real server and store: the map, the markers, the
// list, and an event's evidence highlighted in its Arabic report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { startServer, type RunningServer } from '../../src/server/serve.ts';
import { AR_EVENT, seedEvents, townsAbove } from '../../src/server/test-fixtures.ts';
import { openStore } from '../../src/store/connect.ts';
import type { Db } from '../../src/store/db.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const missing = !existsSync(CHROMIUM);
if (missing) console.warn(`dashboard browser test skipped: ${CHROMIUM} not found (install the chromium package)`);

describe.skipIf(missing)(`dashboard in Chromium${missing ? ` (skipped: ${CHROMIUM} not found)` : ''}`, () => {
  let db: Db;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let ids: Awaited<ReturnType<typeof seedEvents>>;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${ROOT}web/dist/index.html`)) buildDashboard();
    db = await openStore({});
    ids = await seedEvents(db);
    server = await startServer(createApp({ db, towns: townsAbove }), { port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreignRequests.push(r.url());
    });
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('draws the country polygons, the five Sahel countries highlighted', async () => {
    expect(await page.locator('path.country').count()).toBeGreaterThan(20);
    expect(await page.locator('path.country-focus').count()).toBe(5);
    await expect.poll(() => page.locator('.leaflet-control-attribution').textContent()).toContain('© GeoNames (CC BY 4.0), Natural Earth');
  });

  it('shows a marker per placed event, a list item per event, and town labels', async () => {
    expect(await page.locator('path.event-marker').count()).toBe(3);
    expect(await page.locator('li.event-item').count()).toBe(4);
    expect(await page.locator('.town-label-text', { hasText: 'Bamako' }).count()).toBe(1);
    expect(await page.locator('.legend-row').count()).toBe(6);
  });

  it('opens an Arabic event from the list: evidence highlighted, report right-to-left', async () => {
    await page.locator(`li.event-item[data-event-id="${ids.ar}"] button`).click();
    const report = page.locator('#detail-panel .report-text');
    await report.waitFor();
    expect(await report.getAttribute('dir')).toBe('rtl');
    expect(await report.evaluate((n) => getComputedStyle(n).direction)).toBe('rtl');
    for (const [i, ev] of AR_EVENT.evidence.entries()) {
      const marked = await page.locator(`mark.evidence[data-evidence~="${i}"]`).allTextContents();
      expect(marked.join('')).toBe(ev.text);
    }
    const location = page.locator('#detail-panel tr[data-field="location"]');
    expect(await location.locator('.value').textContent()).toBe('Kayes');
    expect(await location.locator('.quote').textContent()).toBe('كايس');
    expect(await page.locator('#detail-panel table.claims').textContent()).toContain('تحييد 80 إرهابيا');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}dashboard.png` });
  });

  it('opens an event from its marker', async () => {
    await page.locator('#detail-panel .close').click();
    await page.locator(`path.event-marker-${ids.en}`).click();
    await expect.poll(() => page.locator('#detail-panel .detail-title').textContent()).toContain('Bamako');
    expect(await page.locator('#detail-panel .report-text').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('#detail-panel mark.evidence').allTextContents()).toEqual(['Bamako', 'Friday 4 July 2025']);
  });

  it('fits a phone screen, the list below the map', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    phone.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await phone.goto(server.url);
    await phone.waitForSelector('body[data-ready="true"]');
    const map = await phone.locator('#map').boundingBox();
    const list = await phone.locator('#list-panel').boundingBox();
    expect(map!.width).toBeLessThanOrEqual(390);
    expect(list!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: `${ARTIFACTS}dashboard-phone.png` });
    await phone.close();
  });

  it('logged no console error and asked no host but 127.0.0.1', () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

function buildDashboard(): void {
  const r = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

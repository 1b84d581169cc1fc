// The field-report form in a real Chromium against a real server: sent at once when online; with
// the network off, kept on the device across a reload (the page itself from the service worker)
// and sent by itself, once, when the network returns; a refusal shown and never retried; Arabic.
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/access/issue-token.ts';
import { hashPassword } from '../../src/access/password.ts';
import { ensureOrganisation } from '../../src/store/organisation.repository.ts';
import { createUser } from '../../src/store/user.repository.ts';
import { ARTIFACTS, CHROMIUM, chromiumMissing, startDemo, type Demo } from './demo-server.ts';

if (chromiumMissing) console.warn(`field-report browser test skipped: ${CHROMIUM} not found (install the chromium package)`);

const ONLINE = 'Des hommes armés ont attaqué le marché de Diboli mardi matin et enlevé deux commerçants, selon un agent de terrain.';
const OFFLINE = 'Armed men burned the granaries of Boulkessi on Monday night and drove away the herds, a field monitor reported by radio.';

describe.skipIf(chromiumMissing)(`field reports in Chromium${chromiumMissing ? ` (skipped: ${CHROMIUM} not found)` : ''}`, () => {
  let demo: Demo;
  let page: Page;
  let context: BrowserContext;
  let apiToken = '';
  /** POSTs to /api/reports that got an answer, by client_id: what reached the server. */
  const answered = new Map<string, number>();

  const reports = async (text: string) =>
    (await demo.db.query<{ id: number; title: string | null; published_at: string | null; lang: string; client_id: string | null }>(
      'select id, title, published_at, lang, client_id::text from reports where raw_text = $1', [text])).rows;
  const item = (clientId: string) => page.locator(`#outbox-list li[data-client-id="${clientId}"]`);
  const newest = () => page.locator('#outbox-list li').first();
  const ready = async () => page.waitForSelector('body[data-ready="true"]');

  async function write(text: string, extra: { title?: string; date?: string; lang?: string } = {}): Promise<void> {
    if (!(await page.locator('#report-dialog').evaluate((d: HTMLDialogElement) => d.open))) await page.locator('#report-open').click();
    await page.getByLabel('Report', { exact: true }).fill(text);
    if (extra.title) await page.getByLabel('Title (optional)').fill(extra.title);
    if (extra.date) await page.getByLabel('Date written').fill(extra.date);
    if (extra.lang) await page.getByLabel('Language of the report').selectOption(extra.lang);
    await page.locator('.report-submit').click();
  }

  beforeAll(async () => {
    demo = await startDemo(async () => {}); // an empty store: every report in it came from the form
    page = await demo.newPage();
    context = page.context();
    page.on('requestfinished', (r) => {
      if (r.method() !== 'POST' || !r.url().endsWith('/api/reports')) return;
      const id = (JSON.parse(r.postData() ?? '{}') as { client_id?: string }).client_id ?? '';
      answered.set(id, (answered.get(id) ?? 0) + 1);
    });
    // Field reports need a signed-in analyst: the page's cookies, as the sign-in would set them.
    const org = await ensureOrganisation(demo.db, 'Cellule de veille Kayes');
    await createUser(demo.db, { organisationId: org.id, email: 'monitor@cellule.ml', role: 'analyst', passwordHash: await hashPassword('field monitor 2025') });
    expect((await page.request.post(`${demo.server.url}api/session`, { data: { email: 'monitor@cellule.ml', password: 'field monitor 2025' } })).status()).toBe(200);
    // The test's own calls, made beside the page, carry a token of the same organisation.
    apiToken = (await issueToken(demo.db, { organisationId: org.id, role: 'analyst', name: 'field-report test', expiresAt: null })).token;
    await page.goto(demo.server.url);
    await ready();
    // The page is kept for offline use once the worker is active (it caches before it activates, then claims the page).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });
  afterAll(() => demo?.close());

  it('opens from the header with the keyboard, labelled, and closes with Escape back to its button', async () => {
    await page.locator('#report-open').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Field report' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('text');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-open');
  });

  it('sends a report at once while online: shown as sent, and stored with its title, date and language', async () => {
    await write(ONLINE, { title: 'Diboli', date: '2025-07-02', lang: 'fr' });
    await newest().and(page.locator('[data-state="sent"]')).waitFor();
    expect(await page.locator('#report-status').textContent()).toBe('Sent.');
    expect(await page.locator('#outbox-count').textContent()).toBe('');
    const stored = await reports(ONLINE);
    expect(stored).toEqual([expect.objectContaining({ title: 'Diboli', published_at: '2025-07-02', lang: 'fr', client_id: await newest().getAttribute('data-client-id') })]);
    expect(await page.getByLabel('Report', { exact: true }).inputValue()).toBe(''); // ready for the next one
    await page.screenshot({ path: `${ARTIFACTS}field-report-sent.png` });
  });

  let queuedId = '';
  it('keeps a report written offline on the device: queued, counted, and nothing reaches the server', async () => {
    await context.setOffline(true);
    await write(OFFLINE);
    await page.locator('#report-status', { hasText: 'Kept on this device' }).waitFor();
    const queued = page.locator('#outbox-list li[data-state="queued"]');
    expect(await queued.count()).toBe(1);
    queuedId = (await queued.getAttribute('data-client-id'))!;
    expect(queuedId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await page.locator('#outbox-count').textContent()).toBe('1');
    expect(await page.locator('#outbox-summary').textContent()).toBe('1 waiting to be sent, 0 refused by the server');
    expect(await reports(OFFLINE)).toEqual([]);
    expect(answered.get(queuedId)).toBeUndefined();
    await page.screenshot({ path: `${ARTIFACTS}field-report-queued.png` });
  });

  it('still holds it after a reload with the network still off (the page from the service worker)', async () => {
    const workerFailed: string[] = [];
    const onFailed = (r: Request) => void (r.serviceWorker() && workerFailed.push(new URL(r.url()).pathname));
    context.on('requestfailed', onFailed);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    // The worker did try the network for the page, found none, and answered from its cache.
    await expect.poll(() => workerFailed).toContain('/');
    context.off('requestfailed', onFailed);
    await ready();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.locator('#outbox-count').textContent()).toBe('1');
    await page.locator('#report-open').click();
    await item(queuedId).and(page.locator('[data-state="queued"]')).waitFor();
    expect(await item(queuedId).locator('.outbox-what').textContent()).toBe(OFFLINE.slice(0, 140));
    expect(await reports(OFFLINE)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}field-report-offline-reload.png` });
  });

  it('sends it by itself when the network returns, exactly once, the outbox empties and the lists are read again', async () => {
    const refreshes = async () => Number(await page.evaluate(() => document.body.dataset.refreshes ?? 0));
    const before = await refreshes();
    await context.setOffline(false);
    await expect.poll(refreshes).toBeGreaterThan(before);
    await item(queuedId).and(page.locator('[data-state="sent"]')).waitFor();
    expect(await page.locator('#outbox-count').textContent()).toBe('');
    expect(await page.locator('#outbox-summary').textContent()).toBe('0 waiting to be sent, 0 refused by the server');
    const stored = await reports(OFFLINE);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.client_id).toBe(queuedId);
    expect(answered.get(queuedId)).toBe(1);
    // Sent again with its client_id (an answer lost on the way, another tab): the same report, not a second.
    const again = await fetch(`${demo.server.url}api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiToken}` }, body: JSON.stringify({ text: OFFLINE, client_id: queuedId }) });
    expect([again.status, await again.json()]).toEqual([200, { report_id: stored[0]!.id, created: false }]);
    expect(await reports(OFFLINE)).toHaveLength(1);
    await page.screenshot({ path: `${ARTIFACTS}field-report-back-online.png` });
  });

  it('shows a refusal (409: the client_id was used for another text), keeps it visible and never retries it', async () => {
    const taken = '6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b';
    const first = await fetch(`${demo.server.url}api/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiToken}` }, body: JSON.stringify({ text: 'Un autre texte, envoyé plus tôt depuis Nioro du Sahel par la cellule de veille.', client_id: taken }) });
    expect(first.status).toBe(201);
    await page.evaluate((id) => (crypto.randomUUID = () => id as ReturnType<Crypto['randomUUID']>), taken);
    const text = 'Des tirs ont été entendus près du poste de Gogui dans la nuit, sans victime signalée.';
    await write(text);
    await item(taken).and(page.locator('[data-state="failed"]')).waitFor();
    expect(await item(taken).locator('.outbox-error').textContent()).toContain(`client_id ${taken} was sent before with another text`);
    // The item shows its refusal as soon as the pass stores it; the status line follows when the submission's own wait ends.
    await page.locator('#report-status', { hasText: 'The server refused it' }).waitFor();
    expect(await page.locator('#outbox-count').textContent()).toBe('1');
    // The network comes back and another report goes: the refused one is not tried with it.
    await page.evaluate(() => (crypto.randomUUID = () => '0b8e7c6d-5a4f-4e3d-9c2b-1a0f9e8d7c6b'));
    await context.setOffline(true);
    await write('Une patrouille a été prise en embuscade sur la route de Diéma, trois soldats blessés.');
    await page.locator('#report-status', { hasText: 'Kept on this device' }).waitFor();
    await context.setOffline(false);
    await item('0b8e7c6d-5a4f-4e3d-9c2b-1a0f9e8d7c6b').and(page.locator('[data-state="sent"]')).waitFor();
    expect(answered.get(taken)).toBe(1);
    expect(await reports(text)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}field-report-refused.png` });
    await item(taken).getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => item(taken).count()).toBe(0);
    expect(await page.locator('#outbox-count').textContent()).toBe('');
    await page.keyboard.press('Escape');
  });

  it('reads right to left in Arabic: the form, its words, and an Arabic report typed into it', async () => {
    await page.selectOption('#lang', 'ar');
    await page.locator('#report-open').click();
    const dialog = page.getByRole('dialog', { name: 'تقرير ميداني' });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => getComputedStyle(d).direction)).toBe('rtl');
    const heading = (await page.locator('#report-title').boundingBox())!;
    const close = (await page.locator('#report-close').boundingBox())!;
    expect(close.x).toBeLessThan(heading.x); // the close button at the inline end: the left
    const textBox = page.getByLabel('نص التقرير', { exact: true });
    await textBox.fill('هاجم مسلحون سوق ديبولي صباح الثلاثاء.');
    expect(await textBox.evaluate((n) => n.matches(':dir(rtl)'))).toBe(true);
    const date = (await page.locator('input[name="published_at"]').boundingBox())!;
    const language = (await page.locator('select[name="lang"]').boundingBox())!;
    expect(date.x).toBeGreaterThan(language.x); // the row runs from the right: date first
    expect(await page.locator('#outbox-list li.state-sent .outbox-state').first().textContent()).toBe('أُرسل');
    expect(await page.locator('#report-status').textContent()).toBe('أُرسل.'); // the last one written went when the network came back
    await page.screenshot({ path: `${ARTIFACTS}field-report-ar.png` });
    await page.keyboard.press('Escape');
  });

  it('logged no error but the failed requests of the offline moments and the refusal, and asked no other host', () => {
    expect(demo.consoleErrors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    expect(demo.foreignRequests).toEqual([]);
  });
});

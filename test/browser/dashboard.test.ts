// The dashboard in a real Chromium against a real server holding the bundled demo (the 1 July
// 2025 offensive): map, timeline filtering, an event's evidence, Arabic, keyboard, phone width.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFinding, placeOf } from '../../src/detect/test-findings.ts';
import { saveFindings } from '../../src/store/alert.repository.ts';
import { hashPassword } from '../../src/access/password.ts';
import { ensureOrganisation } from '../../src/store/organisation.repository.ts';
import type { EventDetail } from '../../src/store/types.ts';
import { createUser } from '../../src/store/user.repository.ts';
import { ARTIFACTS, CHROMIUM, chromiumMissing, startDemo, type Demo } from './demo-server.ts';

if (chromiumMissing) console.warn(`dashboard browser test skipped: ${CHROMIUM} not found (install the chromium package)`);

describe.skipIf(chromiumMissing)(`dashboard in Chromium${chromiumMissing ? ` (skipped: ${CHROMIUM} not found)` : ''}`, () => {
  let demo: Demo;
  let page: Page;
  const open = async (p: Page, query = '') => {
    await p.goto(`${demo.server.url}${query}`);
    await p.waitForSelector('body[data-ready="true"]');
  };
  const items = (p: Page) => p.locator('#event-list li.event-item');

  beforeAll(async () => {
    demo = await startDemo();
    page = await demo.newPage();
    await open(page);
  });
  afterAll(() => demo?.close());

  it('draws the countries, the demo events as clusters and dots, corridors, sieges and town names', async () => {
    expect(await page.locator('path.country-focus').count()).toBe(5);
    await expect.poll(() => items(page).count()).toBe(11);
    expect(await page.locator('.event-cluster').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('path.corridor-threatened').count()).toBeGreaterThan(0);
    expect(await page.locator('path.corridor-id-nioro-gogui.corridor-threatened').count()).toBe(1);
    expect(await page.locator('path.situation-area').count()).toBe(2); // Kayes and Nioro
    await expect.poll(() => page.locator('.town-label-text', { hasText: 'Bamako' }).count()).toBe(1);
    expect(await page.locator('#summary').textContent()).toBe('11 events');
    await expect.poll(() => page.locator('#alerts-count').textContent()).toBe('9'); // incl. the declared threat to civilians
    await page.screenshot({ path: `${ARTIFACTS}dashboard.png` });
  });

  it('receives a live alert over the stream: a notice and one more alert in the panel', async () => {
    const before = Number(await page.locator('#alerts-count').textContent());
    await saveFindings(demo.db, [makeFinding({
      kind: 'abduction', key: 'browser-live', severity: 'high', places: [placeOf('Ségou', 13.4317, -6.2157, [1])],
      facts: { actor: 'JNIM: Group for Support of Islam and Muslims', who: 'aid workers', place: 'Ségou', day: '2025-07-05' },
    })]);
    await page.locator('.toast', { hasText: 'Abduction of aid workers at Ségou on 5 July 2025' }).waitFor();
    await expect.poll(() => page.locator('#alerts-count').textContent()).toBe(String(before + 1));
    await page.screenshot({ path: `${ARTIFACTS}dashboard-live-alert.png` });
  });

  it('filters by a date range brushed on the timeline, into the URL, and back again', async () => {
    const bars = page.locator('.timeline-chart rect.bar');
    expect(await bars.count()).toBe(10); // 1 to 10 July, one bar a day
    const first = (await bars.nth(0).boundingBox())!;
    const third = (await bars.nth(2).boundingBox())!;
    await page.mouse.move(first.x + 2, first.y + first.height - 2);
    await page.mouse.down();
    await page.mouse.move(third.x + 2, third.y + third.height - 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2025-07-01');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2025-07-03');
    await expect.poll(() => items(page).count()).toBe(10); // all but the protest of 10 July
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2025-07-01');
    expect(await page.locator('#export-acled').getAttribute('href')).toContain('from=2025-07-01&to=2025-07-03');
    await page.goBack();
    await expect.poll(() => items(page).count()).toBe(11);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
  });

  it('opens a shared link with a date range', async () => {
    const shared = await demo.newPage();
    await open(shared, '?from=2025-07-10&to=2025-07-10');
    expect(await items(shared).count()).toBe(1);
    expect(await items(shared).first().textContent()).toContain('Bamako');
    expect(await shared.locator('.timeline-chart rect.bar.in').count()).toBe(1);
    await shared.close();
  });

  it('opens an event: each field beside its evidence, highlighted in the Arabic report read right to left', async () => {
    const kayes = items(page).filter({ hasText: /Armed clashKayes, Mali/ });
    await kayes.locator('button').click();
    const report = page.locator('#detail-panel .report-text').first();
    await report.waitFor();
    const id = Number(new URL(page.url()).searchParams.get('event'));
    const event = (await (await fetch(`${demo.server.url}api/events/${id}`)).json()) as EventDetail;
    expect(event.location).toBe('Kayes');
    const arabic = event.reports.find((r) => r.lang === 'ar')!;
    const arabicView = page.locator(`#detail-panel article[data-report-id="${arabic.id}"] .report-text`);
    expect(await arabicView.getAttribute('dir')).toBe('rtl');
    expect(await arabicView.evaluate((n) => getComputedStyle(n).direction)).toBe('rtl');
    expect(event.evidence.length).toBeGreaterThan(0);
    for (const [i, ev] of event.evidence.entries()) {
      const marked = await page.locator(`mark.evidence[data-evidence~="${i}"]`).allTextContents();
      expect(marked.join('')).toBe(ev.text);
    }
    const location = page.locator('#detail-panel tr[data-field="location"]');
    expect(await location.locator('.value').textContent()).toBe('Kayes');
    expect(await location.locator('.quote').allTextContents()).toEqual(event.evidence.filter((e) => e.field === 'location').map((e) => e.text));
    expect(await page.locator('#detail-panel .history-item').count()).toBeGreaterThan(0);
    expect(await page.locator('#detail-panel .review-confirm').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}event.png` });
  });

  it('signs in from the header through its dialog, by keyboard, and keeps the session across a reload', async () => {
    const org = await ensureOrganisation(demo.db, 'Cellule Mali');
    await createUser(demo.db, { organisationId: org.id, email: 'analyst@cellule.ml', role: 'analyst', passwordHash: await hashPassword('correct horse battery') });
    // Signed out, the review actions are there but disabled, and the panel says why.
    expect(await page.locator('#detail-panel .review-confirm').isDisabled()).toBe(true);
    expect(await page.locator('#review-signin-hint').isVisible()).toBe(true);
    expect(await page.locator('#signed-in').isVisible()).toBe(false);

    await page.locator('#signin-open').click();
    const dialog = page.getByRole('dialog', { name: 'Sign in' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    await dialog.getByLabel('Email').fill('analyst@cellule.ml');
    await dialog.getByLabel('Password').fill('not the password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#signin-error').textContent()).toBe('Wrong email or password, or too many failed attempts: try again later.');
    expect(await dialog.isVisible()).toBe(true);

    // The wrong password is selected and focused: type over it, and Enter submits.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    await page.keyboard.type('correct horse battery');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('#session-email').textContent()).toBe('analyst@cellule.ml');
    expect(await page.locator('#signed-in').isVisible()).toBe(true);
    expect(await page.locator('#signin-open').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signout');
    await expect.poll(() => page.locator('#detail-panel .review-confirm').isDisabled()).toBe(false);
    expect(await page.locator('#review-signin-hint').isVisible()).toBe(false);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#session-email').textContent()).toBe('analyst@cellule.ml');
    await expect.poll(() => page.locator('#detail-panel .review-confirm').isDisabled()).toBe(false);
    await expect.poll(() => page.locator('#alert-list button', { hasText: 'Acknowledge' }).first().isDisabled()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}dashboard-signed-in.png` });

    // A new tab of the same browser (its cookies, an empty sessionStorage) asks the server.
    const context = await page.context().browser()!.newContext();
    try {
      await context.addCookies(await page.context().cookies());
      const tab = await context.newPage();
      await open(tab);
      await expect.poll(() => tab.locator('#session-email').textContent()).toBe('analyst@cellule.ml');
      expect(await tab.locator('#signed-in').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('confirms the event through the review actions, recorded in its history', async () => {
    expect(await page.locator('input[name="review-by"]').count()).toBe(0); // the server records who is signed in
    await page.locator('#detail-panel .review-confirm').click();
    await expect.poll(() => page.locator('#detail-panel .history-item.action-confirm').count()).toBe(1);
    expect(await page.locator('#detail-panel .detail-meta').textContent()).toContain('verified');
    expect(await page.locator('#detail-panel .history-item.action-confirm').textContent()).toContain('analyst@cellule.ml');
  });

  it('signs out from the header: the review actions are disabled again', async () => {
    await page.locator('#signout').click();
    await page.locator('#signin-open').waitFor();
    expect(await page.locator('#signed-in').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signin-open');
    await expect.poll(() => page.locator('#detail-panel .review-confirm').isDisabled()).toBe(true);
    expect(await page.locator('#review-signin-hint').isVisible()).toBe(true);
    await expect.poll(() => page.locator('#alert-list button', { hasText: 'Acknowledge' }).first().isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.cookie)).not.toContain('sahelwatch_csrf=');
    // The server agrees: the page's cookies no longer carry a session.
    const id = Number(new URL(page.url()).searchParams.get('event'));
    expect((await page.request.post(`${demo.server.url}api/events/${id}/review`, { data: { action: 'confirm' } })).status()).toBe(401);
  });

  it('switches to Arabic: right to left, the panels change sides, the words translated', async () => {
    await page.locator('#detail-panel .close').click();
    const before = { side: (await page.locator('#side').boundingBox())!, map: (await page.locator('#map').boundingBox())! };
    expect(before.side.x).toBeGreaterThan(before.map.x);
    await page.selectOption('#lang', 'ar');
    await expect.poll(() => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    const after = { side: (await page.locator('#side').boundingBox())!, map: (await page.locator('#map').boundingBox())! };
    expect(after.side.x).toBeLessThan(after.map.x);
    expect(after.side.x).toBeLessThan(1);
    await expect.poll(() => items(page).first().textContent()).toContain('احتجاج سلمي');
    await expect.poll(() => page.locator('#alert-list').textContent()).toContain('هجوم منسق');
    await page.screenshot({ path: `${ARTIFACTS}dashboard-ar.png` });
    // The sign-in dialog in Arabic: its words translated, its title on the right, the email typed left to right.
    await page.locator('#signin-open').click();
    const signin = page.getByRole('dialog', { name: 'تسجيل الدخول' });
    await signin.waitFor();
    const title = (await signin.locator('h2').boundingBox())!;
    const close = (await signin.locator('.close').boundingBox())!;
    expect(title.x).toBeGreaterThan(close.x);
    expect(await signin.getByLabel('البريد الإلكتروني').evaluate((n) => getComputedStyle(n).direction)).toBe('ltr');
    await page.screenshot({ path: `${ARTIFACTS}signin-ar.png` });
    await page.keyboard.press('Escape');
    await signin.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('signin-open');
    await page.selectOption('#lang', 'en');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  it('reaches the list from the keyboard and opens an event with Enter', async () => {
    const keys = await demo.newPage();
    await open(keys);
    await keys.keyboard.press('Tab');
    expect(await keys.evaluate(() => document.activeElement?.className)).toBe('skip');
    await keys.keyboard.press('Enter');
    expect(await keys.evaluate(() => document.activeElement?.id)).toBe('event-list');
    await keys.keyboard.press('Tab');
    expect(await keys.evaluate(() => document.activeElement?.closest('li')?.classList.contains('event-item'))).toBe(true);
    await keys.keyboard.press('Enter');
    await keys.locator('#detail-panel .detail-title').waitFor();
    expect(await keys.evaluate(() => document.activeElement?.classList.contains('detail-title'))).toBe(true);
    await keys.close();
  });

  it('fits a phone screen: the map on top, the list below, nothing wider than the screen', async () => {
    const phone = await demo.newPage({ width: 390, height: 844 });
    await open(phone);
    const map = (await phone.locator('#map').boundingBox())!;
    const list = (await phone.locator('#list-panel').boundingBox())!;
    expect(map.width).toBeLessThanOrEqual(390);
    expect(list.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await phone.locator('#filters-box').getAttribute('open')).toBeNull(); // folded away until asked for
    await phone.locator('#event-list li.event-item button').first().click();
    await phone.locator('#detail-panel .detail-title').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: `${ARTIFACTS}dashboard-phone.png`, fullPage: true });
    await phone.close();
  });

  it('logged no console error and asked no host but 127.0.0.1', () => {
    // Chromium logs every 4xx answer to a fetch; the one expected is the wrong password's 401 at sign-in.
    expect(demo.consoleErrors).toEqual([expect.stringMatching(/^Failed to load resource: the server responded with a status of 401 .*\/api\/session\)$/)]);
    expect(demo.foreignRequests).toEqual([]);
  });
});

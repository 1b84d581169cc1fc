import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeFinding, placeOf } from '../detect/test-findings.ts';
import { resolveReport } from '../dedup/resolver.ts';
import { saveFindings, setAlertStatus } from '../store/alert.repository.ts';
import { saveReport } from '../store/report.repository.ts';
import { ARABIC_REPORT, makeEvent } from '../store/test-fixtures.ts';
import type { Db } from '../store/db.ts';
import { listDeliveries, retryDelivery } from '../store/delivery.repository.ts';
import { ensureOrganisation } from '../store/organisation.repository.ts';
import { createSubscription } from '../store/subscription.repository.ts';
import { clearData, TEST_DRIVERS } from '../store/test-drivers.ts';
import { deliverAlerts } from './deliver-alerts.ts';
import { verifySignature } from './webhook.signature.ts';

/** A webhook receiver on 127.0.0.1 that answers what the test tells it and keeps what it got. */
function receiver() {
  const got: { headers: Record<string, string>; body: string }[] = [];
  let answer: () => number | 'hang' = () => 200;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push({ headers: req.headers as Record<string, string>, body });
      const status = answer();
      if (status !== 'hang') res.writeHead(status).end();
    });
  });
  return {
    got,
    answer: (f: () => number | 'hang') => void (answer = f),
    start: () => new Promise<string>((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`))),
    stop: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

describe.each(TEST_DRIVERS)('webhook delivery on $name', (driver) => {
  let db: Db;
  const hook = receiver();
  let url: string;
  let clock: Date;
  const deps = () => ({ fetch, now: () => clock, random: () => 0, timeoutMs: 500, backoff: { baseMs: 60_000, capMs: 3_600_000, maxAttempts: 3 } });
  const later = (ms: number) => void (clock = new Date(clock.getTime() + ms));

  beforeAll(async () => {
    db = await driver.open();
    url = await hook.start();
  });
  afterAll(async () => {
    await hook.stop();
    await driver.close(db);
  });
  beforeEach(async () => {
    await clearData(db);
    hook.got.length = 0;
    hook.answer(() => 200);
    clock = new Date('2025-07-01T12:00:00Z');
  });

  async function subscribe(name: string, filter: object) {
    const org = await ensureOrganisation(db, 'Cellule Mali');
    return createSubscription(db, { organisation_id: org.id, name, filter, webhook_url: url });
  }

  it('posts each new alert once, signed, to the subscriptions whose filter it matches', async () => {
    const { secret } = await subscribe('Kayes', { bbox: [-12.5, 13.5, -9, 15.6] });
    await subscribe('Niger', { countries: ['Niger'] });
    const [alert] = await saveFindings(db, [makeFinding()]);
    expect(await deliverAlerts(db, deps())).toEqual({ queued: 1, delivered: 1, retrying: 0, dead: 0 });
    expect(hook.got).toHaveLength(1);
    const { headers, body } = hook.got[0]!;
    expect(verifySignature(secret!, body, headers['x-sahelwatch-timestamp'], headers['x-sahelwatch-signature'], clock)).toBe(true);
    expect(verifySignature('another secret', body, headers['x-sahelwatch-timestamp'], headers['x-sahelwatch-signature'], clock)).toBe(false);
    expect(verifySignature(secret!, body.replace('Kayes', 'Kayez'), headers['x-sahelwatch-timestamp'], headers['x-sahelwatch-signature'], clock)).toBe(false);
    expect(JSON.parse(body)).toMatchObject({ subscription: { name: 'Kayes' }, alert: { id: alert!.id, version: 1, kind: 'coordinated_offensive' } });
    expect(headers['x-sahelwatch-delivery']).toBe(String(JSON.parse(body).delivery_id));

    // Nothing new: nothing sent. An acknowledgement is not news. A grown finding is.
    expect(await deliverAlerts(db, deps())).toEqual({ queued: 0, delivered: 0, retrying: 0, dead: 0 });
    await setAlertStatus(db, alert!.id, 'acknowledged');
    expect((await deliverAlerts(db, deps())).delivered).toBe(0);
    await saveFindings(db, [makeFinding({ places: [...makeFinding().places, placeOf('Sandaré', 14.7038, -10.3057, [4])] })]);
    expect((await deliverAlerts(db, deps())).delivered).toBe(1);
    expect(JSON.parse(hook.got[1]!.body).alert).toMatchObject({ version: 3, status: 'acknowledged' });
  });

  it('retries a failing receiver with backoff, then delivers', async () => {
    await subscribe('all', {});
    hook.answer(() => 503);
    await saveFindings(db, [makeFinding()]);
    expect(await deliverAlerts(db, deps())).toMatchObject({ delivered: 0, retrying: 1 });
    expect(await deliverAlerts(db, deps())).toMatchObject({ delivered: 0, retrying: 0 }); // not due yet
    expect(hook.got).toHaveLength(1);
    hook.answer(() => 204);
    later(30_000); // backoff for attempt 1 with random 0: half of 60 s
    expect(await deliverAlerts(db, deps())).toMatchObject({ delivered: 1 });
    const [d] = await listDeliveries(db);
    expect(d).toMatchObject({ status: 'delivered', attempts: 2, last_status: 204, last_error: null });
  });

  it('keeps a delivery that never got through as a dead letter, with why, and can send it again', async () => {
    await subscribe('all', {});
    hook.answer(() => 'hang');
    await saveFindings(db, [makeFinding()]);
    for (let i = 0; i < 3; i++) {
      await deliverAlerts(db, deps());
      later(3_600_000);
    }
    const [dead] = await listDeliveries(db, { status: 'dead' });
    expect(dead).toMatchObject({ attempts: 3, last_status: null, last_error: 'could not reach the receiver: timed out' });
    hook.answer(() => 200);
    expect(await retryDelivery(db, dead!.id, clock)).toBe(true);
    expect(await deliverAlerts(db, deps())).toMatchObject({ delivered: 1 });
  });

  it('sends only the newest state when an alert changed twice before delivery', async () => {
    await subscribe('all', {});
    hook.answer(() => 500);
    await saveFindings(db, [makeFinding()]);
    await deliverAlerts(db, deps());
    await saveFindings(db, [makeFinding({ places: [...makeFinding().places, placeOf('Sandaré', 14.7038, -10.3057, [4])] })]);
    hook.answer(() => 200);
    later(3_600_000);
    await deliverAlerts(db, deps());
    expect(hook.got.map((g) => JSON.parse(g.body).alert.version)).toEqual([1, 2]);
    expect((await listDeliveries(db)).map((d) => [d.alert_version, d.status])).toEqual([[2, 'delivered'], [1, 'superseded']]);
  });

  it('never tells a subscriber of an alert resting on reports its organisation may not see', async () => {
    const mali = await ensureOrganisation(db, 'Cellule Mali');
    const ngo = await ensureOrganisation(db, 'ONG Sahel');
    await createSubscription(db, { organisation_id: mali.id, name: 'mine', filter: {}, webhook_url: url });
    await createSubscription(db, { organisation_id: ngo.id, name: 'theirs', filter: {}, webhook_url: url });
    const { id: reportId } = await saveReport(db, {
      source: { name: 'agent de terrain', type: 'field report' }, text: ARABIC_REPORT, lang: 'ar', published: '2025-07-02',
      owner: { organisationId: mali.id, sharing: 'private' },
    });
    const eventIds = await resolveReport(db, reportId, [makeEvent()]);
    await saveFindings(db, [makeFinding({ event_ids: eventIds, places: [placeOf('Nioro', 15.23, -9.59, eventIds)] })]);
    expect(await deliverAlerts(db, deps())).toMatchObject({ queued: 1, delivered: 1 });
    expect(hook.got.map((g) => JSON.parse(g.body).subscription.name)).toEqual(['mine']);
  });

  it('refuses a webhook URL that is not http(s) or carries credentials', async () => {
    const org = await ensureOrganisation(db, 'ONG');
    await expect(createSubscription(db, { organisation_id: org.id, name: 'x', filter: {}, webhook_url: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
    await expect(createSubscription(db, { organisation_id: org.id, name: 'y', filter: {}, webhook_url: 'https://u:p@example.org/' })).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
    await expect(createSubscription(db, { organisation_id: org.id, name: 'z', filter: { bbox: [1, 2] } })).rejects.toThrow(/bad filter: bbox/);
  });
});

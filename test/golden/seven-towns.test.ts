/**
 * The scenario end to end: the bundled reports (the Arabic seed report and the reports of the
 * other towns, in French, English and Arabic) go through extraction, resolution and the detectors
 * into an embedded store; 1 July 2025 must come out as exactly one coordinated-offensive alert
 * listing all seven towns, and each town's attack as one event however many reports name it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoReports } from '../../src/cli/demo-reports.ts';
import { loadExtractor } from '../../src/cli/extractor.ts';
import { ingestDocuments } from '../../src/cli/ingest-documents.ts';
import { listAlerts } from '../../src/store/alert.repository.ts';
import { openStore } from '../../src/store/connect.ts';
import type { Db } from '../../src/store/db.ts';
import { listEvents } from '../../src/store/event.repository.ts';

let db: Db;
beforeAll(async () => {
  db = await openStore({});
  await ingestDocuments(db, await loadExtractor(), await readDemoReports());
});
afterAll(() => db?.close());

describe('1 July 2025 in western Mali, from the bundled reports', () => {
  it('raises exactly one coordinated-offensive alert, listing the seven towns', async () => {
    const alerts = (await listAlerts(db)).filter((a) => a.kind === 'coordinated_offensive');
    expect(alerts).toHaveLength(1);
    const names = alerts[0]!.payload.places.map((p) => p.name).sort();
    expect(names).toHaveLength(7);
    for (const town of ['Kayes', 'Diboli', 'Sandaré', 'Gogui', 'Molodo', 'Niono']) expect(names).toContain(town);
    expect(names.some((n) => n.startsWith('Nioro'))).toBe(true);
    expect(alerts[0]).toMatchObject({ first_day: '2025-07-01', severity: 'critical' });
    expect(alerts[0]!.payload.actors).toEqual(['JNIM: Group for Support of Islam and Muslims']);
  });

  it('raises one abduction alert for the four foreigners kidnapped at Kayes', async () => {
    const abductions = (await listAlerts(db)).filter((a) => a.kind === 'abduction');
    expect(abductions.map((a) => [a.payload.facts.who, a.payload.facts.place, a.first_day])).toEqual([['foreigners', 'Kayes', '2025-07-01']]);
  });

  it('makes one situation of the siege declared on Kayes and Nioro, and marks Nioro–Gogui threatened', async () => {
    const alerts = await listAlerts(db);
    const sieges = alerts.filter((a) => a.kind === 'siege');
    expect(sieges).toHaveLength(1);
    expect(sieges[0]!.payload.places.map((p) => p.name).sort()).toEqual(['Kayes', 'Nioro']);
    const corridors = alerts.filter((a) => a.kind === 'corridor');
    expect(corridors.find((a) => a.payload.facts.corridor_id === 'nioro-gogui' && a.payload.facts.reason === 'siege declared')).toBeDefined();
  });

  it('raises the declared threat to civilians in Kayes and Nioro, and no escalation without a known past', async () => {
    const alerts = await listAlerts(db);
    const threats = alerts.filter((a) => a.kind === 'civilian_threat');
    expect(threats.map((a) => [a.payload.facts.reason, a.payload.places.map((p) => p.name).sort()])).toEqual([['declared', ['Kayes', 'Nioro']]]);
    expect(alerts.filter((a) => a.kind === 'escalation')).toEqual([]);
  });

  it('codes one battle per town that day', async () => {
    const battles = await listEvents(db, { from: '2025-07-01', to: '2025-07-01', type: 'Armed clash' });
    const towns = battles.map((e) => e.location);
    expect(new Set(towns).size).toBe(towns.length);
    expect(towns).toHaveLength(7);
  });
});

describe('the alert over HTTP', () => {
  it('is titled in the language asked for', async () => {
    const { createApp } = await import('../../src/server/app.ts');
    const app = createApp({ db, towns: () => [], webRoot: '/nonexistent' });
    const fr = (await (await app.request('/api/alerts?lang=fr')).json()) as { alerts: { title: string; kind: string }[] };
    expect(fr.alerts.find((a) => a.kind === 'coordinated_offensive')!.title).toBe('Offensive coordonnée : JNIM a frappé 7 localités le 1er juillet 2025');
    const ar = (await (await app.request('/api/alerts?lang=ar')).json()) as { alerts: { title: string; kind: string }[] };
    expect(ar.alerts.find((a) => a.kind === 'coordinated_offensive')!.title).toBe('هجوم منسق: JNIM ضرب 7 مواقع في 1 يوليو 2025');
  });
});

describe('the alert lifecycle', () => {
  it('moves an alert from new to acknowledged to resolved, and answers 404 for an unknown one', async () => {
    const { createApp } = await import('../../src/server/app.ts');
    const { issueToken } = await import('../../src/access/issue-token.ts');
    const { ensureOrganisation } = await import('../../src/store/organisation.repository.ts');
    const app = createApp({ db, towns: () => [], webRoot: '/nonexistent' });
    const [alert] = await listAlerts(db, { kinds: ['coordinated_offensive'] });
    expect(alert!.status).toBe('new');
    // Moving an alert along needs an analyst (a visitor gets 401).
    const { token } = await issueToken(db, { organisationId: (await ensureOrganisation(db, 'Cellule de veille Kayes')).id, role: 'analyst', name: 'golden', expiresAt: null });
    const post = (id: number, status: string, auth = `Bearer ${token}`) =>
      app.request(`/api/alerts/${id}/status`, { method: 'POST', body: JSON.stringify({ status }), headers: { 'Content-Type': 'application/json', Authorization: auth } });
    expect((await app.request(`/api/alerts/${alert!.id}/status`, { method: 'POST', body: '{"status":"acknowledged"}', headers: { 'Content-Type': 'application/json' } })).status).toBe(401);
    expect((await post(alert!.id, 'acknowledged')).status).toBe(200);
    expect((await listAlerts(db, { status: 'acknowledged' })).map((a) => a.id)).toEqual([alert!.id]);
    expect((await post(alert!.id, 'resolved')).status).toBe(200);
    expect((await post(alert!.id, 'closed')).status).toBe(400);
    expect((await post(999_999, 'resolved')).status).toBe(404);
  });
});

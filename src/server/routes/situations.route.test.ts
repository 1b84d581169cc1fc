import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corridor } from '../../detect/corridors.ts';
import type { Finding } from '../../detect/finding.ts';
import { saveFindings, setAlertStatus } from '../../store/alert.repository.ts';
import type { Db } from '../../store/db.ts';
import { TEST_DRIVERS } from '../../store/test-drivers.ts';
import { createApp } from '../app.ts';
import { seedEvents, townsAbove } from '../test-fixtures.ts';

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const place = (name: string, latitude: number, longitude: number, event_ids: number[]) => ({ name, country: 'Mali', admin1: 'Kayes', latitude, longitude, event_ids });

const CORRIDORS: Corridor[] = [
  { id: 'kayes-diboli', name: 'Kayes – Diboli', crossing: 'Diboli', goods: ['fuel'], towns: [
    { id: 1, name: 'Kayes', country: 'ML', latitude: 14.4469, longitude: -11.4456, population: 127_368 },
    { id: 2, name: 'Diboli', country: 'ML', latitude: 14.455, longitude: -12.199, population: 6_000 }] },
  { id: 'bamako-segou', name: 'Bamako – Ségou', crossing: null, goods: ['food'], towns: [
    { id: 3, name: 'Bamako', country: 'ML', latitude: 12.65, longitude: -8.0, population: 1_297_281 },
    { id: 4, name: 'Ségou', country: 'ML', latitude: 13.43, longitude: -6.26, population: 130_690 }] },
];

describe.each(TEST_DRIVERS)('corridors and situations on $name', (driver) => {
  let db: Db;
  let ids: Awaited<ReturnType<typeof seedEvents>>;
  let app: ReturnType<typeof createApp>;
  let siegeId: number;
  let corridorAlertId: number;
  beforeAll(async () => {
    db = await driver.open();
    ids = await seedEvents(db);
    app = createApp({ db, towns: townsAbove, corridors: () => CORRIDORS });
    const siege: Finding = {
      kind: 'siege', key: `${JNIM}|2025-07-01`, severity: 'critical', first_day: '2025-07-01', last_day: '2025-07-01', actors: [JNIM],
      places: [place('Kayes', 14.4469, -11.4456, [ids.ar]), place('Nioro du Sahel', 15.2305, -9.5897, [ids.fr])], event_ids: [ids.ar, ids.fr],
      facts: { actor: JNIM, places: 2, towns: 'Kayes, Nioro du Sahel', day: '2025-07-01', status: 'declared' },
    };
    const corridor: Finding = {
      kind: 'corridor', key: `kayes-diboli|siege|${siege.key}`, severity: 'critical', first_day: '2025-07-01', last_day: '2025-07-01', actors: [JNIM],
      places: [siege.places[0]!], event_ids: [ids.ar],
      facts: { corridor: 'Kayes – Diboli', corridor_id: 'kayes-diboli', status: 'threatened', reason: 'siege declared', crossing: 'Diboli', day: '2025-07-01', towns: 'Kayes' },
    };
    const saved = await saveFindings(db, [siege, corridor].map((f) => ({ ...f, title: f.kind })));
    siegeId = saved.find((a) => a.kind === 'siege')!.id;
    corridorAlertId = saved.find((a) => a.kind === 'corridor')!.id;
  });
  afterAll(() => driver.close(db));
  const get = async (path: string) => {
    const res = await app.request(path);
    return { res, body: (await res.json()) as any };
  };

  it('draws each corridor from its towns, threatened while an alert names it', async () => {
    const { res, body } = await get('/api/corridors?lang=fr');
    expect(res.status).toBe(200);
    const [kayes, bamako] = body.corridors;
    expect(kayes).toMatchObject({ id: 'kayes-diboli', status: 'threatened', towns: [{ name: 'Kayes', latitude: 14.4469, longitude: -11.4456 }, { name: 'Diboli' }] });
    expect(kayes.alerts).toEqual([{ id: corridorAlertId, title: 'Corridor menacé : Kayes – Diboli (siège déclaré, depuis le 1er juillet 2025)', reason: 'siege declared', severity: 'critical', first_day: '2025-07-01' }]);
    expect(bamako).toMatchObject({ id: 'bamako-segou', status: 'no_alert', alerts: [] });
  });

  it('lists the siege with its towns placed and the corridor it threatens, titled in Arabic', async () => {
    const { body } = await get('/api/situations?lang=ar');
    expect(body.situations).toHaveLength(1);
    expect(body.situations[0]).toMatchObject({
      id: siegeId, kind: 'siege', status: 'new', corridor_ids: ['kayes-diboli'],
      places: [{ name: 'Kayes', latitude: 14.4469 }, { name: 'Nioro du Sahel', longitude: -9.5897 }],
    });
    expect(body.situations[0].title).toBe('إعلان حصار: JNIM أعلن حصار Kayes, Nioro du Sahel في 1 يوليو 2025');
  });

  it('opens a situation: the events at its towns since it began, and its corridors', async () => {
    const { res, body } = await get(`/api/situations/${siegeId}`);
    expect(res.status).toBe(200);
    expect(body.events.map((e: any) => e.id).sort()).toEqual([ids.ar, ids.fr].sort());
    expect(body.corridors.map((c: any) => c.id)).toEqual(['kayes-diboli']);
  });

  it('answers 404 for an alert that is no situation', async () => {
    const { res, body } = await get(`/api/situations/${corridorAlertId}`);
    expect(res.status).toBe(404);
    expect(body.type).toBe('urn:sahelwatch:problem:situation_not_found');
  });

  it('clears a corridor once its alert is resolved', async () => {
    await setAlertStatus(db, corridorAlertId, 'resolved');
    const { body } = await get('/api/corridors');
    expect(body.corridors[0]).toMatchObject({ status: 'no_alert', alerts: [] });
  });
});

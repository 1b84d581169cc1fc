import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolveReport } from '../dedup/resolver.ts';
import type { Db } from '../store/db.ts';
import { listAlerts } from '../store/alert.repository.ts';
import { saveReport } from '../store/report.repository.ts';
import { clearData, TEST_DRIVERS } from '../store/test-drivers.ts';
import { makeEvent } from '../store/test-fixtures.ts';
import { dayWindows, runDetectors } from './run-detectors.ts';

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const towns: [string, number, number][] = [
  ['Kayes', 14.4469, -11.4445], ['Diboli', 14.4551, -12.1995], ['Sandaré', 14.7038, -10.3057], ['Nioro du Sahel', 15.2293, -9.5928],
  ['Gogui', 15.6859, -9.3297], ['Molodo', 14.2372, -6.0227], ['Niono', 14.2505, -5.9868],
];

describe.each(TEST_DRIVERS)('detectors over the store on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));
  beforeEach(() => clearData(db));

  async function report(k: number, list: typeof towns) {
    const { id } = await saveReport(db, { source: { name: `wire ${k}`, type: 'international wire' }, text: `report ${k}`, lang: 'en', published: '2025-07-02' });
    await resolveReport(db, id, list.map(([location, latitude, longitude]) =>
      makeEvent({ actor1: JNIM, inter1: 2, location, latitude, longitude, admin2: null, evidence: [], claims: [] })));
  }

  it('marks corridors threatened by the strikes on their small towns (a city needs words of roads or supply)', async () => {
    await report(1, [towns[3]!, towns[4]!]);
    const alerts = await runDetectors(db, { from: '2025-07-01', to: '2025-07-01' });
    expect(alerts.map((a) => [a.kind, a.payload.facts.corridor_id])).toEqual([['corridor', 'nioro-gogui']]);
  });

  it('raises one alert that grows as reports of more towns arrive, and never repeats it', async () => {
    await report(1, towns.slice(0, 4));
    const offensives = async () => (await runDetectors(db, { from: '2025-07-01', to: '2025-07-01' })).filter((a) => a.kind === 'coordinated_offensive');
    const first = await offensives();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ version: 1, status: 'new', kind: 'coordinated_offensive' });
    expect(first[0]!.payload.places).toHaveLength(4);
    await report(2, towns.slice(4));
    const grown = await offensives();
    expect(grown.map((a) => [a.id, a.version, a.payload.places.length])).toEqual([[first[0]!.id, 2, 7]]);
    expect(await runDetectors(db, { from: '2025-07-01', to: '2025-07-01' })).toEqual([]);
    const all = (await listAlerts(db)).filter((a) => a.kind === 'coordinated_offensive');
    expect(all).toHaveLength(1);
    expect(all[0]!.title).toBe('Coordinated offensive: JNIM struck 7 places on 1 July 2025');
  });
});

describe('dayWindows', () => {
  it('groups the days that changed into windows, a new one past the gap', () => {
    expect(dayWindows([], 360)).toEqual([]);
    expect(dayWindows(['2025-07-02', '2019-01-01', '2025-07-01', '2025-07-01'], 360)).toEqual([
      { from: '2019-01-01', to: '2019-01-01' }, { from: '2025-07-01', to: '2025-07-02' },
    ]);
    expect(dayWindows(['2025-01-01', '2025-01-03', '2025-01-06'], 2)).toEqual([{ from: '2025-01-01', to: '2025-01-03' }, { from: '2025-01-06', to: '2025-01-06' }]);
  });
});

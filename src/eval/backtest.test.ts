import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtestAcled, precisionOf } from './backtest.ts';

const HEADER = 'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities';
const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const row = (id: string, day: string, place: string, lat: number, lon: number, admin1: string, killed: number) =>
  `${id},${day},2025,1,Battles,Armed clash,${JNIM},,2,Military Forces of Mali (2021-),,1,12,Mali,${admin1},${admin1},,${place},${lat},${lon},1,Test,"On ${day}, JNIM attacked ${place}.",${killed}`;

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sahelwatch-backtest-'));
  file = join(dir, 'acled.csv');
  // A quiet half year in Kayes, then three towns struck on one day, then a massacre three weeks later.
  const quiet = Array.from({ length: 12 }, (_, i) => row(`Q${i}`, new Date(Date.parse('2025-01-06') + i * 14 * 86_400_000).toISOString().slice(0, 10), 'Kayes', 14.4469, -11.4445, 'Kayes', 0));
  await writeFile(file, [HEADER, ...quiet,
    row('A1', '2025-07-01', 'Kayes', 14.4469, -11.4445, 'Kayes', 2), row('A2', '2025-07-01', 'Diboli', 14.4551, -12.1995, 'Kayes', 1),
    row('A3', '2025-07-01', 'Nioro du Sahel', 15.2293, -9.5928, 'Kayes', 3), row('A4', '2025-07-22', 'Sandaré', 14.7038, -10.3057, 'Kayes', 25),
  ].join('\n'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('backtestAcled', () => {
  it('replays the rows week by week, raising the offensive in its week, and scores labels', async () => {
    const report = await backtestAcled(file);
    expect(report.events).toBe(16);
    const offensive = report.alerts.find((a) => a.kind === 'coordinated_offensive')!;
    expect(offensive).toMatchObject({ raised: '2025-06-30', first_day: '2025-07-01', places: ['Diboli', 'Kayes', 'Nioro du Sahel'] });
    expect(offensive.evidence.map((e) => e.id).sort()).toEqual(['A1', 'A2', 'A3']);
    const escalation = report.alerts.find((a) => a.kind === 'escalation' && a.raised === '2025-06-30');
    expect(escalation?.lead_days).toBe(15); // from Monday 7 July to the massacre of 22 July
    const p = precisionOf(report, [{ key: offensive.key, accept: true }, { key: 'not-an-alert', accept: false }]);
    expect(p).toMatchObject({ labelled: 1, accepted: 1, precision: 1 });
  });
});

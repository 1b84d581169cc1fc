import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveFindings } from '../store/alert.repository.ts';
import type { Db } from '../store/db.ts';
import { clearData, TEST_DRIVERS } from '../store/test-drivers.ts';
import { continueEpisodes } from './continue-episodes.ts';
import { makeFinding, placeOf } from './test-findings.ts';

const run = (first: string, last: string, ids: number[], town: string) => makeFinding({
  kind: 'corridor', key: `gao-labbezanga|strikes|${first}`, first_day: first, last_day: last, event_ids: ids,
  places: [placeOf(town, 16.27, -0.04, ids)], facts: { corridor_id: 'gao-labbezanga', reason: 'attacks', attacks: ids.length, day: first },
  episode: { prefix: 'gao-labbezanga|strikes|', gapDays: 14 },
});

describe.each(TEST_DRIVERS)('continueEpisodes on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));
  beforeEach(() => clearData(db));

  it('gives a run seen from later days the key, first day and events of the alert it continues', async () => {
    await saveFindings(db, [run('2017-01-13', '2017-02-10', [1, 2, 3], 'Gao')]);
    const [later] = await continueEpisodes(db, [run('2017-01-27', '2017-02-20', [3, 4], 'Ansongo')]);
    expect(later).toMatchObject({ key: 'gao-labbezanga|strikes|2017-01-13', first_day: '2017-01-13', event_ids: [1, 2, 3, 4], facts: { attacks: 4, day: '2017-01-13' } });
    expect(later!.places.map((p) => p.name)).toEqual(['Ansongo', 'Gao']);
  });

  it('leaves a run that starts after a long quiet, or on another corridor, alone', async () => {
    await saveFindings(db, [run('2017-01-13', '2017-02-10', [1, 2], 'Gao')]);
    const [quietAfter] = await continueEpisodes(db, [run('2017-03-20', '2017-03-25', [5, 6], 'Gao')]);
    expect(quietAfter!.key).toBe('gao-labbezanga|strikes|2017-03-20');
    const other = { ...run('2017-02-01', '2017-02-05', [7, 8], 'Gao'), key: 'sevare-gao|strikes|2017-02-01', episode: { prefix: 'sevare-gao|strikes|', gapDays: 14 } };
    expect((await continueEpisodes(db, [other]))[0]!.key).toBe('sevare-gao|strikes|2017-02-01');
  });
});

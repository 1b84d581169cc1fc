import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActors, upsertActors } from './actor.repository.ts';
import type { Db } from './db.ts';
import { upsertPlaces } from './place.repository.ts';
import { TEST_DRIVERS } from './test-drivers.ts';

describe.each(TEST_DRIVERS)('actors and places on $name', (driver) => {
  let db: Db;
  beforeAll(async () => {
    db = await driver.open();
  });
  afterAll(() => driver.close(db));

  it('upserts actors by name, replacing aliases', async () => {
    const jnim = { name: 'JNIM: Group for Support of Islam and Muslims', inter: 2, aliases: { ar: ['جماعة نصرة الإسلام والمسلمين'] } };
    await upsertActors(db, [jnim, { name: 'Military Forces of Mali (2021-)', inter: 1, aliases: { fr: ['FAMa'] } }]);
    await upsertActors(db, [{ ...jnim, aliases: { ar: ['نصرة الإسلام'], fr: ['GSIM'] } }]);
    const actors = await listActors(db);
    expect(actors).toHaveLength(2);
    expect(actors[0]).toMatchObject({ name: jnim.name, inter: 2, aliases: { ar: ['نصرة الإسلام'], fr: ['GSIM'] } });
  });

  it('upserts places by geonameid, and places GeoNames lacks by country, admin1 and name', async () => {
    const kayes = { geonameid: 2455518, name: 'Kayes', country: 'Mali', admin1: 'Kayes', latitude: 14.4469, longitude: -11.4456, feature_code: 'PPLA', alt_names: { ar: ['كاي'] } };
    const boulkessi = { name: 'Boulkessi', country: 'Mali', admin1: 'Mopti', latitude: 14.3, longitude: -1.6 };
    expect(await upsertPlaces(db, [kayes, boulkessi, { ...boulkessi, latitude: 14.31 }])).toBe(2);
    expect(await upsertPlaces(db, [{ ...kayes, name: 'Kayes Ville' }, { ...boulkessi, longitude: -1.61 }])).toBe(2);
    const { rows } = await db.query('select geonameid, name, latitude, longitude, alt_names from places order by name');
    expect(rows).toEqual([
      { geonameid: null, name: 'Boulkessi', latitude: 14.3, longitude: -1.61, alt_names: {} },
      { geonameid: 2455518, name: 'Kayes Ville', latitude: 14.4469, longitude: -11.4456, alt_names: { ar: ['كاي'] } },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { mapAcledRow } from './acled.ts';
import { interactionCode, isoDate } from './fields.ts';
import { foldPrecision, mapUcdpRow } from './ucdp.ts';

describe('dataset cells', () => {
  it.each([
    ['2019-12-30', '2019-12-30'],
    ['30 December 2019', '2019-12-30'],
    ['1-Jul-2025', '2025-07-01'],
    ['2012-01-15 00:00:00.000', '2012-01-15'],
    ['31 February 2019', null],
    ['yesterday', null],
  ])('isoDate(%j) → %j', (s, iso) => expect(isoDate(s)).toBe(iso));

  it('interaction codes put the smaller inter first', () => {
    expect(interactionCode(7, 2)).toBe(27);
    expect(interactionCode(6, null)).toBe(60);
  });

  it('folds UCDP precision onto ACLED', () => {
    expect([1, 2, 3, 4, 5, 7].map(foldPrecision)).toEqual([1, 2, 2, 3, 3, 3]);
  });
});

describe('mapAcledRow', () => {
  const row = {
    event_id_cnty: 'TST9', event_date: '5 March 2024', time_precision: '1', event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Mali (2021-)', assoc_actor_1: '', inter1: '1', actor2: 'Invented Group', assoc_actor_2: '', inter2: '2',
    interaction: '12', country: 'Mali', admin1: 'Kayes', admin2: '', admin3: '', location: 'Testville', latitude: '14.4',
    longitude: '-11.4', geo_precision: '1', notes: 'An invented note.', fatalities: '3',
  };

  it('keeps names verbatim and turns empty cells into nulls', () => {
    const r = mapAcledRow(row);
    expect(r.ok && r.event).toMatchObject({ external_id: 'TST9', event_date: '2024-03-05', actor1: 'Military Forces of Mali (2021-)', admin2: null, latitude: 14.4, fatalities: 3, evidence: [], claims: [] });
  });

  it('leaves out rows it cannot read, saying why', () => {
    expect(mapAcledRow({ ...row, event_type: 'Picnic' })).toEqual({ ok: false, problem: 'unknown event_type "Picnic"' });
    expect(mapAcledRow({ ...row, fatalities: 'many' }).ok).toBe(false);
  });
});

describe('mapUcdpRow', () => {
  const row = {
    id: '424242', type_of_violence: '3', side_a: 'Invented Armed Group', side_b: 'Civilians', country: 'Mali', adm_1: 'Mopti region',
    adm_2: 'Koro district', where_coordinates: 'Testvillage', latitude: '14.1', longitude: '-3.0', where_prec: '2',
    date_start: '2019-03-23', date_end: '2019-03-23', date_prec: '1', best: '12', low: '10', high: '15', deaths_civilians: '12', source_article: 'Invented wire',
  };

  it('maps one-sided violence to an attack on civilians', () => {
    const r = mapUcdpRow(row);
    expect(r.ok && r.event).toMatchObject({
      external_id: '424242', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Invented Armed Group',
      inter1: 2, actor2: 'Civilians', inter2: 7, interaction: 27, geo_precision: 2, time_precision: 1, fatalities: 12, location: 'Testvillage',
    });
  });

  it('maps state-based violence to an armed clash, governments as state forces', () => {
    const r = mapUcdpRow({ ...row, type_of_violence: '1', side_a: 'Government of Mali', side_b: 'JNIM', where_prec: '4', date_prec: '3' });
    expect(r.ok && r.event).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash', inter1: 1, inter2: 2, interaction: 12, geo_precision: 3, time_precision: 2 });
  });
});

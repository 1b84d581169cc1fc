import { describe, expect, it } from 'vitest';
import { makeEvent } from '../store/test-fixtures.ts';
import type { CodedEvent } from '../pipeline/types.ts';
import { pairScore, PAIR_LIMITS, type Mention } from './mention.pair.ts';

let n = 0;
const mention = (o: Partial<CodedEvent>, reportId = ++n): Mention => {
  const { evidence: _e, claims: _c, ...coded } = makeEvent({ actor1: 'JNIM: Group for Support of Islam and Muslims', ...o });
  return { id: ++n, key: String(n), reportId, sourceId: 1, coded };
};
const NIORO = { location: 'Nioro du Sahel', latitude: 15.2305, longitude: -9.5897, admin1: 'Kayes', admin2: 'Nioro' };
const base = mention(NIORO);

describe('pairScore: can two reports be one event?', () => {
  it.each([
    ['the same coding from another report', {}, true],
    ['a day apart (a night attack)', { event_date: '2025-07-02' }, true],
    ['the actor left unnamed', { actor1: 'Unidentified Armed Group (Mali)' }, true],
    ['an ambush coded as an IED by another outlet', { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' }, true],
    ['the same cercle, known only to its district', { geo_precision: 2, location: 'Nioro', latitude: 15.3, longitude: -9.6 }, true],
    ['trucks burned in the attack, coded as property destruction', { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' }, true],
  ] as const)('%s: yes', (_, o, same) => {
    const s = pairScore(base, mention({ ...NIORO, ...o }));
    expect(s !== null && s >= PAIR_LIMITS.threshold).toBe(same);
  });

  it.each([
    ['three days apart', { event_date: '2025-07-04' }],
    ['another town 55 km away (Gogui)', { location: 'Gogui', latitude: 15.5667, longitude: -9.25 }],
    ['a protest in the same town', { event_type: 'Protests', sub_event_type: 'Peaceful protest' }],
    ['another country', { country: 'Mauritania' }],
    ['another region, both known only to the region', { geo_precision: 3, admin1: 'Koulikoro' }],
  ] as const)('%s: no', (_, o) => {
    expect(pairScore(mention({ ...NIORO, geo_precision: (o as { geo_precision?: 1 | 2 | 3 }).geo_precision ?? 1 }), mention({ ...NIORO, ...o }))).toBeNull();
  });

  it('never pairs two events of one report', () => {
    expect(pairScore(mention(NIORO, 1000), mention(NIORO, 1000))).toBeNull();
  });

  it('scores two named armed groups lower than one group twice', () => {
    const same = pairScore(base, mention(NIORO))!;
    const other = pairScore(base, mention({ ...NIORO, actor1: 'Islamic State (Sahel)' }))!;
    expect(other).toBeLessThan(same);
  });
});

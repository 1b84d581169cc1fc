import { describe, expect, it } from 'vitest';
import { scoreDocs, prf } from './score.ts';
import { matchEvents } from './match.ts';
import type { CodedEvent } from '../pipeline/types.ts';
import type { GoldDoc } from './gold.ts';

const event = (over: Partial<CodedEvent>): CodedEvent => ({
  event_date: '2025-07-01', time_precision: 1, event_type: 'Battles', sub_event_type: 'Armed clash',
  actor1: 'JNIM: Group for Support of Islam and Muslims', assoc_actor_1: null, inter1: 2,
  actor2: 'Military Forces of Mali', assoc_actor_2: null, inter2: 1, interaction: 12,
  country: 'Mali', admin1: 'Kayes', admin2: null, admin3: null, location: 'Kayes',
  latitude: 14.44693, longitude: -11.44448, geo_precision: 1, fatalities: 0, evidence: [], claims: [], ...over,
});

const gold: GoldDoc = {
  id: 'd1', lang: 'ar', published: '2025-07-03', text: '...',
  events: [
    { event_date: '2025-07-01', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'JNIM: Group for Support of Islam and Muslims', actor2: 'Military Forces of Mali (2021-)', location: 'Kayes', latitude: 14.44693, longitude: -11.44448, fatalities: 3 },
    { event_date: '2025-07-01', event_type: 'Battles', sub_event_type: 'Armed clash', location: 'Nioro', latitude: 15.22932, longitude: -9.59277, fatalities: null },
  ],
};

describe('eval', () => {
  it('matches events by place first, and ignores ACLED period suffixes on actor names', () => {
    const predicted = [event({ location: 'Nioro', latitude: 15.23, longitude: -9.59 }), event({ fatalities: 3 })];
    expect(matchEvents(gold.events, predicted).sort()).toEqual([[0, 1], [1, 0]]);
    const r = scoreDocs([gold], () => predicted);
    expect(prf(r.overall)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.overall.fields.actor2).toEqual({ right: 1, scored: 1 });
    // A null gold field is not scored.
    expect(r.overall.fields.fatalities).toEqual({ right: 1, scored: 1 });
  });

  it('counts a wrong place as a missed and a spurious event, and a wrong field as a field error', () => {
    const r = scoreDocs([gold], () => [event({ fatalities: 5 }), event({ location: 'Gao', latitude: 16.27, longitude: -0.04, event_type: 'Protests' })]);
    expect(r.overall.matched).toBe(1);
    expect(prf(r.overall).precision).toBe(0.5);
    expect(r.errors.map((e) => e.field).sort()).toEqual(['event (missed)', 'event (spurious)', 'fatalities']);
  });
});

import { describe, expect, it } from 'vitest';
import { detectAidAttacks } from './aid-attack.detector.ts';
import type { DetectableEvent } from './finding.ts';

let n = 0;
const ev = (o: Partial<DetectableEvent> = {}): DetectableEvent => ({
  id: ++n, event_date: '2025-07-04', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'JNIM: Group for Support of Islam and Muslims', inter1: 2,
  actor2: 'Civilians (Mali)', inter2: 7, location: 'Ménaka', country: 'Mali', admin1: 'Menaka', latitude: 15.92, longitude: 2.4, geo_precision: 1, fatalities: 0,
  type_words: [], context: [], ...o,
});

describe('detectAidAttacks', () => {
  it('raises attacks on aid workers (by ACLED actor or by the report’s words) and on infrastructure', () => {
    const found = detectAidAttacks([
      ev({ actor2: 'Aid Workers (Mali)' }),
      ev({ location: 'Gao', context: ['des hommes armés ont pillé un convoi d’aide alimentaire du Programme alimentaire mondial'] }),
      ev({ location: 'Ouatagouna', event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', context: ['ils ont détruit le pont et incendié le centre de santé'] }),
    ]);
    expect(found.map((f) => [f.facts.place, f.facts.target, f.severity])).toEqual([['Ménaka', 'aid', 'high'], ['Gao', 'aid', 'high'], ['Ouatagouna', 'infrastructure', 'medium']]);
  });

  it('not for an attack that says nothing of aid or infrastructure, nor for abductions (alerted elsewhere), nor for protests', () => {
    expect(detectAidAttacks([
      ev({ context: ['des hommes armés ont tué trois bergers'] }),
      ev({ sub_event_type: 'Abduction/forced disappearance', actor2: 'Aid Workers (Mali)' }),
      ev({ event_type: 'Protests', sub_event_type: 'Peaceful protest', context: ['manifestation devant l’hôpital'] }),
    ])).toEqual([]);
  });
});

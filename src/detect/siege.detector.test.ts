import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../pipeline/places/index.ts';
import { detectCorridorThreats } from './corridor.detector.ts';
import { loadCorridors } from './corridors.ts';
import type { DetectableEvent } from './finding.ts';
import { detectSieges } from './siege.detector.ts';
import { declaresSiege } from './siege.words.ts';

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
let n = 0;
const ev = (location: string, lat: number, lon: number, o: Partial<DetectableEvent> = {}): DetectableEvent => ({
  id: ++n, event_date: '2025-07-01', event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor1: JNIM, inter1: 2,
  actor2: null, location, country: 'Mali', admin1: 'Kayes', latitude: lat, longitude: lon, geo_precision: 1, fatalities: 0, inter2: null, statement_context: [], type_words: ['الحصار'], ...o,
});
const KAYES = ['Kayes', 14.4469, -11.4445] as const;
const NIORO = ['Nioro', 15.2293, -9.5928] as const;

describe('declaresSiege', () => {
  it.each(['حصار', 'الحصار', 'وفرض حصارا', 'blocus', 'Assiégée', 'besieged', 'a blockade'])('%s: yes', (w) => expect(declaresSiege(w)).toBe(true));
  it.each(['هجوم', 'attaque', 'attack', 'siège social'.replace('siège', 'sieste')])('%s: no', (w) => expect(declaresSiege(w)).toBe(false));
});

describe('detectSieges and corridor threats', () => {
  const declared = [ev(...KAYES), ev(...NIORO)];

  it('makes one situation of a siege declared on Kayes and Nioro', () => {
    const [s, ...rest] = detectSieges(declared);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ kind: 'siege', severity: 'critical', facts: { status: 'declared', towns: 'Kayes, Nioro' } });
  });

  it('ignores strategic developments that declare no siege', () => {
    expect(detectSieges([ev(...KAYES, { type_words: ['recrutement'] })])).toEqual([]);
  });

  const corridors = loadCorridors(loadGazetteer());

  it('marks the Nioro–Gogui corridor threatened by the siege', () => {
    const threats = detectCorridorThreats(declared, corridors);
    const ids = threats.map((t) => t.facts.corridor_id);
    expect(ids).toContain('nioro-gogui');
    expect(ids).toContain('bamako-kayes-diboli');
    expect(threats.find((t) => t.facts.corridor_id === 'nioro-gogui')).toMatchObject({ facts: { reason: 'siege declared', towns: 'Nioro' } });
  });

  it('marks a corridor threatened by repeated strikes near its towns, not by one', () => {
    const strike = (day: string) => ev('Gogui', 15.6859, -9.3297, { event_date: day, event_type: 'Battles', sub_event_type: 'Armed clash', type_words: ['attaque'] });
    expect(detectCorridorThreats([strike('2025-08-01')], corridors)).toEqual([]);
    const two = detectCorridorThreats([strike('2025-08-01'), strike('2025-08-10')], corridors);
    expect(two.map((t) => [t.facts.corridor_id, t.facts.reason])).toEqual([['nioro-gogui', '2 attacks']]);
    expect(detectCorridorThreats([strike('2025-08-01'), strike('2025-09-10')], corridors)).toEqual([]);
  });
});

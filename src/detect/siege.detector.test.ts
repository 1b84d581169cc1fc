import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../pipeline/places/index.ts';
import { detectCorridorThreats } from './corridor.detector.ts';
import { loadCorridors } from './corridors.ts';
import type { DetectableEvent } from './finding.ts';
import { detectBlockades, detectSieges } from './siege.detector.ts';
import { declaresSiege } from './siege.words.ts';

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
let n = 0;
const ev = (location: string, lat: number, lon: number, o: Partial<DetectableEvent> = {}): DetectableEvent => ({
  id: ++n, event_date: '2025-07-01', event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor1: JNIM, inter1: 2,
  actor2: null, location, country: 'Mali', admin1: 'Kayes', latitude: lat, longitude: lon, geo_precision: 1, fatalities: 0, inter2: null, context: [], type_words: ['الحصار'], ...o,
});
const corridors = loadCorridors(loadGazetteer());
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


  it('marks the Nioro–Gogui corridor threatened by the siege', () => {
    const threats = detectCorridorThreats(declared, corridors);
    const ids = threats.map((t) => t.facts.corridor_id);
    expect(ids).toContain('nioro-gogui');
    expect(ids).toContain('bamako-kayes-diboli');
    expect(threats.find((t) => t.facts.corridor_id === 'nioro-gogui')).toMatchObject({ facts: { reason: 'siege declared', towns: 'Nioro' } });
  });

  it('counts attacks inside a city on its corridors only when their reports speak of roads or supply', () => {
    const inKayes = (day: string, context: string) => ev(...KAYES, { event_date: day, event_type: 'Battles', sub_event_type: 'Armed clash', type_words: ['attaque'], context: [context] });
    const ids = (events: DetectableEvent[]) => detectCorridorThreats(events, corridors).map((t) => t.facts.corridor_id);
    expect(ids([inKayes('2025-08-01', 'attaque contre le camp militaire'), inKayes('2025-08-05', 'tirs contre la gendarmerie')])).toEqual([]);
    expect(ids([inKayes('2025-08-01', 'embuscade contre un convoi de camions'), inKayes('2025-08-05', 'attaque d’un poste de contrôle sur la route')])).toContain('bamako-kayes-diboli');
  });

  it('marks a corridor threatened by repeated strikes near its towns, not by one', () => {
    const strike = (day: string) => ev('Gogui', 15.6859, -9.3297, { event_date: day, event_type: 'Battles', sub_event_type: 'Armed clash', type_words: ['attaque'] });
    expect(detectCorridorThreats([strike('2025-08-01')], corridors)).toEqual([]);
    const two = detectCorridorThreats([strike('2025-08-01'), strike('2025-08-10')], corridors);
    expect(two.map((t) => [t.facts.corridor_id, t.facts.reason, t.facts.attacks])).toEqual([['nioro-gogui', 'attacks', 2]]);
    expect(detectCorridorThreats([strike('2025-08-01'), strike('2025-09-10')], corridors)).toEqual([]);
  });
});

describe('a siege’s status follows what happens near its towns', () => {
  const declared = [ev(...KAYES), ev(...NIORO)];
  const attack = (day: string, o: Partial<DetectableEvent> = {}) =>
    ev('Nioro', 15.25, -9.6, { event_date: day, event_type: 'Battles', sub_event_type: 'Armed clash', type_words: ['attaque'], ...o });
  const status = (events: DetectableEvent[], asOf: string) => detectSieges(events, asOf).map((s) => [s.facts.status, s.facts.attacks]);

  it('declared, then active with attacks nearby, easing after two quiet weeks, lifted after a month', () => {
    expect(status(declared, '2025-07-02')).toEqual([['declared', 0]]);
    const withAttack = [...declared, attack('2025-07-10')];
    expect(status(withAttack, '2025-07-12')).toEqual([['active', 1]]);
    expect(status(withAttack, '2025-07-30')).toEqual([['easing', 1]]);
    expect(status(withAttack, '2025-08-15')).toEqual([['lifted', 1]]);
  });

  it('lifted when a report says so, and the alert keeps the attacks as evidence', () => {
    const lift = attack('2025-07-20', { event_type: 'Strategic developments', sub_event_type: 'Agreement', context: ['Les notables annoncent que le JNIM a levé le blocus de Nioro.'] });
    const [s] = detectSieges([...declared, attack('2025-07-10'), lift], '2025-07-21');
    expect(s!.facts.status).toBe('lifted');
    expect(s!.event_ids).toHaveLength(4);
    expect(s!.severity).toBe('low');
  });

  it('does not count attacks far from the towns, or before the declaration', () => {
    expect(status([...declared, attack('2025-07-10', { latitude: 13.0, longitude: -5.0 }), attack('2025-06-20')], '2025-07-12')).toEqual([['declared', 0]]);
  });
});

describe('blockades inferred from attacks on supply around a corridor town', () => {
  const corridorTowns = corridors.flatMap((c) => c.towns);
  const ambush = (day: string, context: string) =>
    ev('Diéma', 14.54, -9.19, { event_date: day, event_type: 'Battles', sub_event_type: 'Armed clash', type_words: ['embuscade'], context: [context] });

  it('three attacks on convoys, trucks or roads within a month make one blockade situation', () => {
    const found = detectBlockades([
      ambush('2025-08-01', 'une embuscade contre un convoi de camions-citernes sur l’axe Kayes-Bamako'),
      ambush('2025-08-12', 'هاجم مسلحون شاحنات نقل البضائع على الطريق'),
      ambush('2025-08-30', 'fighters burned fuel tankers on the road'),
    ], corridorTowns, '2025-09-01');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.kind === 'blockade' && f.facts.status === 'active' && f.facts.attacks === 3)).toBe(true);
  });

  it('not for attacks that say nothing of supply, nor for a run broken by a long quiet', () => {
    const plain = ['2025-08-01', '2025-08-05', '2025-08-09'].map((d) => ambush(d, 'des affrontements entre l’armée et des hommes armés'));
    expect(detectBlockades(plain, corridorTowns, '2025-08-10')).toEqual([]);
    const broken = [ambush('2025-01-01', 'convoi attaqué'), ambush('2025-03-01', 'convoi attaqué'), ambush('2025-05-01', 'convoi attaqué')];
    expect(detectBlockades(broken, corridorTowns, '2025-05-02')).toEqual([]);
  });
});

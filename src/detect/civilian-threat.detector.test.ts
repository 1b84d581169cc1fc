import { describe, expect, it } from 'vitest';
import { detectCivilianThreats } from './civilian-threat.detector.ts';
import type { DetectableEvent } from './finding.ts';
import { threatensCivilians } from './threat.words.ts';

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const DOZO = 'Dozo Communal Militia (Mali)';
let n = 0;
const ev = (location: string, lat: number, lon: number, o: Partial<DetectableEvent> = {}): DetectableEvent => ({
  id: ++n, event_date: '2025-07-01', event_type: 'Strategic developments', sub_event_type: 'Change to group/activity', actor1: JNIM, inter1: 2,
  actor2: null, inter2: null, location, country: 'Mali', admin1: 'Kayes', latitude: lat, longitude: lon, geo_precision: 1, fatalities: 0,
  type_words: [], context: [], ...o,
});
const AR_THREAT = 'وقد علّقت الجماعة على هذا المشهد، معتبرة أن انخراط المدنيين بهذا الشكل “جعلهم هدفًا مشروعًا”، في تبرير واضح لقرارها المعلن وفرض الحصار';

describe('threatensCivilians', () => {
  it.each([
    AR_THREAT,
    'كل قافلة تزوّد جيشها بالوقود ستكون هدفا مشروعا، وحذرت السائقين',
    'Le groupe menace les transporteurs qui ravitaillent l’armée',
    'The group said residents who cooperate with the army are legitimate targets',
  ])('yes: %s', (t) => expect(threatensCivilians(t)).toBe(true));
  it.each([
    'les civils ont fui les combats',
    'The army said the militants are legitimate targets',
    'فرّ المدنيون من المعارك',
  ])('no: %s', (t) => expect(threatensCivilians(t)).toBe(false));
});

describe('declared threats', () => {
  it('raises one alert for a group’s statement naming civilians targets in several towns', () => {
    const found = detectCivilianThreats([
      ev('Kayes', 14.4469, -11.4445, { context: [AR_THREAT] }),
      ev('Nioro du Sahel', 15.2293, -9.5928, { context: [AR_THREAT] }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'civilian_threat', severity: 'critical', facts: { reason: 'declared', towns: 'Kayes, Nioro du Sahel' } });
  });

  it('ignores a statement without such words, and the army’s own statements', () => {
    expect(detectCivilianThreats([ev('Kayes', 14.4, -11.4, { context: ['La jama’a annonce un nouveau chef'] })])).toEqual([]);
    expect(detectCivilianThreats([ev('Kayes', 14.4, -11.4, { actor1: 'Military Forces of Mali (2021-)', inter1: 1, context: [AR_THREAT] })])).toEqual([]);
  });
});

describe('reprisals', () => {
  const clash = ev('Dioura', 14.85, -5.25, { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: DOZO, inter1: 4, actor2: JNIM, inter2: 2, event_date: '2025-03-01' });
  const attack = (day: string, o: Partial<DetectableEvent> = {}) =>
    ev('Kourouma', 14.95, -5.4, { event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Civilians (Mali)', inter2: 7, event_date: day, fatalities: 9, ...o });

  it('links an attack on civilians near a clash the same group fought with a militia days before', () => {
    const found = detectCivilianThreats([clash, attack('2025-03-06')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'civilian_threat', severity: 'high', first_day: '2025-03-01', last_day: '2025-03-06', facts: { reason: 'reprisal', place: 'Kourouma', clash_day: '2025-03-01' } });
    expect(found[0]!.event_ids).toHaveLength(2);
  });

  it('not when too late, too far, before the clash, or by another group', () => {
    expect(detectCivilianThreats([clash, attack('2025-03-20')])).toEqual([]);
    expect(detectCivilianThreats([clash, attack('2025-03-06', { latitude: 16.5, longitude: -3 })])).toEqual([]);
    expect(detectCivilianThreats([clash, attack('2025-02-27')])).toEqual([]);
    expect(detectCivilianThreats([clash, attack('2025-03-06', { actor1: 'Islamic State (Sahel)' })])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { detectCoordinatedOffensives } from './coordinated-offensive.detector.ts';
import type { DetectableEvent } from './finding.ts';

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
// The towns of 1 July 2025 (GeoNames coordinates).
const TOWNS: [string, number, number][] = [
  ['Kayes', 14.4469, -11.4445], ['Diboli', 14.4551, -12.1995], ['Sandaré', 14.7038, -10.3057], ['Nioro du Sahel', 15.2293, -9.5928],
  ['Gogui', 15.6859, -9.3297], ['Molodo', 14.2372, -6.0227], ['Niono', 14.2505, -5.9868],
];
let n = 0;
const strike = (town: [string, number, number], o: Partial<DetectableEvent> = {}): DetectableEvent => ({
  id: ++n, event_date: '2025-07-01', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: JNIM, inter1: 2,
  actor2: 'Military Forces of Mali (2021-)', location: town[0], country: 'Mali', admin1: 'Kayes', latitude: town[1], longitude: town[2],
  geo_precision: 1, fatalities: 0, inter2: null, context: [], type_words: [], ...o,
});

describe('detectCoordinatedOffensives', () => {
  it('finds one offensive listing all seven towns of 1 July 2025', () => {
    const events = TOWNS.map((t) => strike(t));
    const [f, ...rest] = detectCoordinatedOffensives(events);
    expect(rest).toEqual([]);
    expect(f!.places.map((p) => p.name)).toEqual(['Diboli', 'Gogui', 'Kayes', 'Molodo', 'Niono', 'Nioro du Sahel', 'Sandaré']);
    expect(f).toMatchObject({ kind: 'coordinated_offensive', key: `${JNIM}|2025-07-01`, severity: 'critical', actors: [JNIM], first_day: '2025-07-01' });
    expect(f!.event_ids).toHaveLength(7);
  });

  it('counts towns closer than 25 km as one target (Molodo and Niono)', () => {
    expect(detectCoordinatedOffensives([strike(TOWNS[5]!), strike(TOWNS[6]!), strike(TOWNS[0]!)])).toEqual([]);
    expect(detectCoordinatedOffensives([strike(TOWNS[5]!), strike(TOWNS[6]!), strike(TOWNS[0]!), strike(TOWNS[3]!)])).toHaveLength(1);
  });

  it.each([
    ['on three different days', (k: number) => ({ event_date: `2025-07-0${k + 1}` })],
    ['by three different groups', (k: number) => ({ actor1: ['A', 'B', 'C'][k]! })],
    ['by an unidentified group', () => ({ actor1: 'Unidentified Armed Group (Mali)', inter1: 3 })],
    ['by state forces', () => ({ actor1: 'Military Forces of Mali (2021-)', inter1: 1 })],
    ['as protests', () => ({ event_type: 'Protests', sub_event_type: 'Peaceful protest' })],
  ])('finds none for three strikes %s', (_, o) => {
    expect(detectCoordinatedOffensives([0, 1, 2].map((k) => strike(TOWNS[k]!, o(k))))).toEqual([]);
  });

  it('takes its window from the options: two days joins strikes a day apart', () => {
    const events = [0, 1, 2].map((k) => strike(TOWNS[k]!, { event_date: k === 2 ? '2025-07-02' : '2025-07-01' }));
    expect(detectCoordinatedOffensives(events)).toEqual([]);
    expect(detectCoordinatedOffensives(events, { minPlaces: 3, minKm: 25, windowDays: 2 })).toHaveLength(1);
  });
});

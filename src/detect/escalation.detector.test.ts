import { describe, expect, it } from 'vitest';
import type { AreaWeek } from '../store/area-weeks.repository.ts';
import { detectEscalations } from './escalation.detector.ts';

const monday = (n: number) => new Date(Date.parse('2024-01-01T00:00:00Z') + n * 7 * 86_400_000).toISOString().slice(0, 10);

/** Weekly rows for one area: counts[i] events in week i (fatalities and civilian events as given). */
function area(name: string, counts: number[], extra: (i: number) => Partial<AreaWeek> = () => ({})): AreaWeek[] {
  return counts.flatMap((events, i) =>
    events === 0 ? [] : [{ level: 'admin1', country: 'Mali', area: name, admin1: null, week: monday(i), events, fatalities: 0, civilian_events: 0, latitude: 14.5, longitude: -4.2, event_ids: [i * 100 + 1], ...extra(i) } as AreaWeek]);
}
const quiet = (weeks: number, every = 3) => Array.from({ length: weeks }, (_, i) => (i % every === 0 ? 1 : 0));

describe('detectEscalations', () => {
  it('raises a week far above the area’s own past, saying by how much and how unusual', () => {
    const rows = area('Mopti', [...quiet(30), 9]);
    const [f, ...rest] = detectEscalations(rows, [monday(30)], monday(0));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'escalation', severity: 'high', first_day: monday(30), event_ids: [3001] });
    expect(f!.facts).toMatchObject({ measure: 'events', area: 'Mopti', observed: 9 });
    expect(Number(f!.facts.expected)).toBeLessThan(1);
    expect(Number(f!.facts.tail)).toBeLessThan(0.001);
  });

  it('does not call a violent area’s usual week an escalation', () => {
    const busy = Array.from({ length: 30 }, (_, i) => 8 + (i % 5));
    expect(detectEscalations(area('Mopti', [...busy, 12]), [monday(30)], monday(0))).toEqual([]);
  });

  it('needs a known past: no alert for an area the store has covered only a few weeks', () => {
    expect(detectEscalations(area('Kayes', [0, 0, 0, 9]), [monday(3)], monday(0))).toEqual([]);
    // Weeks before the store's data began are unknown, not quiet.
    expect(detectEscalations(area('Kayes', [...quiet(30), 9]), [monday(30)], monday(26))).toEqual([]);
  });

  it('keeps consecutive unusual weeks as one situation', () => {
    const rows = area('Ménaka', [...quiet(30), 9, 11]);
    const week1 = detectEscalations(rows, [monday(30)], monday(0));
    const week2 = detectEscalations(rows, [monday(31)], monday(0));
    expect(week2.map((f) => f.key)).toEqual(week1.map((f) => f.key));
    expect(week2[0]!.facts.observed).toBe(11);
  });

  it('raises deaths and attacks on civilians on their own, the latter as a threat to civilians', () => {
    const rows = area('Ségou', [...quiet(30), 4], (i) => (i === 30 ? { fatalities: 60, civilian_events: 4 } : { fatalities: 1 }));
    const kinds = detectEscalations(rows, [monday(30)], monday(0)).map((f) => [f.kind, f.facts.measure, f.severity]);
    expect(kinds).toEqual(expect.arrayContaining([['escalation', 'fatalities', 'critical'], ['civilian_threat', 'civilian_events', 'high']]));
  });

  it('needs a real number, not a doubling of nothing', () => {
    expect(detectEscalations(area('Tombouctou', [...Array(30).fill(0), 2]), [monday(30)], monday(0))).toEqual([]);
  });
});

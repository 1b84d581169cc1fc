import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlertFilter, matchesAlert, type FilterableAlert } from './alert.filter.ts';

const place = (name: string, lat: number | null, lon: number | null, country = 'Mali') => ({ name, country, admin1: null, latitude: lat, longitude: lon, event_ids: [1] });
const offensive: FilterableAlert = {
  kind: 'coordinated_offensive',
  severity: 'critical',
  payload: { actors: ['JNIM: Group for Support of Islam and Muslims'], places: [place('Kayes', 14.4469, -11.4445), place('Nioro du Sahel', 15.2293, -9.5928)] },
};
const KAYES_REGION: [number, number][] = [[-12.5, 13.5], [-9, 13.5], [-9, 15.6], [-12.5, 15.6]];

describe('matchesAlert', () => {
  it.each<[string, AlertFilter, boolean]>([
    ['empty filter', {}, true],
    ['its kind', { kinds: ['coordinated_offensive', 'siege'] }, true],
    ['another kind', { kinds: ['escalation'] }, false],
    ['severity at or above the floor', { min_severity: 'high' }, true],
    ['actor by a part of its name, any case', { actors: ['jnim'] }, true],
    ['another actor', { actors: ['Islamic State'] }, false],
    ['a country of one of its places', { countries: ['Senegal', 'Mali'] }, true],
    ['another country', { countries: ['Niger'] }, false],
    ['a bbox around one of its towns', { bbox: [-12, 14, -11, 15] }, true],
    ['a bbox elsewhere', { bbox: [0, 12, 2, 14] }, false],
    ['a polygon around the Kayes region', { polygon: KAYES_REGION }, true],
    ['a polygon over Niger', { polygon: [[0, 12], [4, 12], [4, 16]] }, false],
    ['all parts, one failing', { kinds: ['coordinated_offensive'], actors: ['JNIM'], countries: ['Niger'] }, false],
  ])('%s → %s', (_, filter, expected) => {
    expect(matchesAlert(offensive, AlertFilter.parse(filter))).toBe(expected);
  });

  it('never places a town without coordinates inside an area', () => {
    const vague: FilterableAlert = { ...offensive, payload: { actors: [], places: [place('Somewhere', null, null)] } };
    expect(matchesAlert(vague, { bbox: [-180, -90, 180, 90] })).toBe(false);
    expect(matchesAlert(vague, {})).toBe(true);
  });

  it('agrees with the bbox for a polygon drawn as the same rectangle', () => {
    // Coordinates to a tenth of a metre, as gazetteers give them (subnormal doubles are not places).
    const deg = fc.integer({ min: -20_000_000, max: 20_000_000 }).map((n) => n / 1e6);
    const coord = fc.tuple(deg, deg);
    fc.assert(
      fc.property(coord, coord, coord, ([x1, y1], [x2, y2], [lon, lat]) => {
        fc.pre(x1 !== x2 && y1 !== y2);
        const [w, e] = [Math.min(x1, x2), Math.max(x1, x2)];
        const [s, n] = [Math.min(y1, y2), Math.max(y1, y2)];
        const alert: FilterableAlert = { ...offensive, payload: { actors: [], places: [place('P', lat, lon)] } };
        const ring: [number, number][] = [[w, s], [e, s], [e, n], [w, n]];
        expect(matchesAlert(alert, { polygon: ring })).toBe(matchesAlert(alert, { bbox: [w, s, e, n] }));
      }),
    );
  });

  it('refuses a malformed filter with the reason', () => {
    expect(() => AlertFilter.parse({ bbox: [10, 0, 5, 1] })).toThrow(/west,south,east,north/);
    expect(() => AlertFilter.parse({ min_severity: 'extreme' })).toThrow();
    expect(() => AlertFilter.parse({ polygon: [[0, 0], [1, 1]] })).toThrow();
    expect(() => AlertFilter.parse({ colour: 'red' })).toThrow();
  });
});

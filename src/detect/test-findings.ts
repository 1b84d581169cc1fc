import type { Finding, FindingPlace } from './finding.ts';

const JNIM = 'JNIM: Group for Support of Islam and Muslims';

export const placeOf = (name: string, latitude: number, longitude: number, event_ids = [1]): FindingPlace =>
  ({ name, country: 'Mali', admin1: 'Kayes', latitude, longitude, event_ids });

/** A finding as a detector would return it, titled; overrides change any part. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding & { title: string } {
  const places = overrides.places ?? [placeOf('Kayes', 14.4469, -11.4445, [1]), placeOf('Nioro du Sahel', 15.2293, -9.5928, [2]), placeOf('Diboli', 14.4551, -12.1995, [3])];
  return {
    kind: 'coordinated_offensive',
    key: `${JNIM}|2025-07-01`,
    severity: 'critical',
    first_day: '2025-07-01',
    last_day: '2025-07-01',
    actors: [JNIM],
    places,
    event_ids: places.flatMap((p) => p.event_ids),
    facts: { actor: 'JNIM', places: places.length, day: '2025-07-01' },
    title: 'Coordinated offensive',
    ...overrides,
  };
}

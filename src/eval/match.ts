import type { CodedEvent } from '../pipeline/types.ts';
import type { GoldEvent } from './gold.ts';
import { distanceKm } from '../geo/distance.ts';

/** Lower case, no accents, letters only: "Diéma" and "Diema" are one name. */
export function sameName(a: unknown, b: unknown): boolean {
  const fold = (x: unknown) => String(x ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');
  return a != null && b != null && fold(a) !== '' && fold(a) === fold(b);
}

/** Whether a predicted event is at the gold event's place: the same name, or within 50 km. */
export function samePlace(g: GoldEvent, p: CodedEvent): boolean {
  if (sameName(g.location, p.location)) return true;
  if (typeof g.latitude === 'number' && typeof g.longitude === 'number' && p.latitude != null && p.longitude != null) {
    return distanceKm(g.latitude, g.longitude, p.latitude, p.longitude) <= 50;
  }
  return false;
}

/**
 * Pairs a report's predicted events with its gold events. A pair's score: 2 for the same place,
 * 1 for the same event type, 1 for the same date; pairs scoring at least 2 (the same place, or the
 * same type on the same day) are taken greedily, best first, each event used once.
 */
export function matchEvents(gold: GoldEvent[], predicted: CodedEvent[]): Array<[number, number]> {
  const pairs: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const score = (samePlace(g, p) ? 2 : 0) + (g.event_type === p.event_type ? 1 : 0) + (g.event_date === p.event_date ? 1 : 0);
      if (score >= 2) pairs.push({ g: gi, p: pi, score });
    }),
  );
  pairs.sort((x, y) => y.score - x.score);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push([g, p]);
  }
  return out;
}

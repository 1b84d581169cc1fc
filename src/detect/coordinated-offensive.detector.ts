/**
 * Coordinated offensive: one armed group striking several towns, far enough apart to be separate
 * targets, within a day (JNIM's seven towns of western Mali on 1 July 2025). One alert per group
 * and day, listing every place struck, that grows as reports of more towns arrive.
 */
import { distanceKm } from '../geo/distance.ts';
import { placesOf, type DetectableEvent, type Finding, type FindingPlace, type Severity } from './finding.ts';

export const COORDINATED_OFFENSIVE = {
  /** Places struck, each at least minKm from the others, that make an offensive. */
  minPlaces: 3,
  minKm: 25,
  /** Days the strikes fall within: 1 is one day (events are dated to the day). */
  windowDays: 1,
};

/** Acts of armed violence; protests, arrests and agreements are not strikes. */
const STRIKES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

/**
 * @example detectCoordinatedOffensives(eventsOf1July2025) // → one finding, JNIM, seven towns
 */
export function detectCoordinatedOffensives(events: readonly DetectableEvent[], options = COORDINATED_OFFENSIVE): Finding[] {
  const byActor = new Map<string, DetectableEvent[]>();
  for (const e of events) {
    if (!STRIKES.has(e.event_type) || !isArmedGroup(e)) continue;
    (byActor.get(e.actor1) ?? byActor.set(e.actor1, []).get(e.actor1)!).push(e);
  }
  const findings: Finding[] = [];
  for (const [actor, list] of byActor) {
    for (const window of windows(list, options.windowDays)) {
      const places = placesOf(window);
      const spread = spreadPlaces(places, options.minKm);
      if (spread < options.minPlaces) continue;
      const first = window[0]!.event_date;
      const last = window[window.length - 1]!.event_date;
      const fatalities = window.reduce((n, e) => n + e.fatalities, 0);
      findings.push({
        kind: 'coordinated_offensive', key: `${actor}|${first}`, severity: severity(places.length, fatalities),
        first_day: first, last_day: last, actors: [actor], places, event_ids: window.map((e) => e.id).sort((a, b) => a - b),
        facts: { actor, places: places.length, day: first, fatalities },
      });
    }
  }
  return findings;
}

/** Non-state armed groups named in the report (state forces' operations are not an enemy offensive). */
function isArmedGroup(e: DetectableEvent): boolean {
  return e.inter1 >= 2 && e.inter1 <= 4 && !e.actor1.startsWith('Unidentified ');
}

/** The events by runs of `days` days, earliest first (windows do not overlap). */
function windows(events: DetectableEvent[], days: number): DetectableEvent[][] {
  const sorted = [...events].sort((a, b) => (a.event_date < b.event_date ? -1 : a.event_date > b.event_date ? 1 : a.id - b.id));
  const out: DetectableEvent[][] = [];
  let current: DetectableEvent[] = [];
  let start = 0;
  for (const e of sorted) {
    const day = Date.parse(`${e.event_date}T00:00:00Z`) / 86_400_000;
    if (current.length > 0 && day - start >= days) {
      out.push(current);
      current = [];
    }
    if (current.length === 0) start = day;
    current.push(e);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** How many of the places are at least minKm from each other (picked greedily, placed ones only). */
function spreadPlaces(places: FindingPlace[], minKm: number): number {
  const picked: FindingPlace[] = [];
  for (const p of places) {
    if (p.latitude == null || p.longitude == null) continue;
    if (picked.every((q) => distanceKm(p.latitude!, p.longitude!, q.latitude!, q.longitude!) >= minKm)) picked.push(p);
  }
  return picked.length;
}

function severity(places: number, fatalities: number): Severity {
  if (places >= 7 || fatalities >= 50) return 'critical';
  if (places >= 5 || fatalities >= 20) return 'high';
  return 'medium';
}

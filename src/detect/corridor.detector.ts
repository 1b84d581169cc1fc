/**
 * Trade corridors under threat: a siege declared on one of a corridor's towns, or repeated
 * strikes on or near its towns within a fortnight (attacks on convoys, fuel trucks, checkpoints).
 * Closing Nioro cuts the artery to Mauritania through Gogui: this is the detector that says so.
 */
import { distanceKm } from '../geo/distance.ts';
import type { Corridor } from './corridors.ts';
import { placesOf, type DetectableEvent, type Finding, type FindingPlace } from './finding.ts';
import { aboutSupply } from './blockade.words.ts';
import { detectSieges } from './siege.detector.ts';

export const CORRIDOR_THREAT = {
  /** An event this close to a corridor town is on the corridor. */
  nearKm: 15,
  /**
   * In a town this large, an attack is on the corridor only when its report speaks of roads,
   * convoys, fuel or checkpoints: a hotel attack in Bamako or a shelling of Gao's camp does not
   * threaten the road, an ambush on the Gao–Ansongo road does.
   */
  cityPopulation: 50_000,
  /** Strikes within windowDays of each other that make a corridor threatened. */
  strikes: 2,
  windowDays: 14,
};

const STRIKES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

export function detectCorridorThreats(events: readonly DetectableEvent[], corridors: readonly Corridor[], asOf?: string, options = CORRIDOR_THREAT): Finding[] {
  const sieges = detectSieges(events, asOf).filter((s) => s.facts.status !== 'lifted');
  const findings: Finding[] = [];
  for (const c of corridors) {
    const near = (p: { latitude: number | null; longitude: number | null }) =>
      p.latitude == null || p.longitude == null ? [] : c.towns.filter((t) => distanceKm(p.latitude!, p.longitude!, t.latitude, t.longitude) <= options.nearKm);
    const onCorridor = (p: { latitude: number | null; longitude: number | null }) => near(p).length > 0;
    // Judged by the nearest corridor town: an attack in Bamako is in Bamako, not in Kati 15 km away.
    const onRoad = (e: DetectableEvent) => {
      const nearest = near(e).sort((a, b) => distanceKm(e.latitude!, e.longitude!, a.latitude, a.longitude) - distanceKm(e.latitude!, e.longitude!, b.latitude, b.longitude))[0];
      return nearest !== undefined && (nearest.population < options.cityPopulation || e.context.some(aboutSupply));
    };
    for (const s of sieges) {
      const hit = s.places.filter(onCorridor);
      if (hit.length === 0) continue;
      findings.push(threat(c, `siege|${s.key}`, hit, s.event_ids, s.first_day, s.last_day, s.actors, 'siege declared', 'critical'));
    }
    const strikes = events.filter((e) => (STRIKES.has(e.event_type) || e.sub_event_type === 'Looting/property destruction') && onRoad(e));
    for (const run of runs(strikes, options.windowDays)) {
      if (run.length < options.strikes) continue;
      const places = placesOf(run);
      const f = threat(c, `strikes|${run[0]!.event_date}`, places, run.map((e) => e.id), run[0]!.event_date, run[run.length - 1]!.event_date,
        [...new Set(run.map((e) => e.actor1))], 'attacks', run.length >= 4 ? 'high' : 'medium');
      findings.push({ ...f, facts: { ...f.facts, attacks: run.length }, episode: { prefix: `${c.id}|strikes|`, gapDays: options.windowDays } });
    }
  }
  return findings;
}

function threat(
  c: Corridor, why: string, places: FindingPlace[], eventIds: number[], first: string, last: string, actors: string[], reason: string, severity: Finding['severity'],
): Finding {
  return {
    kind: 'corridor', key: `${c.id}|${why}`, severity, first_day: first, last_day: last, actors, places,
    event_ids: [...eventIds].sort((a, b) => a - b),
    facts: { corridor: c.name, corridor_id: c.id, status: 'threatened', reason, crossing: c.crossing ?? '', day: first, towns: places.map((p) => p.name).join(', ') },
  };
}

/** Events in runs whose consecutive members are at most `days` apart. */
function runs(events: DetectableEvent[], days: number): DetectableEvent[][] {
  const sorted = [...events].sort((a, b) => (a.event_date < b.event_date ? -1 : a.event_date > b.event_date ? 1 : a.id - b.id));
  const out: DetectableEvent[][] = [];
  let last = -Infinity;
  for (const e of sorted) {
    const d = Date.parse(`${e.event_date}T00:00:00Z`) / 86_400_000;
    if (d - last > days || out.length === 0) out.push([]);
    out[out.length - 1]!.push(e);
    last = d;
  }
  return out;
}

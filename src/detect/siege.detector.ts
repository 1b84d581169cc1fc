/**
 * Sieges and blockades as standing situations.
 * - Declared: an armed group announcing that it besieges towns or closes their roads (JNIM's
 *   qadi declaring a siege of Kayes and Nioro): one situation covering all the towns it names.
 *   Its status follows what happens near those towns afterwards: declared (nothing yet), active
 *   (attacks nearby), easing (quiet for two weeks), lifted (quiet for a month, or reported lifted).
 * - Inferred (kind 'blockade'): no one declared it, but attacks on convoys, fuel trucks, roads,
 *   bridges or checkpoints keep coming around a corridor town, or shortages are reported there.
 * The corridor detector then marks the trade routes through these towns.
 */
import { distanceKm } from '../geo/distance.ts';
import { aboutSupply, saysLifted } from './blockade.words.ts';
import type { CorridorTown } from './corridors.ts';
import { placesOf, type DetectableEvent, type Finding } from './finding.ts';
import { declaresSiege } from './siege.words.ts';

export const SIEGE = {
  /** Events this close to a besieged town are part of its siege (km). */
  nearKm: 50,
  /** Days without events after which a siege is easing, then lifted. */
  easingDays: 14,
  liftedDays: 30,
  /** Supply attacks around one town within windowDays of each other that make an inferred blockade. */
  blockadeAttacks: 3,
  windowDays: 30,
  /**
   * How far back detectors read to follow a standing situation (a siege declared, a run of attacks
   * on a corridor or its supply): a situation is keyed by its first event, so a run that began
   * earlier than this would be cut and raised again as a new one (days).
   */
  lookbackDays: 180,
};

export type SiegeStatus = 'declared' | 'active' | 'easing' | 'lifted';

const VIOLENCE = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

/**
 * @param asOf the day statuses are judged on (the newest event day the store knows)
 * @example detectSieges([kayesSiegeDeclared, nioroSiegeDeclared], '2025-07-02') // → one 'siege', both towns, status 'declared'
 */
export function detectSieges(events: readonly DetectableEvent[], asOf = newestDay(events)): Finding[] {
  const byActorDay = new Map<string, DetectableEvent[]>();
  for (const e of events) {
    if (e.event_type !== 'Strategic developments' || !declaresSiege(e.type_words.join(' ')) || saysLifted(e.context.join(' '))) continue;
    const key = `${e.actor1}|${e.event_date}`;
    (byActorDay.get(key) ?? byActorDay.set(key, []).get(key)!).push(e);
  }
  return [...byActorDay].map(([key, declared]) => {
    const d = declared[0]!;
    const places = placesOf(declared);
    const near = (e: DetectableEvent) => e.latitude !== null && places.some((p) => p.latitude !== null && distanceKm(e.latitude!, e.longitude!, p.latitude, p.longitude!) <= SIEGE.nearKm);
    const after = events.filter((e) => e.event_date > d.event_date && near(e));
    const attacks = after.filter((e) => VIOLENCE.has(e.event_type) || e.sub_event_type === 'Looting/property destruction');
    const lifted = after.filter((e) => saysLifted([...e.context, ...e.type_words].join(' ')));
    const last = [d.event_date, ...attacks.map((e) => e.event_date)].sort().at(-1)!;
    const status: SiegeStatus = lifted.length > 0 || days(last, asOf) > SIEGE.liftedDays ? 'lifted'
      : days(last, asOf) > SIEGE.easingDays ? 'easing' : attacks.length > 0 ? 'active' : 'declared';
    return {
      kind: 'siege', key, severity: status === 'lifted' ? 'low' : places.length > 1 ? 'critical' : 'high', first_day: d.event_date,
      last_day: [last, ...lifted.map((e) => e.event_date)].sort().at(-1)!,
      actors: [d.actor1], places, event_ids: [...new Set([...declared, ...attacks, ...lifted].map((e) => e.id))].sort((a, b) => a - b),
      facts: { actor: d.actor1, places: places.length, towns: places.map((p) => p.name).join(', '), day: d.event_date, status, attacks: attacks.length },
    } satisfies Finding;
  });
}

/**
 * Blockades no one declared: at least SIEGE.blockadeAttacks events about supply (convoys, fuel,
 * roads, bridges, checkpoints, shortages) within SIEGE.nearKm of one corridor town, each within
 * SIEGE.windowDays of the one before. One situation per town and run of such events.
 */
export function detectBlockades(events: readonly DetectableEvent[], towns: readonly CorridorTown[], asOf = newestDay(events)): Finding[] {
  const supply = events.filter((e) => e.latitude !== null && e.event_type !== 'Protests' && e.context.some(aboutSupply));
  const findings: Finding[] = [];
  for (const t of towns) {
    const around = supply.filter((e) => distanceKm(e.latitude!, e.longitude!, t.latitude, t.longitude) <= SIEGE.nearKm).sort((a, b) => a.event_date.localeCompare(b.event_date) || a.id - b.id);
    let run: DetectableEvent[] = [];
    const flush = () => {
      if (run.length >= SIEGE.blockadeAttacks) findings.push(blockade(t, run, asOf));
      run = [];
    };
    for (const e of around) {
      if (run.length > 0 && days(run.at(-1)!.event_date, e.event_date) > SIEGE.windowDays) flush();
      run.push(e);
    }
    flush();
  }
  return findings;
}

function blockade(t: CorridorTown, run: DetectableEvent[], asOf: string): Finding {
  const first = run[0]!.event_date;
  const last = run.at(-1)!.event_date;
  const status: SiegeStatus = days(last, asOf) > SIEGE.liftedDays ? 'lifted' : days(last, asOf) > SIEGE.easingDays ? 'easing' : 'active';
  return {
    kind: 'blockade', key: `inferred|${t.id}|${first}`, severity: status === 'active' ? (run.length >= 5 ? 'critical' : 'high') : 'medium',
    first_day: first, last_day: last, actors: [...new Set(run.map((e) => e.actor1))],
    places: [{ name: t.name, country: t.country, admin1: run[0]!.admin1, latitude: t.latitude, longitude: t.longitude, event_ids: run.map((e) => e.id) }],
    event_ids: run.map((e) => e.id).sort((a, b) => a - b),
    facts: { towns: t.name, places: 1, day: first, status, attacks: run.length, reason: 'inferred' },
    episode: { prefix: `inferred|${t.id}|`, gapDays: SIEGE.windowDays },
  };
}

function newestDay(events: readonly DetectableEvent[]): string {
  return events.reduce((max, e) => (e.event_date > max ? e.event_date : max), '0000-01-01');
}

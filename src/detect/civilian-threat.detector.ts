/**
 * Threats to civilians, from what armed groups say and do:
 * - declared: a statement that makes civilians targets (JNIM declaring that civilians who
 *   helped the army are "legitimate targets" in Kayes and Nioro): one alert per group and day;
 * - reprisal: an armed group attacking civilians near where, days before, it fought a local
 *   militia (Dozo, self-defence groups): the pattern of collective punishment that follows
 *   civilian involvement. One alert per group, place and day.
 * (A rise of violence against civilians in an area is found by the escalation detector.)
 */
import { distanceKm } from '../geo/distance.ts';
import { placesOf, type DetectableEvent, type Finding } from './finding.ts';
import { threatensCivilians } from './threat.words.ts';

export const REPRISAL = {
  /** Days after a clash with a militia in which an attack on civilians nearby may be a reprisal. */
  windowDays: 14,
  /** How near the clash (km). */
  radiusKm: 50,
};

/** ACLED's inter codes: 2 rebel groups (JNIM, IS Sahel), 3 political militias, 4 identity militias. */
const ARMED_GROUP = new Set([2, 3]);
const MILITIA = 4;
const DAY = 86_400_000;

export function detectCivilianThreats(events: readonly DetectableEvent[]): Finding[] {
  return [...declaredThreats(events), ...reprisals(events)];
}

function declaredThreats(events: readonly DetectableEvent[]): Finding[] {
  const byActorDay = new Map<string, DetectableEvent[]>();
  for (const e of events) {
    if (e.event_type !== 'Strategic developments' || !ARMED_GROUP.has(e.inter1)) continue;
    if (!e.context.some(threatensCivilians)) continue;
    const key = `declared|${e.actor1}|${e.event_date}`;
    (byActorDay.get(key) ?? byActorDay.set(key, []).get(key)!).push(e);
  }
  return [...byActorDay].map(([key, list]) => {
    const places = placesOf(list);
    const e = list[0]!;
    return {
      kind: 'civilian_threat', key, severity: places.length > 1 ? 'critical' : 'high', first_day: e.event_date, last_day: e.event_date,
      actors: [e.actor1], places, event_ids: list.map((x) => x.id).sort((a, b) => a - b),
      facts: { reason: 'declared', actor: e.actor1, places: places.length, towns: places.map((p) => p.name).join(', '), day: e.event_date },
    } satisfies Finding;
  });
}

function reprisals(events: readonly DetectableEvent[]): Finding[] {
  const clashes = events.filter((e) => e.event_type === 'Battles' && e.latitude !== null && (e.inter2 === MILITIA || e.inter1 === MILITIA));
  const found = new Map<string, { attack: DetectableEvent; clash: DetectableEvent }[]>();
  for (const attack of events) {
    if (attack.event_type !== 'Violence against civilians' || !ARMED_GROUP.has(attack.inter1) || attack.latitude === null) continue;
    const clash = clashes.find((c) => {
      const group = c.inter1 === MILITIA ? c.actor2 : c.actor1;
      const days = (Date.parse(attack.event_date) - Date.parse(c.event_date)) / DAY;
      // "Unidentified Armed Group" twice is not one group: a reprisal needs a named one.
      return group === attack.actor1 && !/^Unidentified/.test(group) && days >= 0 && days <= REPRISAL.windowDays
        && distanceKm(attack.latitude!, attack.longitude!, c.latitude!, c.longitude!) <= REPRISAL.radiusKm;
    });
    if (!clash) continue;
    const key = `reprisal|${attack.actor1}|${attack.country}|${attack.location}|${attack.event_date}`;
    (found.get(key) ?? found.set(key, []).get(key)!).push({ attack, clash });
  }
  return [...found].map(([key, pairs]) => {
    const attacks = pairs.map((p) => p.attack);
    const a = attacks[0]!;
    const ids = [...new Set(pairs.flatMap((p) => [p.attack.id, p.clash.id]))].sort((x, y) => x - y);
    return {
      kind: 'civilian_threat', key, severity: attacks.some((x) => x.fatalities >= 5) ? 'high' : 'medium', first_day: pairs[0]!.clash.event_date, last_day: a.event_date,
      actors: [a.actor1], places: placesOf(attacks), event_ids: ids,
      facts: { reason: 'reprisal', actor: a.actor1, place: a.location, towns: a.location, day: a.event_date, clash_day: pairs[0]!.clash.event_date },
    } satisfies Finding;
  });
}

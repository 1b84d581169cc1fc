/**
 * Sieges and blockades declared: an armed group announcing that it besieges towns or closes
 * their roads (JNIM's qadi declaring a siege of Kayes and Nioro). The declaration is one standing
 * situation covering all the towns it names; the corridor detector then marks the trade routes
 * through them as threatened.
 */
import { placesOf, type DetectableEvent, type Finding } from './finding.ts';
import { declaresSiege } from './siege.words.ts';

/**
 * @example detectSieges([kayesSiegeDeclared, nioroSiegeDeclared]) // → one 'siege' finding, both towns
 */
export function detectSieges(events: readonly DetectableEvent[]): Finding[] {
  const byActorDay = new Map<string, DetectableEvent[]>();
  for (const e of events) {
    if (e.event_type !== 'Strategic developments' || !declaresSiege(e.type_words.join(' '))) continue;
    const key = `${e.actor1}|${e.event_date}`;
    (byActorDay.get(key) ?? byActorDay.set(key, []).get(key)!).push(e);
  }
  return [...byActorDay].map(([key, list]) => {
    const places = placesOf(list);
    return {
      kind: 'siege', key, severity: places.length > 1 ? 'critical' : 'high', first_day: list[0]!.event_date, last_day: list[0]!.event_date,
      actors: [list[0]!.actor1], places, event_ids: list.map((e) => e.id).sort((a, b) => a - b),
      facts: { actor: list[0]!.actor1, places: places.length, towns: places.map((p) => p.name).join(', '), day: list[0]!.event_date, status: 'declared' },
    } satisfies Finding;
  });
}

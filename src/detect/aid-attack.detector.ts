/**
 * Attacks on aid and on the infrastructure people live by: aid workers, NGOs and aid convoys
 * attacked (by ACLED's actor names, or by the report's words), and bridges, health centres,
 * schools, telecom masts or water points destroyed. Each cuts a population off from help or
 * supply, and concerns agencies beyond the region. One alert per place and day.
 * (Abductions of aid workers are alerted by the abduction detector.)
 */
import { aboutAid, aboutInfrastructure } from './aid.words.ts';
import type { DetectableEvent, Finding } from './finding.ts';

const AID_ACTOR = /^(Aid Workers|Health Workers|NGO|UN )/;
const VIOLENCE = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

export function detectAidAttacks(events: readonly DetectableEvent[]): Finding[] {
  const byKey = new Map<string, { events: DetectableEvent[]; target: 'aid' | 'infrastructure' }>();
  for (const e of events) {
    const violent = VIOLENCE.has(e.event_type) || e.sub_event_type === 'Looting/property destruction';
    if (!violent || e.sub_event_type === 'Abduction/forced disappearance') continue;
    const text = e.context.join(' ');
    const target = (e.actor2 && AID_ACTOR.test(e.actor2)) || aboutAid(text) ? 'aid' : aboutInfrastructure(text) ? 'infrastructure' : null;
    if (!target) continue;
    const key = `${target}|${e.country}|${e.location}|${e.event_date}`;
    (byKey.get(key) ?? byKey.set(key, { events: [], target }).get(key)!).events.push(e);
  }
  return [...byKey].map(([key, { events: list, target }]) => {
    const e = list[0]!;
    return {
      kind: 'aid_attack', key, severity: target === 'aid' ? 'high' : 'medium', first_day: e.event_date, last_day: e.event_date,
      actors: [...new Set(list.map((x) => x.actor1))],
      places: [{ name: e.location, country: e.country, admin1: e.admin1, latitude: e.latitude, longitude: e.longitude, event_ids: list.map((x) => x.id) }],
      event_ids: list.map((x) => x.id).sort((a, b) => a - b),
      facts: { actor: e.actor1, target, place: e.location, day: e.event_date },
    } satisfies Finding;
  });
}

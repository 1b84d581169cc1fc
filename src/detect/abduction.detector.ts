/**
 * Abductions that call for an alert of their own: foreigners, aid workers, journalists and
 * officials taken (four foreigners kidnapped at Kayes on 1 July 2025). Ransom and hostage cases
 * move fast and concern embassies and agencies beyond the region. One alert per place and day.
 */
import type { DetectableEvent, Finding } from './finding.ts';

/** Victims whose abduction is news beyond the village, with why. */
const NOTABLE: [RegExp, string][] = [
  [/^Civilians \(International\)/, 'foreigners'],
  [/^Aid Workers/, 'aid workers'],
  [/^Journalists/, 'journalists'],
  [/^Government of/, 'officials'],
];

export function detectAbductions(events: readonly DetectableEvent[]): Finding[] {
  const byKey = new Map<string, { events: DetectableEvent[]; who: string }>();
  for (const e of events) {
    if (e.sub_event_type !== 'Abduction/forced disappearance' || !e.actor2) continue;
    const who = NOTABLE.find(([re]) => re.test(e.actor2!))?.[1];
    if (!who) continue;
    const key = `${e.country}|${e.location}|${e.event_date}`;
    (byKey.get(key) ?? byKey.set(key, { events: [], who }).get(key)!).events.push(e);
  }
  return [...byKey].map(([key, { events: list, who }]) => {
    const e = list[0]!;
    return {
      kind: 'abduction', key, severity: 'high', first_day: e.event_date, last_day: e.event_date,
      actors: [...new Set(list.map((x) => x.actor1))],
      places: [{ name: e.location, country: e.country, admin1: e.admin1, latitude: e.latitude, longitude: e.longitude, event_ids: list.map((x) => x.id) }],
      event_ids: list.map((x) => x.id).sort((a, b) => a - b),
      facts: { actor: e.actor1, who, place: e.location, day: e.event_date },
    } satisfies Finding;
  });
}

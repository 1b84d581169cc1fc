/**
 * What a detector finds: plain data, the same for every detector, that becomes (or updates) one
 * alert. `key` says which findings are the same situation: a detector that finds it again, with
 * more towns, updates that alert instead of raising another.
 */
export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

export interface FindingPlace {
  name: string;
  country: string;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  event_ids: number[];
}

export interface Finding {
  kind: 'coordinated_offensive' | 'escalation' | 'siege' | 'blockade' | 'corridor' | 'civilian_threat' | 'abduction' | 'aid_attack';
  key: string;
  severity: Severity;
  /** YYYY-MM-DD. */
  first_day: string;
  last_day: string;
  actors: string[];
  places: FindingPlace[];
  event_ids: number[];
  /** What a title in any language is written from. */
  facts: Record<string, string | number>;
  /**
   * For a run of events that may have begun before the days the detector read (attacks on a
   * corridor): the alert of the same kind whose key starts with `prefix` and whose last day is
   * within `gapDays` of this run's first is the same situation, continued (see continue-episodes.ts).
   */
  episode?: { prefix: string; gapDays: number };
}

/** The live events detectors read, with what they need of each. */
export interface DetectableEvent {
  id: number;
  event_date: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  /** ACLED's actor type: 1 state forces, 2 rebels, 3 political militias, 4 identity militias... */
  inter1: number;
  actor2: string | null;
  inter2: number | null;
  location: string;
  country: string;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number;
  fatalities: number;
  /** The report words that decided the event's type ("حصار", "blocus"), from every report. */
  type_words: string[];
  /**
   * The report text around the words that typed the event, from each report: where a threat
   * names its targets ("…made them legitimate targets") and an ambush its convoy.
   */
  context: string[];
}

/** The distinct places of some events (by country and name, sorted by name), each with its events. */
export function placesOf(events: readonly DetectableEvent[]): FindingPlace[] {
  const byName = new Map<string, FindingPlace>();
  for (const e of events) {
    const key = `${e.country}|${e.location}`;
    const p = byName.get(key);
    if (p) p.event_ids.push(e.id);
    else byName.set(key, { name: e.location, country: e.country, admin1: e.admin1, latitude: e.latitude, longitude: e.longitude, event_ids: [e.id] });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

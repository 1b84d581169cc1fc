import type { CodedEvent, Evidence } from '../types.ts';

const FAMILY: Record<string, string> = {
  Battles: 'violence',
  'Explosions/Remote violence': 'violence',
  'Violence against civilians': 'violence',
  Protests: 'demonstration',
  Riots: 'demonstration',
};

/** When mentions of one demonstration disagree, a riot (violence seen) outranks a protest. */
const SEVERITY: Record<string, number> = { Riots: 1 };

function key(e: CodedEvent): string {
  const family = e.sub_event_type === 'Abduction/forced disappearance' ? 'abduction' : (FAMILY[e.event_type] ?? e.event_type);
  return `${family}|${e.location}|${e.latitude}|${e.longitude}|${e.event_date}`;
}

/** How much a coded version is backed by the words of its own sentence. */
function support(e: CodedEvent): number {
  const fields = new Set(e.evidence.map((x) => x.field));
  return ['actor1', 'actor2', 'event_date', 'fatalities'].filter((f) => fields.has(f)).length + (e.actor2 ? 0.5 : 0);
}

/**
 * Candidates that describe one event (same kind of act, same place, same day) become one event:
 * the best-supported coding wins, evidence and claims are pooled, and the fatality count is the
 * largest single toll reported for it (each mention reports the whole toll; they are not added).
 */
export function mergeEvents(events: CodedEvent[]): CodedEvent[] {
  const groups = new Map<string, CodedEvent[]>();
  for (const e of events) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  const merged = [...groups.values()].map((group) => {
    const rank = (e: CodedEvent) => (SEVERITY[e.event_type] ?? 0) * 10 + support(e);
    const best = group.reduce((x, y) => (rank(y) > rank(x) ? y : x));
    return {
      ...best,
      fatalities: Math.max(...group.map((e) => e.fatalities)),
      // Evidence is kept only where the mention coded the field as the merged event does.
      evidence: unique(
        group.flatMap((e) => e.evidence.filter((x) => sameValue(e, best, x.field))),
        (x: Evidence) => `${x.field}|${x.start}|${x.end}`,
      ),
      claims: unique(group.flatMap((e) => e.claims), (c) => `${c.kind}|${c.start}|${c.end}`),
    };
  });
  return merged.filter((e) => !isCoarseCopy(e, merged));
}

/**
 * A region-level event ("attacks in the Kayes region", often a headline) that the report also
 * gives town by town is the same violence told coarsely: the town-level events stand for it.
 */
function isCoarseCopy(e: CodedEvent, all: CodedEvent[]): boolean {
  if (e.geo_precision !== 3) return false;
  const family = familyKey(e);
  return all.some(
    (o) => o !== e && o.geo_precision < 3 && familyKey(o) === family && o.event_date === e.event_date && (o.admin1 === e.location || o.admin2 === e.location),
  );
}

function familyKey(e: CodedEvent): string {
  return key(e).split('|')[0]!;
}

function unique<T>(items: T[], id: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(id(x)) ? false : (seen.add(id(x)), true)));
}

function sameValue(a: CodedEvent, b: CodedEvent, field: string): boolean {
  const value = (e: CodedEvent) => (e as unknown as Record<string, unknown>)[field];
  return field === 'fatalities' || value(a) === value(b);
}

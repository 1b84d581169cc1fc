/**
 * Escalation: a week in a region or district with far more events, deaths or attacks on
 * civilians than that area's own past predicts (count.model.ts). The alert says by how much
 * (observed against expected) and how unusual (the tail probability). Consecutive unusual weeks
 * in one area are one situation: the alert grows instead of repeating. A rise in violence
 * against civilians is raised as a threat to civilians.
 */
import { baselineOf, upperTail } from './count.model.ts';
import type { Finding, Severity } from './finding.ts';
import type { AreaWeek } from '../store/area-weeks.repository.ts';

export const ESCALATION = {
  /** Past weeks the baseline rests on. */
  baselineWeeks: 52,
  /** An area needs this many known past weeks before it can escalate. */
  minHistoryWeeks: 8,
  /** Alert when P(X ≥ observed) is below this... */
  maxTail: 0.01,
  /** ...and the count is at least this many times the expected one... */
  minRatio: 2,
  /** ...and at least this large (3 events; 10 deaths), so one bad week in a quiet place is not "escalation". */
  minCount: { events: 3, fatalities: 10, civilian_events: 3 },
};

type Measure = 'events' | 'fatalities' | 'civilian_events';
const MEASURES: Measure[] = ['events', 'fatalities', 'civilian_events'];
const DAY = 86_400_000;

const addWeeks = (week: string, n: number) => new Date(Date.parse(`${week}T00:00:00Z`) + n * 7 * DAY).toISOString().slice(0, 10);

/**
 * @param rows     weekly counts of every area (areaWeeks), from baselineWeeks before the first judged week
 * @param judged   the Mondays to judge (YYYY-MM-DD)
 * @param coveredFrom the first Monday the store has data for: earlier weeks are not counted as quiet
 */
export function detectEscalations(rows: readonly AreaWeek[], judged: readonly string[], coveredFrom: string, o = ESCALATION): Finding[] {
  const byArea = new Map<string, Map<string, AreaWeek>>();
  for (const r of rows) {
    const key = `${r.level}|${r.country}|${r.admin1 ?? ''}|${r.area}`;
    (byArea.get(key) ?? byArea.set(key, new Map()).get(key)!).set(r.week, r);
  }
  const findings: Finding[] = [];
  for (const weeks of byArea.values()) {
    for (const measure of MEASURES) {
      for (const week of judged) {
        const row = weeks.get(week);
        if (!row) continue;
        const test = unusual(weeks, week, measure, coveredFrom, o);
        if (!test) continue;
        // Walk back over the unusual weeks just before: they are the same escalation.
        let start = week;
        while (weeks.get(addWeeks(start, -1)) && unusual(weeks, addWeeks(start, -1), measure, coveredFrom, o)) start = addWeeks(start, -1);
        findings.push(finding(row, measure, start, test));
      }
    }
  }
  return findings;
}

interface Test { observed: number; expected: number; tail: number }

function unusual(weeks: Map<string, AreaWeek>, week: string, measure: Measure, coveredFrom: string, o: typeof ESCALATION): Test | null {
  const observed = weeks.get(week)?.[measure] ?? 0;
  if (observed < o.minCount[measure]) return null;
  // Deaths rise as an escalation only over two or more acts of violence: one massacre is an
  // atrocity (alerted as such elsewhere), not a trend.
  if (measure === 'fatalities' && (weeks.get(week)?.events ?? 0) < 2) return null;
  const past: number[] = [];
  for (let i = o.baselineWeeks; i >= 1; i--) {
    const w = addWeeks(week, -i);
    if (w >= coveredFrom) past.push(weeks.get(w)?.[measure] ?? 0);
  }
  if (past.length < o.minHistoryWeeks) return null;
  const base = baselineOf(past);
  const tail = upperTail(observed, base);
  if (tail >= o.maxTail || observed < o.minRatio * base.mean) return null;
  return { observed, expected: base.mean, tail };
}

function finding(row: AreaWeek, measure: Measure, start: string, t: Test): Finding {
  const ratio = t.observed / t.expected;
  const severity: Severity = measure === 'fatalities' && t.observed >= 50 ? 'critical' : t.tail < 0.001 && ratio >= 3 ? 'high' : 'medium';
  return {
    kind: measure === 'civilian_events' ? 'civilian_threat' : 'escalation',
    key: `${measure}|${row.level}|${row.country}|${row.admin1 ?? ''}|${row.area}|${start}`,
    severity,
    first_day: start,
    last_day: new Date(Date.parse(`${row.week}T00:00:00Z`) + 6 * DAY).toISOString().slice(0, 10),
    actors: [],
    places: [{ name: row.area, country: row.country, admin1: row.level === 'admin1' ? row.area : row.admin1, latitude: row.latitude, longitude: row.longitude, event_ids: row.event_ids }],
    event_ids: row.event_ids,
    facts: {
      reason: measure === 'civilian_events' ? 'spike' : measure,
      measure, level: row.level, area: row.area, country: row.country, week: row.week, day: row.week, since: start,
      observed: t.observed, expected: Math.round(t.expected * 10) / 10, ratio: Math.round(ratio * 10) / 10, tail: Number(t.tail.toPrecision(2)),
    },
  };
}

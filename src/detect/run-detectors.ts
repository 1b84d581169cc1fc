/**
 * The detectors, run over the live events around what just changed: after every ingest batch
 * (and by `sahelwatch detect` on a schedule). Each detector is a pure function of events to
 * findings; this file reads the events, runs them all, and saves what they found as alerts.
 */
import type { Queryable } from '../store/db.ts';
import { saveFindings, type StoredAlert } from '../store/alert.repository.ts';
import { alertTitle } from './alert.title.ts';
import { detectAbductions } from './abduction.detector.ts';
import { detectAidAttacks } from './aid-attack.detector.ts';
import { detectCoordinatedOffensives } from './coordinated-offensive.detector.ts';
import { detectCorridorThreats } from './corridor.detector.ts';
import { loadCorridors, type Corridor } from './corridors.ts';
import { detectBlockades, detectSieges, SIEGE } from './siege.detector.ts';
import { detectCivilianThreats, REPRISAL } from './civilian-threat.detector.ts';
import { detectEscalations, ESCALATION } from './escalation.detector.ts';
import { areaWeeks, firstEventDay, newestEventDay } from '../store/area-weeks.repository.ts';
import { loadGazetteer } from '../pipeline/places/index.ts';
import { continueEpisodes } from './continue-episodes.ts';
import type { DetectableEvent, Finding } from './finding.ts';

let loaded: Corridor[] | null = null;
function corridors(): Corridor[] {
  return (loaded ??= loadCorridors(loadGazetteer()));
}
const corridorTowns = () => [...new Map(corridors().flatMap((c) => c.towns).map((t) => [t.id, t])).values()];

/** The detectors, each reading the events of the window and the days around it that it needs. */
const DETECTORS: { name: string; lookbackDays: number; detect: (events: readonly DetectableEvent[], asOf: string) => Finding[] }[] = [
  { name: 'coordinated_offensive', lookbackDays: 1, detect: (events) => detectCoordinatedOffensives(events) },
  { name: 'abduction', lookbackDays: 0, detect: detectAbductions },
  { name: 'aid_attack', lookbackDays: 0, detect: detectAidAttacks },
  { name: 'siege', lookbackDays: SIEGE.lookbackDays, detect: detectSieges },
  { name: 'blockade', lookbackDays: SIEGE.lookbackDays, detect: (events, asOf) => detectBlockades(events, corridorTowns(), asOf) },
  { name: 'civilian_threat', lookbackDays: REPRISAL.windowDays, detect: detectCivilianThreats },
  { name: 'corridor', lookbackDays: SIEGE.lookbackDays, detect: (events, asOf) => detectCorridorThreats(events, corridors(), asOf) },
];

/**
 * Runs every detector over the events dated from `from` to `to` (YYYY-MM-DD, inclusive) and the
 * days each looks back; returns the alerts raised or updated.
 */
export async function runDetectors(db: Queryable, window: { from: string; to: string }): Promise<StoredAlert[]> {
  const lookback = Math.max(...DETECTORS.map((d) => d.lookbackDays));
  const events = await detectableEvents(db, addDays(window.from, -lookback), addDays(window.to, lookback));
  // Statuses (a siege easing, lifted) are judged on the newest day the store knows, not the wall
  // clock: replaying last year's reports gives last year's picture.
  const asOf = (await newestEventDay(db)) ?? window.to;
  const found = [...DETECTORS.flatMap((d) => d.detect(events, asOf)), ...(await escalations(db, window))];
  // A run that ended before the window was alerted when its events came in; a running one may
  // continue an alert raised before the days read here.
  const findings = await continueEpisodes(db, found.filter((f) => !f.episode || f.last_day >= window.from));
  return saveFindings(db, findings.map((f) => ({ ...f, title: alertTitle(f, 'en') })));
}

/** Runs the detectors over the given days, or the last 30 the store knows (the scheduled run). */
export async function detectRecent(db: Queryable, span: { from?: string | undefined; to?: string | undefined } = {}): Promise<number> {
  const to = span.to ?? (await newestEventDay(db));
  if (!to) return 0;
  const from = span.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  return (await runDetectors(db, { from, to })).length;
}

/** Escalation reads weekly counts per area, a year of them before the weeks it judges. */
async function escalations(db: Queryable, window: { from: string; to: string }): Promise<Finding[]> {
  const first = await firstEventDay(db);
  if (!first) return [];
  const judged: string[] = [];
  for (let w = monday(window.from); w <= window.to; w = addDays(w, 7)) judged.push(w);
  const rows = await areaWeeks(db, addDays(judged[0]!, -7 * ESCALATION.baselineWeeks), addDays(judged[judged.length - 1]!, 6), judged[0]!);
  return detectEscalations(rows, judged, monday(first));
}

function monday(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((day + 6) % 7));
}

/**
 * Runs the detectors over the days that changed (YYYY-MM-DD, any order): one window per run of
 * days whose reach overlaps (each detector reads its lookback either side of its window), so a
 * batch that touched last week and a backfill of 2019 reads two short spans, not six years; and
 * no situation is read twice from two overlapping windows.
 */
export async function detectDays(db: Queryable, days: readonly string[]): Promise<StoredAlert[]> {
  const lookback = Math.max(...DETECTORS.map((d) => d.lookbackDays));
  const alerts: StoredAlert[] = [];
  for (const window of dayWindows(days, 2 * lookback)) alerts.push(...(await runDetectors(db, window)));
  return alerts;
}

/**
 * Days grouped into windows, a new one where two days are more than `gap` apart.
 *
 * @example dayWindows(['2025-07-02', '2019-01-01', '2025-07-01'], 360) // → [{ from: '2019-01-01', to: '2019-01-01' }, { from: '2025-07-01', to: '2025-07-02' }]
 */
export function dayWindows(days: readonly string[], gap: number): { from: string; to: string }[] {
  const windows: { from: string; to: string }[] = [];
  for (const day of [...new Set(days)].sort()) {
    const last = windows[windows.length - 1];
    if (last && day <= addDays(last.to, gap)) last.to = day;
    else windows.push({ from: day, to: day });
  }
  return windows;
}

/** The days of these events: what detectors should look at after they changed. */
export async function daysOf(db: Queryable, eventIds: readonly number[]): Promise<string[]> {
  if (eventIds.length === 0) return [];
  const { rows } = await db.query<{ day: string }>(
    `select distinct to_char(event_date, 'YYYY-MM-DD') as day from events where id = any($1::bigint[]) order by day`,
    [eventIds],
  );
  return rows.map((r) => r.day);
}

/** How much report text either side of an event's trigger words detectors read (targets, convoys). */
const CONTEXT_CHARS = 300;

async function detectableEvents(db: Queryable, from: string, to: string): Promise<DetectableEvent[]> {
  // The words of each event are read through the indexes from the event to its mentions, from each
  // mention to its evidence and to its report (subqueries kept as such by `offset 0`: see
  // mention.repository.ts on lookups by a list of ids). Joined plainly, with no statistics to go
  // by, they were planned as a scan of all the evidence for every event of the window.
  const { rows } = await db.query<DetectableEvent>(
    `select e.id, event_date, event_type, sub_event_type, actor1, inter1, actor2, inter2, location, country, admin1,
            latitude, longitude, geo_precision, fatalities,
            coalesce(w.type_words, '[]') as type_words,
            -- An imported event has no report, but its coder's notes say what happened.
            coalesce(w.context, case when notes is not null then jsonb_build_array(notes) end, '[]') as context
     from events e
     cross join lateral (
       select jsonb_agg(distinct x.quoted_text) as type_words,
              jsonb_agg(distinct substr(r.raw_text, greatest(1, x.start_offset + 1 - ${CONTEXT_CHARS}), x.end_offset - x.start_offset + 2 * ${CONTEXT_CHARS})) as context
       from (select id from event_mentions where event_id = e.id offset 0) m
       cross join lateral (select report_id, quoted_text, start_offset, end_offset from evidence
                           where mention_id = m.id and field in ('event_type', 'sub_event_type') offset 0) x
       cross join lateral (select raw_text from reports where id = x.report_id offset 0) r) w
     where retired_at is null and status <> 'rejected' and event_date between $1::date and $2::date
     order by event_date, e.id`,
    [from, to],
  );
  return rows;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

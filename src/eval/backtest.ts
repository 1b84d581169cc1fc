/**
 * Backtest of the early-warning detectors: replay a coded dataset (an ACLED export) week by week
 * as if its events arrived live, run the detectors after each week as the ingest would, and
 * record every alert with the week it was first raised. Then:
 * - lead time: for each situation, the days from its first alert (the end of the week whose
 *   events raised it) to the first mass-casualty event (≥ 10 killed in one event) that followed
 *   in its region within 8 weeks;
 * - precision: the share of alerts an analyst accepted, from a labelled sample (labels are
 *   JSON Lines of {"key", "kind", "accept": true|false, "why"}).
 * The replay starts from an empty embedded store; imported events carry no report text, so
 * detectors that read words (declared sieges, threats, blockades) cannot fire here.
 */
import { runDetectors } from '../detect/run-detectors.ts';
import { importDataset, DATASETS } from '../pipeline/ingest/import/datasets.ts';
import type { ImportedEvent } from '../pipeline/ingest/import/fields.ts';
import type { StoredAlert } from '../store/alert.repository.ts';
import { openStore } from '../store/connect.ts';
import { saveImportedEvents } from '../store/event.repository.ts';

export interface BacktestAlert {
  key: string;
  kind: string;
  title: string;
  severity: string;
  /** The Monday of the week the situation was first alerted. */
  raised: string;
  first_day: string;
  last_day: string;
  places: string[];
  events: number;
  /** Days from the first alert to the first mass-casualty event that followed nearby, if any. */
  lead_days: number | null;
  /** The events it rests on (the first 12), as an analyst reads them to judge it. */
  evidence: { id: string; date: string; type: string; actors: string; location: string; fatalities: number }[];
}

export interface BacktestReport {
  weeks: number;
  events: number;
  alerts: BacktestAlert[];
  byKind: Record<string, number>;
  leadTime: {
    alerts_followed: number;
    alerts_considered: number;
    median_days: number | null;
    /** The same test for every region and week with political violence, alert or not: the base rate to beat. */
    base_rate: number;
  };
}

export const LEAD = { massCasualty: 10, horizonDays: 56 };
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export async function backtestAcled(file: string, onWeek?: (done: number, total: number) => void): Promise<BacktestReport> {
  const rows: ImportedEvent[] = [];
  await importDataset(file, DATASETS.acled, async (batch) => {
    rows.push(...batch);
    return { inserted: batch.length, skipped: 0 };
  });
  rows.sort((a, b) => a.event_date.localeCompare(b.event_date));
  const db = await openStore({});
  try {
    const source = { name: 'ACLED (backtest)', type: 'dataset' };
    const firstMonday = monday(rows[0]!.event_date);
    const last = rows.at(-1)!.event_date;
    const alerts = new Map<string, BacktestAlert & { stored: StoredAlert }>();
    let i = 0;
    let weeks = 0;
    const total = Math.ceil((Date.parse(last) - Date.parse(firstMonday)) / (7 * DAY)) + 1;
    for (let w = firstMonday; w <= last; w = iso(Date.parse(w) + 7 * DAY)) {
      const end = iso(Date.parse(w) + 6 * DAY);
      const batch: ImportedEvent[] = [];
      while (i < rows.length && rows[i]!.event_date <= end) batch.push(rows[i++]!);
      weeks++;
      onWeek?.(weeks, total);
      if (batch.length === 0) continue;
      await saveImportedEvents(db, source, batch);
      for (const a of await runDetectors(db, { from: w, to: end })) {
        const key = `${a.kind}|${a.key}`;
        const seen = alerts.get(key);
        alerts.set(key, {
          key, kind: a.kind, title: a.title, severity: a.severity, raised: seen?.raised ?? w, first_day: a.first_day, last_day: a.last_day,
          places: a.payload.places.map((p) => p.name), events: a.event_ids.length, lead_days: null, evidence: [], stored: a,
        });
      }
    }
    const list = [...alerts.values()];
    for (const a of list) a.lead_days = leadDays(a, rows);
    const { rows: evidence } = await db.query<{ id: number; external_id: string; event_date: string; sub_event_type: string; actor1: string; actor2: string | null; location: string; fatalities: number }>(
      'select id, external_id, event_date, sub_event_type, actor1, actor2, location, fatalities from events where id = any($1::bigint[])',
      [[...new Set(list.flatMap((a) => a.stored.event_ids.slice(0, 12)))]],
    );
    const byId = new Map(evidence.map((e) => [Number(e.id), e]));
    for (const a of list) {
      a.evidence = a.stored.event_ids.slice(0, 12).flatMap((id) => {
        const e = byId.get(id);
        return e ? [{ id: e.external_id, date: e.event_date, type: e.sub_event_type, actors: [e.actor1, e.actor2].filter(Boolean).join(' vs '), location: e.location, fatalities: e.fatalities }] : [];
      });
    }
    const considered = list.filter((a) => a.kind !== 'coordinated_offensive' && a.kind !== 'abduction');
    const followed = considered.map((a) => a.lead_days).filter((d): d is number => d !== null).sort((x, y) => x - y);
    const byKind: Record<string, number> = {};
    for (const a of list) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
    return {
      weeks, events: rows.length, byKind,
      alerts: list.map(({ stored: _s, ...a }) => a).sort((x, y) => x.raised.localeCompare(y.raised) || x.key.localeCompare(y.key)),
      leadTime: {
        alerts_followed: followed.length, alerts_considered: considered.length,
        median_days: followed.length ? followed[Math.floor((followed.length - 1) / 2)]! : null, base_rate: baseRate(rows),
      },
    };
  } finally {
    await db.close();
  }
}

/**
 * Days from the end of the alert's week to the first event killing LEAD.massCasualty or more in one of its
 * places' regions (admin1) within LEAD.horizonDays after; null when none followed.
 */
function leadDays(a: BacktestAlert & { stored: StoredAlert }, rows: readonly ImportedEvent[]): number | null {
  const regions = new Set(a.stored.payload.places.map((p) => `${p.country}|${p.admin1 ?? p.name}`));
  // The replay learns a week's events at its end: the alert exists from the next Monday, and only
  // what happens after that can it have warned of (its own week's deaths are not foresight).
  const from = Date.parse(a.raised) + 7 * DAY;
  for (const r of rows) {
    const t = Date.parse(r.event_date);
    if (t < from) continue;
    if (t > from + LEAD.horizonDays * DAY) break;
    if (r.fatalities >= LEAD.massCasualty && regions.has(`${r.country}|${r.admin1}`)) return Math.round((t - from) / DAY);
  }
  return null;
}

/** Share of (region, week) pairs with political violence that a mass-casualty event followed, as leadDays counts. */
function baseRate(rows: readonly ImportedEvent[]): number {
  const violent = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
  const weeks = new Set<string>();
  for (const r of rows) if (violent.has(r.event_type) && r.admin1) weeks.add(`${monday(r.event_date)}|${r.country}|${r.admin1}`);
  let hits = 0;
  for (const w of weeks) {
    const [week, country, admin1] = w.split('|') as [string, string, string];
    const from = Date.parse(week) + 7 * DAY;
    if (rows.some((r) => r.fatalities >= LEAD.massCasualty && r.country === country && r.admin1 === admin1 && Date.parse(r.event_date) >= from && Date.parse(r.event_date) <= from + LEAD.horizonDays * DAY)) hits++;
  }
  return weeks.size ? hits / weeks.size : 0;
}

function monday(isoDay: string): string {
  const t = Date.parse(`${isoDay}T00:00:00Z`);
  const dow = new Date(t).getUTCDay();
  return iso(t - ((dow + 6) % 7) * DAY);
}

export interface AlertLabel { key: string; accept: boolean; why?: string }

/** Precision over the labelled alerts found in the report, overall and by kind. */
export function precisionOf(report: BacktestReport, labels: readonly AlertLabel[]): { labelled: number; accepted: number; precision: number | null; byKind: Record<string, { labelled: number; accepted: number }> } {
  const kinds = new Map(report.alerts.map((a) => [a.key, a.kind]));
  const known = labels.filter((l) => kinds.has(l.key));
  const byKind: Record<string, { labelled: number; accepted: number }> = {};
  for (const l of known) {
    const k = (byKind[kinds.get(l.key)!] ??= { labelled: 0, accepted: 0 });
    k.labelled++;
    if (l.accept) k.accepted++;
  }
  const accepted = known.filter((l) => l.accept).length;
  return { labelled: known.length, accepted, precision: known.length ? accepted / known.length : null, byKind };
}

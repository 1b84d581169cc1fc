import type { CodedEvent } from '../types.ts';
import { daysBetween } from '../dates/calendar.ts';

/** Days before publication after which an event is no longer the report's news. */
export const NEWS_WITHIN_DAYS = 14;

/**
 * Leaves out the events a report retells as background: "two weeks after the attack on Toumour, on
 * 12 December, which had killed 28", "since the rebels inflicted heavy losses at Tinzaouaten in
 * July". An event dated more than two weeks before publication goes when the report has news of
 * its own (an event within the two weeks); a report of old events alone keeps those dated to the
 * day (a toll established late, an investigation), not those dated only to a month, which are
 * what an analysis recalls. Without a publication date nothing is left out.
 *
 * @example withoutBackground([attackOn28Dec, toumourOn12Dec], '2021-01-04') → [attackOn28Dec]
 */
export function withoutBackground(events: CodedEvent[], published: string | undefined): CodedEvent[] {
  if (!published || events.length === 0) return events;
  const day = Date.parse(published);
  if (Number.isNaN(day)) return events;
  // An act dated only to a month before the publication's ("le mois dernier", "last month") beside
  // news dated to the day is recalled, not told: "Le mois dernier, des habitants de Kaédi étaient
  // déjà descendus dans la rue".
  const month = published.slice(0, 7);
  const dayNews = events.some((e) => e.time_precision === 1 && daysBetween(e.event_date, published) <= NEWS_WITHIN_DAYS);
  const old = events.map((e) => (day - lastDayOf(e)) / 86_400_000 > NEWS_WITHIN_DAYS || (dayNews && e.time_precision === 3 && e.event_date.slice(0, 7) < month));
  if (!old.some(Boolean)) return events;
  const news = events.some((e, k) => !old[k] && e.evidence.some((x) => x.field === 'event_date'));
  return events.filter((e, k) => !old[k] || (!news && e.time_precision === 1));
}

/** The last day an event's date stands for: the day itself, or the end of its month (precision 3). */
function lastDayOf(e: CodedEvent): number {
  const start = Date.parse(e.event_date);
  if (e.time_precision !== 3) return start;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
}

/**
 * Events a viewer sees only in part (some of their reports are hidden from them), rewritten from
 * the mentions they may see: the coded fields by the resolver's own rules (dedup/event.recode.ts),
 * the confidence, the reports. Filters are applied to the rewritten fields, never to the stored
 * ones, which may come from hidden reports. There are as many as there are events that merge
 * restricted reports with visible ones: few, so they are read whole and matched here.
 */
import { recode } from '../dedup/event.recode.ts';
import type { Queryable } from './db.ts';
import { EVENT_COLUMNS } from './event.repository.ts';
import type { MentionRow } from './mention.repository.ts';
import type { EventFilter, StoredEvent } from './types.ts';
import type { Viewer } from './viewer.ts';
import { eventPartlyVisible, ownedRowVisible, withHidden } from './visibility.ts';

export interface PartialEvent {
  event: StoredEvent;
  field_sources: Record<string, { rule: string; mentions: number[]; reports: number[] }>;
}

type Hits = { source: boolean; q: boolean };

/**
 * The viewer's partly visible events, rewritten; live ones matching `f`, or those of `ids`
 * (retired or not) when given.
 */
export async function partialEvents(db: Queryable, v: Viewer, f: EventFilter = {}, ids?: readonly number[]): Promise<PartialEvent[]> {
  if (v.kind === 'system') return [];
  const { rows: events } = await db.query<StoredEvent>(
    `${withHidden(v)}
     select ${EVENT_COLUMNS} from events e
     where ${eventPartlyVisible('e', v)} and ($1::bigint[] is null and e.retired_at is null or e.id = any($1::bigint[]))`,
    [ids ?? null],
  );
  if (events.length === 0) return [];
  const { rows: mentions } = await db.query<MentionRow & { sourceName: string; qHit: boolean }>(
    `select m.id, m.report_id as "reportId", m.ordinal, r.content_hash || ':' || r.owner_org || ':' || m.ordinal as key, m.event_id as "eventId",
            r.source_id as "sourceId", s.type as "sourceType", s.reliability, r.published_at as published, m.coded,
            s.name as "sourceName", ($2::text is not null and strpos(lower(r.raw_text), lower($2::text)) > 0) as "qHit"
     from event_mentions m join reports r on r.id = m.report_id join sources s on s.id = r.source_id
     where m.event_id = any($1::bigint[]) and ${ownedRowVisible('r', v)}
     order by m.id`,
    [events.map((e) => e.id), f.q || null],
  );
  const byEvent = new Map<number, typeof mentions>();
  for (const m of mentions) byEvent.set(m.eventId!, [...(byEvent.get(m.eventId!) ?? []), m]);
  return events.flatMap((stored) => {
    const seen = byEvent.get(stored.id);
    if (!seen) return [];
    const { columns, confidence, field_sources } = recode(stored.id, undefined, seen);
    const reportIds = [...new Set(seen.map((m) => m.reportId))].sort((a, b) => a - b);
    const event: StoredEvent = { ...stored, ...columns, confidence, report_count: reportIds.length, report_ids: reportIds };
    const hits = { source: seen.some((m) => m.sourceName === f.source), q: seen.some((m) => m.qHit) };
    return ids || matchesFilter(event, f, hits) ? [{ event, field_sources }] : [];
  });
}

/** The event filter of event.repository.ts's FILTER, in JavaScript, on rewritten fields. */
export function matchesFilter(e: StoredEvent, f: EventFilter, hits: Hits): boolean {
  const has = (s: string | null | undefined, part: string) => (s ?? '').toLowerCase().includes(part.toLowerCase());
  if (f.from && e.event_date < f.from) return false;
  if (f.to && e.event_date > f.to) return false;
  if (f.country && e.country !== f.country) return false;
  if (f.admin1 && e.admin1 !== f.admin1) return false;
  if (f.actor && !has(e.actor1, f.actor) && !has(e.actor2, f.actor)) return false;
  if (f.type && e.event_type !== f.type && e.sub_event_type !== f.type) return false;
  if (f.status && e.status !== f.status) return false;
  if (f.bbox) {
    const [w, s, east, n] = f.bbox;
    if (e.longitude == null || e.latitude == null || e.longitude < w || e.longitude > east || e.latitude < s || e.latitude > n) return false;
  }
  if (f.source && !hits.source) return false;
  if (f.q) {
    const names = [e.location, e.admin1, e.admin2, e.admin3, e.actor1, e.actor2, e.assoc_actor_1, e.assoc_actor_2, e.sub_event_type, e.notes].join(' ');
    if (!has(names, f.q) && !hits.q) return false;
  }
  return true;
}

/** Newest first, then by id: the lists' order. */
export function byDateThenId(a: StoredEvent, b: StoredEvent): number {
  return a.event_date < b.event_date ? 1 : a.event_date > b.event_date ? -1 : a.id - b.id;
}

/**
 * Resolution at ingest: a report's mentions join the stored events they describe, or become new
 * events. The neighbourhood of the new mentions (everything linked to them, through blocking and
 * strong pairs) is grouped again from scratch by clusterMentions, so the final grouping does not
 * depend on the order reports arrived in; then the groups are matched to the events that existed,
 * which keep their ids, and every change is written to the event's history.
 */
import type { CodedEvent } from '../pipeline/types.ts';
import type { Db, Queryable } from '../store/db.ts';
import { checkEvent, markExtracted } from '../store/event.repository.ts';
import {
  eventStates, insertEvents, lockEvents, newEventIds, recordChanges, retireEvents, updateEvents,
  type Change, type EventState, type EventWrite,
} from '../store/event-state.repository.ts';
import {
  assignMentions, mentionsNear, mentionsOfEvents, newMentions, replaceOldMentions, storeEvidence, storeMentions, type MentionRow, type ReportEvents,
} from '../store/mention.repository.ts';
import { recode, sameSnapshot, snapshot } from './event.recode.ts';
import { clusterMentions, linkedTo } from './mention.cluster.ts';
import { MAX_REACH_DAYS, reachDays } from './mention.pair.ts';

/** Blocking rounds before giving up on widening the neighbourhood (a chain of linked reports). */
const MAX_ROUNDS = 20;

export interface ResolveSummary {
  created: number;
  updated: number;
  retired: number;
  /** Event of each mention resolved. */
  eventOf: Map<number, number>;
  /** The date of each of those events, as stored. */
  dateOf: Map<number, string>;
}

/**
 * Groups `seeds` (new mentions, prepared but not yet stored) with what they are linked to, and
 * re-resolves the events in `touched` (events that lost mentions). Call inside a transaction
 * holding lockEvents; then store the seeds in the events returned.
 */
export async function resolveMentions(tx: Queryable, seeds: readonly MentionRow[], touched: readonly number[] = []): Promise<ResolveSummary> {
  const unstored = new Set(seeds.map((m) => m.id));
  const loaded = await neighbourhood(tx, seeds, touched);
  const mentions = [...loaded.values()];
  const oldIds = [...new Set([...touched, ...mentions.flatMap((m) => (m.eventId == null ? [] : [m.eventId]))])].sort((a, b) => a - b);
  const states = await eventStates(tx, oldIds);
  const pins = new Map<number, number>();
  for (const m of mentions) if (m.eventId != null && states.get(m.eventId)?.pinned) pins.set(m.id, m.eventId);
  const groups = clusterMentions(mentions, pins) as MentionRow[][];
  const ids = await chooseIds(tx, groups, states, pins);
  return writeOutcome(tx, groups, ids, states, oldIds, 'resolver', unstored);
}

/**
 * The seeds and every stored mention linked to them, transitively: a mention is linked when it
 * is in the same event, or alike enough to pair with one already in. Grouping the result again
 * is the same as grouping everything stored.
 */
async function neighbourhood(tx: Queryable, seeds: readonly MentionRow[], touched: readonly number[]): Promise<Map<number, MentionRow>> {
  const loaded = new Map<number, MentionRow>(seeds.map((m) => [m.id, m]));
  const seenEvents = new Set<number>();
  let frontier: MentionRow[] = [...seeds];
  let events = [...touched];
  for (let round = 0; round < MAX_ROUNDS && (frontier.length > 0 || events.length > 0); round++) {
    const fresh: MentionRow[] = [];
    const add = (m: MentionRow) => {
      if (!loaded.has(m.id)) {
        loaded.set(m.id, m);
        fresh.push(m);
      }
    };
    for (const e of events) seenEvents.add(e);
    for (const m of await mentionsOfEvents(tx, events, [...loaded.keys()])) add(m);
    const seeds = frontier.map((m) => ({ ...m, reach: reachDays(m.coded.time_precision) }));
    const near = await mentionsNear(tx, seeds, MAX_REACH_DAYS, [...loaded.keys()]);
    for (const m of linkedTo(frontier, near)) add(m);
    events = [...new Set(fresh.flatMap((m) => (m.eventId != null && !seenEvents.has(m.eventId) ? [m.eventId] : [])))];
    frontier = fresh;
  }
  return loaded;
}

/**
 * Each group keeps the id of the event most of its mentions were in (a pinned event always keeps
 * its own); groups of new mentions get new ids.
 */
async function chooseIds(tx: Queryable, groups: MentionRow[][], states: Map<number, EventState>, pins: Map<number, number>): Promise<number[]> {
  const ids: (number | undefined)[] = groups.map(() => undefined);
  const taken = new Set<number>();
  groups.forEach((g, k) => {
    const pin = g.map((m) => pins.get(m.id)).find((p) => p !== undefined);
    if (pin !== undefined) {
      ids[k] = pin;
      taken.add(pin);
    }
  });
  const order = groups.map((_, k) => k).sort((a, b) => groups[b]!.length - groups[a]!.length || (groups[a]![0]!.key < groups[b]![0]!.key ? -1 : 1));
  for (const k of order) {
    if (ids[k] !== undefined) continue;
    const counts = new Map<number, number>();
    for (const m of groups[k]!) if (m.eventId != null && states.has(m.eventId)) counts.set(m.eventId, (counts.get(m.eventId) ?? 0) + 1);
    const best = [...counts].filter(([id]) => !taken.has(id)).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (best) {
      ids[k] = best[0];
      taken.add(best[0]);
    }
  }
  const fresh = await newEventIds(tx, ids.filter((id) => id === undefined).length);
  return ids.map((id) => id ?? fresh.shift()!);
}

async function writeOutcome(
  tx: Queryable, groups: MentionRow[][], ids: number[], states: Map<number, EventState>, oldIds: number[], actor: string,
  unstored: ReadonlySet<number>,
): Promise<ResolveSummary> {
  const inserts: EventWrite[] = [];
  const updates: EventWrite[] = [];
  const changes: Change[] = [];
  const eventOf = new Map<number, number>();
  const dateOf = new Map<number, string>();
  const membersBefore = new Map<number, Set<number>>();
  const byId = new Map(groups.flat().map((m) => [m.id, m]));
  for (const m of groups.flat()) if (m.eventId != null) (membersBefore.get(m.eventId) ?? membersBefore.set(m.eventId, new Set()).get(m.eventId)!).add(m.id);

  groups.forEach((group, k) => {
    const id = ids[k]!;
    for (const m of group) eventOf.set(m.id, id);
    const state = states.get(id);
    const write = recode(id, state, group);
    dateOf.set(id, write.columns.event_date);
    const after = snapshot(write.columns, state?.status ?? 'unverified', write.confidence, group);
    if (!state) {
      inserts.push(write);
      changes.push({ event_id: id, version: write.version, action: 'create', actor, reason: `${group.length} mention(s)`, before: null, after });
      return;
    }
    const before = snapshot(state.columns, state.status, state.confidence, [...(membersBefore.get(id) ?? [])].map((mid) => byId.get(mid)!));
    if (state.retired_at === null && sameSnapshot(before, after)) return;
    const came = group.filter((m) => m.eventId != null && m.eventId !== id).map((m) => m.eventId!);
    const lost = [...(membersBefore.get(id) ?? [])].some((mid) => eventOf.get(mid) !== undefined && !group.some((m) => m.id === mid));
    const action = came.length > 0 ? 'merge' : lost ? 'split' : 'update';
    const reason = came.length > 0 ? `took the mentions of event(s) ${[...new Set(came)].join(', ')}` : lost ? 'some mentions now form another event' : 'mentions added or changed';
    updates.push(write);
    changes.push({ event_id: id, version: write.version, action, actor, reason, before, after });
  });

  const retired: { id: number; version: number; merged_into: number | null }[] = [];
  const kept = new Set(ids);
  for (const id of oldIds) {
    const state = states.get(id);
    if (!state || kept.has(id) || state.retired_at !== null) continue;
    const went = [...new Set([...(membersBefore.get(id) ?? [])].map((mid) => eventOf.get(mid)!))];
    const mergedInto = went.length === 1 ? went[0]! : null;
    const version = state.version + 1;
    retired.push({ id, version, merged_into: mergedInto });
    const before = snapshot(state.columns, state.status, state.confidence, [...(membersBefore.get(id) ?? [])].map((mid) => byId.get(mid)!));
    const reason = mergedInto != null ? `merged into event ${mergedInto}` : went.length > 1 ? `split into events ${went.join(', ')}` : 'no report describes it any more';
    changes.push({ event_id: id, version, action: went.length > 0 ? (mergedInto != null ? 'merge' : 'split') : 'retire', actor, reason, before, after: { ...before, retired: true, merged_into: mergedInto } });
  }

  await insertEvents(tx, inserts);
  await updateEvents(tx, updates);
  // Stored mentions that changed event move (the others are not sent); new ones are written in
  // their event by the caller.
  await assignMentions(tx, [...eventOf].filter(([m, e]) => !unstored.has(m) && byId.get(m)!.eventId !== e));
  await retireEvents(tx, retired);
  await recordChanges(tx, changes);
  return { created: inserts.length, updated: updates.length, retired: retired.length, eventOf, dateOf };
}

/**
 * Stores the events coded from one report as its mentions and resolves them, in one transaction:
 * the report's events are those returned, in the order the extractor coded them. Saving again for
 * the same report (re-extraction) replaces its mentions; the events keep their ids where they can.
 */
export async function resolveReport(db: Db, reportId: number, events: readonly CodedEvent[], warnings: readonly string[] = []): Promise<number[]> {
  const [ids] = await resolveReports(db, [{ reportId, events, warnings }]);
  return ids!;
}

/**
 * resolveReport for a batch of reports in one transaction and a few statements: what ingest and
 * imports use when many reports arrive at once. Returns each report's event ids.
 */
export async function resolveReports(db: Db, batch: readonly (ReportEvents & { warnings?: readonly string[] })[]): Promise<number[][]> {
  for (const b of batch) b.events.forEach(checkEvent);
  return db.transaction(async (tx) => (await resolveReportsIn(tx, batch)).eventIds);
}

/**
 * resolveReports inside a transaction the caller holds (a job that finishes in the same one).
 * What concerns the reports alone (marking them read, their evidence and claims) is written
 * before the resolver's lock is taken; resolution and the mentions after. With `pendingOnly`,
 * reports already extracted are left out (see markExtracted). Returns each report's event ids
 * and the days of the events resolution wrote (YYYY-MM-DD, each once, in order).
 */
export async function resolveReportsIn(
  tx: Queryable, batch: readonly (ReportEvents & { warnings?: readonly string[] })[], { pendingOnly = false } = {},
): Promise<{ eventIds: number[][]; days: string[] }> {
  for (const b of batch) b.events.forEach(checkEvent);
  const origins = await markExtracted(tx, batch.map((b) => ({ reportId: b.reportId, warnings: b.warnings ?? [] })), { pendingOnly });
  const open = batch.filter((b) => origins.has(b.reportId));
  const added = await newMentions(tx, open, origins);
  await storeEvidence(tx, open, added);
  await lockEvents(tx);
  const touchedEvents = await replaceOldMentions(tx, open.map((b) => b.reportId), added);
  const { eventOf, dateOf } = await resolveMentions(tx, added, touchedEvents);
  await storeMentions(tx, added, eventOf);
  const byReport = new Map<number, number[]>();
  for (const m of added) (byReport.get(m.reportId) ?? byReport.set(m.reportId, []).get(m.reportId)!).push(eventOf.get(m.id)!);
  // Every event resolution wrote, not only those of the new mentions: one that lost mentions changed too.
  const days = [...new Set(dateOf.values())].sort();
  return { eventIds: batch.map((b) => byReport.get(b.reportId) ?? []), days };
}

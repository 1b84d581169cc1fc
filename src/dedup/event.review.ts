/**
 * What analysts do to events: confirm, reject, edit fields, merge several into one, split some
 * reports off into another. Each is one transaction and one versioned record per event touched
 * (who, when, why, before, after); a reviewed event is pinned, so resolution never undoes it.
 * A split that takes back exactly what a merge brought revives the merged event under its old id.
 */
import type { Db, Queryable } from '../store/db.ts';
import { StoreError } from '../store/errors.ts';
import { isIsoDate } from '../store/report.repository.ts';
import {
  ACLED_FIELDS, eventStates, insertEvents, lastMerge, lockEvents, mergedInto, newEventIds, recordChanges, retireEvents, setReview,
  updateEvents, type Change, type ChangeAction, type EventState,
} from '../store/event-state.repository.ts';
import { assignMentions, mentionsOfEvents, type MentionRow } from '../store/mention.repository.ts';
import type { AcledColumns, EventStatus } from '../store/types.ts';
import { recode, snapshot } from './event.recode.ts';

export type Review =
  | { action: 'confirm' | 'reject' }
  | { action: 'edit'; fields: Partial<AcledColumns> }
  | { action: 'merge'; others: number[] }
  | { action: 'split'; mentions: number[] };

export interface Reviewer {
  /** Who acts: a user's email or name. */
  by: string;
  reason?: string;
}

/**
 * Applies one review to event `id`. Returns the events it changed, `id` first (for a split, the
 * second is the event the mentions went to).
 *
 * @example await reviewEvent(db, 42, { action: 'merge', others: [43] }, { by: 'analyst@cell.ml', reason: 'same ambush' })
 */
export async function reviewEvent(db: Db, id: number, review: Review, who: Reviewer): Promise<number[]> {
  return db.transaction(async (tx) => {
    await lockEvents(tx);
    const state = await liveEvent(tx, id);
    const mentions = await mentionsOfEvents(tx, [id]);
    switch (review.action) {
      case 'confirm':
      case 'reject':
        return [await restate(tx, state, mentions, review.action === 'confirm' ? 'verified' : 'rejected', state.edited, review.action, who)];
      case 'edit':
        return [await restate(tx, state, mentions, state.status, { ...state.edited, ...checkedFields(review.fields) }, 'edit', who)];
      case 'merge':
        return merge(tx, state, mentions, review.others, who);
      case 'split':
        return split(tx, state, mentions, review.mentions, who);
    }
  });
}

async function liveEvent(tx: Queryable, id: number): Promise<EventState> {
  const state = (await eventStates(tx, [id])).get(id);
  if (!state) throw new StoreError('STORE_NOT_FOUND', `no event with id ${id}`);
  if (state.retired_at) {
    const where = state.merged_into ? `: it was merged into event ${state.merged_into}` : '';
    throw new StoreError('STORE_CONFLICT', `event ${id} is retired${where}`);
  }
  return state;
}

async function restate(
  tx: Queryable, state: EventState, mentions: MentionRow[], status: EventStatus, edited: Partial<AcledColumns>, action: ChangeAction, who: Reviewer,
): Promise<number> {
  const write = recode(state.id, { ...state, edited }, mentions);
  await setReview(tx, state.id, status, edited);
  await updateEvents(tx, [write]);
  await recordChanges(tx, [change(state, mentions, write.columns, status, write.confidence, write.version, action, who)]);
  return state.id;
}

async function merge(tx: Queryable, target: EventState, mentions: MentionRow[], others: number[], who: Reviewer): Promise<number[]> {
  const ids = [...new Set(others)].filter((o) => o !== target.id);
  if (ids.length === 0) throw new StoreError('STORE_INVALID_INPUT', 'merge needs at least one other event');
  const states = await Promise.all(ids.map((o) => liveEvent(tx, o)));
  const theirs = await mentionsOfEvents(tx, ids);
  const all = [...mentions, ...theirs];
  const write = recode(target.id, target, all);
  await assignMentions(tx, theirs.map((m) => [m.id, target.id] as const));
  await retireEvents(tx, states.map((s) => ({ id: s.id, version: s.version + 1, merged_into: target.id })));
  await setReview(tx, target.id, target.status, target.edited);
  await updateEvents(tx, [write]);
  const reason = who.reason ?? `merged events ${ids.join(', ')}`;
  await recordChanges(tx, [
    change(target, mentions, write.columns, target.status, write.confidence, write.version, 'merge', { ...who, reason }, all),
    ...states.map((s) => {
      const own = theirs.filter((m) => m.eventId === s.id);
      const before = snapshot(s.columns, s.status, s.confidence, own);
      return { event_id: s.id, version: s.version + 1, action: 'merge' as const, actor: who.by, reason: who.reason ?? `merged into event ${target.id}`, before, after: { ...before, retired: true, merged_into: target.id } };
    }),
  ]);
  return [target.id, ...ids];
}

async function split(tx: Queryable, source: EventState, mentions: MentionRow[], moving: number[], who: Reviewer): Promise<number[]> {
  const chosen = new Set(moving);
  const away = mentions.filter((m) => chosen.has(m.id));
  const stay = mentions.filter((m) => !chosen.has(m.id));
  if (away.length !== chosen.size) throw new StoreError('STORE_INVALID_INPUT', `split: every mention must belong to event ${source.id}`);
  if (away.length === 0 || stay.length === 0) throw new StoreError('STORE_INVALID_INPUT', 'split must leave mentions on both sides');
  const revived = await mergedAway(tx, source.id, away);
  const otherId = revived?.id ?? (await newEventIds(tx, 1))[0]!;
  const kept = recode(source.id, source, stay);
  const other = recode(otherId, revived ?? undefined, away);
  const otherStatus: EventStatus = revived?.statusBefore ?? 'unverified';
  if (revived) await updateEvents(tx, [other]);
  else await insertEvents(tx, [other]);
  await assignMentions(tx, away.map((m) => [m.id, otherId] as const));
  await setReview(tx, otherId, otherStatus, revived?.edited ?? {});
  await setReview(tx, source.id, source.status, source.edited);
  await updateEvents(tx, [kept]);
  const reason = who.reason ?? (revived ? `restored event ${otherId}, merged earlier` : `mentions ${[...chosen].join(', ')} moved to event ${otherId}`);
  await recordChanges(tx, [
    change(source, mentions, kept.columns, source.status, kept.confidence, kept.version, 'split', { ...who, reason }, stay),
    {
      event_id: otherId, version: other.version, action: 'split', actor: who.by, reason: `split from event ${source.id}`,
      before: revived ? { ...snapshot(revived.columns, revived.status, revived.confidence, []), retired: true, merged_into: source.id } : null,
      after: snapshot(other.columns, otherStatus, other.confidence, away),
    },
  ]);
  return [source.id, otherId];
}

/** The retired event whose merge into `id` brought exactly these mentions, if one did. */
async function mergedAway(tx: Queryable, id: number, away: MentionRow[]): Promise<(EventState & { statusBefore: EventStatus }) | null> {
  const wanted = away.map((m) => m.id).sort((a, b) => a - b).join();
  for (const candidate of await mergedInto(tx, id)) {
    const merge = await lastMerge(tx, candidate, id);
    if (merge?.before && merge.before.mentions.join() === wanted) {
      const state = (await eventStates(tx, [candidate])).get(candidate)!;
      return { ...state, statusBefore: merge.before.status };
    }
  }
  return null;
}

function change(
  state: EventState, before: MentionRow[], columns: AcledColumns, status: EventStatus, confidence: number, version: number,
  action: ChangeAction, who: Reviewer, after: MentionRow[] = before,
): Change {
  return {
    event_id: state.id, version, action, actor: who.by, reason: who.reason ?? null,
    before: snapshot(state.columns, state.status, state.confidence, before),
    after: snapshot(columns, status, confidence, after),
  };
}

/** The ACLED columns that hold numbers (the others hold text). */
export const NUMERIC_FIELDS: ReadonlySet<string> = new Set(['time_precision', 'inter1', 'inter2', 'interaction', 'latitude', 'longitude', 'geo_precision', 'fatalities']);
const NULLABLE = new Set(['assoc_actor_1', 'actor2', 'assoc_actor_2', 'inter2', 'admin1', 'admin2', 'admin3', 'latitude', 'longitude']);

/** Only ACLED's columns, each of its type; the database's checks do the rest (ranges). */
function checkedFields(fields: Partial<AcledColumns>): Partial<AcledColumns> {
  const entries = Object.entries(fields);
  if (entries.length === 0) throw new StoreError('STORE_INVALID_INPUT', 'edit needs at least one field');
  for (const [k, v] of entries) {
    if (!(ACLED_FIELDS as readonly string[]).includes(k)) throw new StoreError('STORE_INVALID_INPUT', `"${k}" is not an editable field (${ACLED_FIELDS.join(', ')})`);
    if (v === null && NULLABLE.has(k)) continue;
    const ok = NUMERIC_FIELDS.has(k) ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string' && v.trim() !== '';
    if (!ok) throw new StoreError('STORE_INVALID_INPUT', `${k} must be ${NUMERIC_FIELDS.has(k) ? 'a number' : 'a non-empty text'}${NULLABLE.has(k) ? ' or null' : ''}`);
    if (k === 'event_date' && !isIsoDate(v as string)) throw new StoreError('STORE_INVALID_INPUT', `event_date must be YYYY-MM-DD, got "${String(v)}"`);
  }
  return fields;
}

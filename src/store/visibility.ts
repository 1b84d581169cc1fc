/**
 * What a viewer may see, as SQL: the ONE place the store decides it. Every read of reports,
 * mentions, evidence, claims, events, history, alerts and exports builds its WHERE clause from
 * these predicates; an event seen only in part has its fields recomputed from the mentions the
 * viewer may see (partial-events.ts), so a private report's toll never shows through a merged event.
 *
 * The rules:
 *   - a report is visible when it is public, owned by the viewer's organisation, or shared with
 *     partners in a partnership the viewer's organisation belongs to;
 *   - an imported event (no reports) by the same rule on its own columns;
 *   - an extracted event is fully visible when every one of its mentions' reports is, partly
 *     visible when some are (its fields then come from those alone), invisible otherwise;
 *   - the system (the CLI, detectors) sees everything; an anonymous viewer public rows only.
 *
 * Why not PostgreSQL row-level security: PGlite runs every query as a superuser, which RLS never
 * applies to; the pg pool shares connections between requests, so a per-request setting would
 * have to be set and reset around every query; and "recompute a merged event from what you may
 * see" is not a row filter. Predicates built here and passed to every read serve both drivers.
 *
 * The viewer's ids are written into the SQL as integer literals (checked to be integers below),
 * so the predicates fit any query without renumbering its parameters.
 */
import type { Viewer } from './viewer.ts';

function intList(values: readonly number[]): string {
  for (const n of values) if (!Number.isSafeInteger(n)) throw new Error(`visibility: ${n} is not an id`);
  return values.join(', ');
}

/**
 * True when the row aliased `a` (a report, or an imported event: both carry owner_org, sharing
 * and partnership_id) may be seen by `v`.
 *
 * @example ownedRowVisible('r', ANONYMOUS) // "(r.sharing = 'public')"
 */
export function ownedRowVisible(a: string, v: Viewer): string {
  if (v.kind === 'system') return 'true';
  if (v.kind === 'anonymous') return `(${a}.sharing = 'public')`;
  // No partnerships: no clause at all. (`in (null)` would be null, and `not null` is not true:
  // a predicate that must never be null is built from plain true and false.)
  const partners = v.partnerships.length > 0 ? `or (${a}.sharing = 'partners' and ${a}.partnership_id in (${intList(v.partnerships)}))` : '';
  return `(${a}.sharing = 'public' or ${a}.owner_org = ${intList([v.org.id])} ${partners})`;
}

/** The name of the common table expression `withHidden` defines: (id, event_id) of hidden mentions. */
export const HIDDEN = 'hidden_mentions';

/**
 * `with hidden_mentions as (...)`: the mentions whose report `v` may not see. Read through the
 * partial index on restricted reports, so it costs what the non-public reports number, not the store.
 * Prefix it to any query that uses eventFullyVisible or eventPartlyVisible.
 */
export function withHidden(v: Viewer): string {
  if (v.kind === 'system') return `with ${HIDDEN} as (select null::bigint as id, null::bigint as event_id where false)`;
  return `with ${HIDDEN} as (
    select m.id, m.event_id from reports r join event_mentions m on m.report_id = r.id
    where r.sharing <> 'public' and not ${ownedRowVisible('r', v)})`;
}

/** True when every report behind the event aliased `e` (or the imported event itself) may be seen. */
export function eventFullyVisible(e: string, v: Viewer): string {
  if (v.kind === 'system') return 'true';
  return `(${ownedRowVisible(e, v)} and ${e}.id not in (select event_id from ${HIDDEN}))`;
}

/** True when some but not all of the event's reports may be seen: its fields must be recomputed. */
export function eventPartlyVisible(e: string, v: Viewer): string {
  if (v.kind === 'system') return 'false';
  return `(${e}.id in (select event_id from ${HIDDEN})
           and exists (select 1 from event_mentions vm join reports vr on vr.id = vm.report_id
                       where vm.event_id = ${e}.id and ${ownedRowVisible('vr', v)}))`;
}

/** True when the history record aliased `h` mentions only reports `v` may see (before and after). */
export function historyVisible(h: string, v: Viewer): string {
  if (v.kind === 'system') return 'true';
  return `not exists (
    select 1 from jsonb_array_elements_text(coalesce(${h}.before->'reports', '[]') || coalesce(${h}.after->'reports', '[]')) as hr(id)
    join reports r on r.id = hr.id::bigint where not ${ownedRowVisible('r', v)})`;
}

/**
 * True when the alert aliased `a` rests only on events `v` sees whole: its title, places and
 * facts were derived from all of them, so seeing part of one would be seeing more than allowed.
 * (Events are never deleted, so an id that names none hides nothing.)
 */
export function alertVisible(a: string, v: Viewer): string {
  if (v.kind === 'system') return 'true';
  return `not exists (
    select 1 from jsonb_array_elements_text(${a}.event_ids) as ae(id)
    join events ve on ve.id = ae.id::bigint
    where not ${ownedRowVisible('ve', v)}
       or exists (select 1 from event_mentions vm join reports vr on vr.id = vm.report_id
                  where vm.event_id = ve.id and not ${ownedRowVisible('vr', v)}))`;
}

/**
 * An event's coded columns, recomputed from all its mentions by explicit rules. Each field says
 * which rule chose its value and which mentions (and reports) gave it, so an analyst can see why
 * the event reads "12 killed" when one report says 12 and another 30.
 */
import { interactionCode } from '../pipeline/ingest/import/fields.ts';
import type { AcledColumns } from '../store/types.ts';
import type { Mention } from './mention.pair.ts';

/** A mention with what the rules weigh it by. */
export interface WeighedMention extends Mention {
  /** YYYY-MM-DD or null: earlier reports break ties. */
  published: string | null;
}

export interface FieldSource {
  rule: string;
  mentions: number[];
  reports: number[];
}

export type FieldSources = Record<string, FieldSource>;

/** The rules, by the fields they decide; their names are what `field_sources` records. */
export const RULES = {
  location: 'most precise location, then most reported',
  event_date: 'most precise date, then most reported, then earliest',
  event_type: 'most reported sub-type',
  actor1: 'most reported named actor',
  actor2: 'most reported named counterpart',
  fatalities: 'lowest reported toll (ACLED conservative rule)',
} as const;

const LOCATION_FIELDS = ['location', 'latitude', 'longitude', 'geo_precision', 'country', 'admin1', 'admin2', 'admin3'] as const;

/**
 * @example codeEvent([afp, saharaMedia]).columns.fatalities // the lower of their tolls
 */
export function codeEvent(mentions: readonly WeighedMention[]): { columns: AcledColumns; sources: FieldSources } {
  if (mentions.length === 0) throw new Error('codeEvent needs at least one mention');
  const ordered = [...mentions].sort(byReport);
  const sources: FieldSources = {};
  const note = (fields: readonly string[], rule: string, from: readonly WeighedMention[]) => {
    const src = { rule, mentions: from.map((m) => m.id), reports: [...new Set(from.map((m) => m.reportId))] };
    for (const f of fields) sources[f] = src;
  };

  const bestPlace = Math.min(...ordered.map((m) => m.coded.geo_precision));
  const place = mostReported(ordered.filter((m) => m.coded.geo_precision === bestPlace), (m) => m.coded.location);
  note(LOCATION_FIELDS, RULES.location, place.backers);

  const bestTime = Math.min(...ordered.map((m) => m.coded.time_precision));
  const date = mostReported(ordered.filter((m) => m.coded.time_precision === bestTime), (m) => m.coded.event_date, earliestFirst);
  note(['event_date', 'time_precision'], RULES.event_date, date.backers);

  const type = mostReported(ordered, (m) => `${m.coded.event_type}|${m.coded.sub_event_type}`);
  note(['event_type', 'sub_event_type'], RULES.event_type, type.backers);

  const named = ordered.filter((m) => !m.coded.actor1.startsWith('Unidentified '));
  const actor1 = mostReported(named.length > 0 ? named : ordered, (m) => m.coded.actor1);
  note(['actor1', 'assoc_actor_1', 'inter1'], RULES.actor1, actor1.backers);

  const a1 = actor1.winner.coded.actor1;
  const withActor2 = ordered.filter((m) => m.coded.actor2 != null && m.coded.actor2 !== a1);
  const actor2 = withActor2.length > 0 ? mostReported(withActor2, (m) => m.coded.actor2!) : null;
  if (actor2) note(['actor2', 'assoc_actor_2', 'inter2'], RULES.actor2, actor2.backers);

  const tolls = ordered.filter((m) => m.coded.fatalities > 0);
  const lowest = tolls.length > 0 ? Math.min(...tolls.map((m) => m.coded.fatalities)) : 0;
  note(['fatalities'], RULES.fatalities, tolls.filter((m) => m.coded.fatalities === lowest));

  const p = place.winner.coded;
  const a = actor1.winner.coded;
  const b = actor2?.winner.coded ?? null;
  const columns: AcledColumns = {
    event_date: date.winner.coded.event_date,
    time_precision: date.winner.coded.time_precision,
    event_type: type.winner.coded.event_type,
    sub_event_type: type.winner.coded.sub_event_type,
    actor1: a.actor1,
    assoc_actor_1: a.assoc_actor_1,
    inter1: a.inter1,
    actor2: b?.actor2 ?? null,
    assoc_actor_2: b?.assoc_actor_2 ?? null,
    inter2: b?.inter2 ?? null,
    interaction: interactionCode(a.inter1, b?.inter2 ?? null),
    country: p.country,
    admin1: p.admin1,
    admin2: p.admin2,
    admin3: p.admin3,
    location: p.location,
    latitude: p.latitude,
    longitude: p.longitude,
    geo_precision: p.geo_precision,
    fatalities: lowest,
  };
  return { columns, sources };
}

/**
 * The value most mentions give, its mentions, and the first of them (in report order) as the
 * mention whose coding is used. Ties go to the value whose first mention comes first, unless
 * `prefer` orders them.
 */
function mostReported<T extends string>(
  ordered: readonly WeighedMention[],
  valueOf: (m: WeighedMention) => T,
  prefer?: (a: T, b: T) => number,
): { winner: WeighedMention; backers: WeighedMention[] } {
  const groups = new Map<T, WeighedMention[]>();
  for (const m of ordered) {
    const v = valueOf(m);
    const g = groups.get(v);
    if (g) g.push(m);
    else groups.set(v, [m]);
  }
  let best: [T, WeighedMention[]] | null = null;
  for (const entry of groups) {
    if (!best || entry[1].length > best[1].length || (entry[1].length === best[1].length && prefer && prefer(entry[0], best[0]) < 0)) best = entry;
  }
  return { winner: best![1][0]!, backers: best![1] };
}

function earliestFirst(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Report order: by publication day (undated last), then by the order-independent key. */
function byReport(a: WeighedMention, b: WeighedMention): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  return pa < pb ? -1 : pa > pb ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

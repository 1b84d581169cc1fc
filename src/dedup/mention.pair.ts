/**
 * Whether two mentions (events coded from two reports) can be the same real-world event, and how
 * alike they are. Reports of one attack disagree on figures, on the actor's name ("jihadists",
 * "GSIM", جماعة نصرة الإسلام والمسلمين: the registry has already made those one name), on the
 * day (a night attack, a report written the next morning) and on the place's precision (the
 * village, or its cercle); they do not disagree on the kind of act, and they are near each other
 * in place and time. ACLED codes one event per place and day, so a second town is a second event.
 */
import { distanceKm } from '../geo/distance.ts';
import type { AcledColumns } from '../store/types.ts';

/** An event as coded from one report, with what resolution needs to know about it. */
export interface Mention {
  id: number;
  /** The report's content hash and the mention's ordinal in it: independent of arrival order. */
  key: string;
  reportId: number;
  sourceId: number;
  coded: AcledColumns;
}

/** The limits of "the same event", each with why. */
export const PAIR_LIMITS = {
  /** Days apart at day precision: a night attack is dated to either day; two days is the slack for relative dates. */
  maxDays: 2,
  /** Two named places further apart than this are two places (ACLED: one event per location). */
  maxKm: 25,
  /** Alike enough to be one event (0..1); tuned on test/gold/multi-source-dev.jsonl. */
  threshold: 0.6,
} as const;

/** Kinds of act that reports of one event may disagree on: an ambush is a clash to one, an IED to another. */
const FAMILY: Record<string, string> = {
  Battles: 'armed violence',
  'Explosions/Remote violence': 'armed violence',
  'Violence against civilians': 'armed violence',
  Protests: 'demonstration',
  Riots: 'demonstration',
  'Strategic developments': 'development',
};

/**
 * How alike two mentions are, 0..1, or null when they cannot be one event (another place,
 * days apart, another kind of act, two events of one report).
 *
 * @example pairScore(kayesClashFromAfp, kayesClashFromSaharaMedia) // 0.9
 */
export function pairScore(a: Mention, b: Mention): number | null {
  if (a.reportId === b.reportId) return null;
  const date = dateScore(a.coded, b.coded);
  const place = placeScore(a.coded, b.coded);
  const type = typeScore(a.coded, b.coded);
  if (date === null || place === null || type === null) return null;
  // Reports disagree on the day or on the village, seldom on both: two places on two days are two events.
  if (date < 1 && place < 1) return null;
  return 0.3 * date + 0.3 * place + 0.25 * type + 0.15 * actorScore(a.coded, b.coded);
}

const DAYS = new Map<string, number>();

/** Days since 1970-01-01 of a YYYY-MM-DD date. Pairs are scored by the thousand and dates repeat: each is parsed once. */
export function dayNumber(iso: string): number {
  let day = DAYS.get(iso);
  if (day === undefined) DAYS.set(iso, (day = Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)));
  return day;
}

/** Same day 1; a day apart 0.6; two days 0.3. A week- or month-precise date allows its range. */
function dateScore(a: AcledColumns, b: AcledColumns): number | null {
  const days = Math.abs(dayNumber(a.event_date) - dayNumber(b.event_date));
  const slack = Math.max(reachDays(a.time_precision), reachDays(b.time_precision));
  if (days > slack) return null;
  if (slack > PAIR_LIMITS.maxDays) return 0.3;
  return [1, 0.6, 0.3][days] ?? null;
}

/** How many days apart reports of one event may date it, by a mention's time precision (day, week, month). */
export function reachDays(timePrecision: number): number {
  return timePrecision === 3 ? MAX_REACH_DAYS : timePrecision === 2 ? 7 : PAIR_LIMITS.maxDays;
}
export const MAX_REACH_DAYS = 31;

/**
 * Two points named to the village (geo_precision 1) must be within maxKm; when either is only
 * known to its district or region, the other must lie in that district or region.
 */
function placeScore(a: AcledColumns, b: AcledColumns): number | null {
  if (a.country !== b.country) return null;
  const coarse = Math.max(a.geo_precision, b.geo_precision);
  if (coarse === 1) {
    if (a.latitude == null || a.longitude == null || b.latitude == null || b.longitude == null) {
      return sameText(a.location, b.location) ? 1 : null;
    }
    const km = distanceKm(a.latitude, a.longitude, b.latitude, b.longitude);
    if (km > PAIR_LIMITS.maxKm) return null;
    return km <= 5 ? 1 : 1 - (km - 5) / (PAIR_LIMITS.maxKm - 5) / 2;
  }
  if (coarse === 2) return a.admin2 != null && sameText(a.admin2, b.admin2) ? 0.6 : sameText(a.location, b.location) ? 0.6 : null;
  return a.admin1 != null && sameText(a.admin1, b.admin1) ? 0.4 : null;
}

/** Same sub-type 1, same type 0.6, same family of act 0.4, else not one event. */
function typeScore(a: AcledColumns, b: AcledColumns): number | null {
  if (a.sub_event_type === b.sub_event_type) return 1;
  if (a.event_type === b.event_type) return 0.6;
  const fa = familyOf(a);
  return fa !== undefined && fa === familyOf(b) ? 0.4 : null;
}

/** Burning trucks or a market in an attack is one outlet's clash and another's property destruction. */
function familyOf(e: AcledColumns): string | undefined {
  return e.sub_event_type === 'Looting/property destruction' ? 'armed violence' : FAMILY[e.event_type];
}

/**
 * Named actors in common. An unidentified group agrees with anyone; so do civilians, whose
 * nationality reports often leave to be guessed. Two different named armed groups disagree.
 */
function actorScore(a: AcledColumns, b: AcledColumns): number {
  const named = (e: AcledColumns) => [e.actor1, e.actor2].filter((x): x is string => x != null && !isGeneric(x));
  const na = named(a);
  const nb = named(b);
  if (na.length === 0 || nb.length === 0) return 0.5;
  const shared = na.filter((x) => nb.includes(x)).length;
  return shared === 0 ? 0 : shared / Math.max(na.length, nb.length);
}

function isGeneric(actor: string): boolean {
  return actor.startsWith('Unidentified ') || actor.startsWith('Civilians');
}

function sameText(a: string | null, b: string | null): boolean {
  return a != null && b != null && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

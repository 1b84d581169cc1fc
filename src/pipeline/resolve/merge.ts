import { daysBetween } from '../dates/calendar.ts';
import type { Claim, CodedEvent, Evidence, FigureMention } from '../types.ts';
import { countFatalities, demonstrationSubType, sideOf, toClaims } from './fatalities.ts';
import { km } from '../places/place.neighbours.ts';

/** A coded event with the figures its fatality count may be taken from. */
export interface CodedCandidate {
  event: CodedEvent;
  killedFigures: FigureMention[];
  /** How specific the trigger that decided the type was ("suicide bomber" outranks "killed"). */
  typeScore: number;
  /** The sentence it was read from: reports tell an event first and most fully in their lead. */
  sentence?: number;
  /** Placed at an administrative unit ("in Sanmatenga province"), not at a town. */
  atUnit?: boolean;
}

/** What telling an event first is worth against a more specific trigger later ("assault" in the lead, "clash" in a statement). */
const LEAD_BONUS = 0.6;

const FAMILY: Record<string, string> = {
  Battles: 'violence',
  'Explosions/Remote violence': 'violence',
  'Violence against civilians': 'violence',
  Protests: 'demonstration',
  Riots: 'demonstration',
};

/** When mentions of one demonstration disagree, a riot (violence seen) outranks a protest. */
const SEVERITY: Record<string, number> = { Riots: 1 };

/** Whether two events are of one kind of act at one place on one day: what merging groups by. */
function sameEvent(e: CodedEvent, o: CodedEvent): boolean {
  return (
    e.location === o.location &&
    e.event_date === o.event_date &&
    sameNumber(e.latitude, o.latitude) &&
    sameNumber(e.longitude, o.longitude) &&
    familyKey(e) === familyKey(o)
  );
}

/** Equal as numbers written out are (`${x}`): NaN is NaN. */
function sameNumber(x: number | null, y: number | null): boolean {
  return x === y || (x !== x && y !== y);
}

/** The kind of act an event is, for merging: violence, demonstration, abduction, or its own type. */
function familyKey(e: CodedEvent): string {
  return e.sub_event_type === 'Abduction/forced disappearance' ? 'abduction' : (FAMILY[e.event_type] ?? e.event_type);
}

/** How much a coded version is backed by the words of its own sentence. */
function support(e: CodedEvent): number {
  let actor1 = 0;
  let actor2 = 0;
  let date = 0;
  for (const x of e.evidence) {
    if (x.field === 'actor1') actor1 = 1;
    else if (x.field === 'actor2') actor2 = 1;
    else if (x.field === 'event_date') date = 1;
  }
  return actor1 + actor2 + date + (e.fatalities > 0 ? 1 : 0) + (e.actor2 ? 0.5 : 0);
}

/**
 * Candidates that describe one event (same kind of act, same place, same day) become one event:
 * the best-supported coding wins, evidence and claims are pooled, and the fatality count is taken
 * from all the figures its mentions give, by the conservative rule of fatalities.ts. `headline`: the
 * report's first sentence is a title line, which sums up the body (see isHeadlineOf).
 */
export function mergeEvents(candidates: CodedCandidate[], headline = false, summaries: ReadonlySet<number> = NO_SENTENCES): CodedEvent[] {
  // A report has a handful of events: each is compared with the groups so far, in the order first seen.
  const groups: CodedCandidate[][] = [];
  for (const c of candidates) {
    const group = groups.find((g) => sameEvent(g[0]!.event, c.event));
    if (group) group.push(c);
    else groups.push([c]);
  }
  foldUnitCopies(groups);
  const headlineTolls = headline ? foldHeadlineTolls(groups) : null;
  const merged: CodedEvent[] = [];
  for (const g of groups) merged.push(mergeGroup(g, headlineTolls?.get(g)));
  // A demonstration whose clash with the forces of order is told as a battle has that force as its other side.
  for (const e of merged) {
    const force = forceFought(e);
    const demonstration = force === null ? undefined : demonstrationOf(e, merged);
    if (force !== null && demonstration) merged[merged.indexOf(demonstration)] = withForceOfFight(demonstration, force);
  }
  // A title's demonstration ("un blogueur arrêté à Oujeft, sit-in devant la brigade") is the body's, which
  // tells its own day: the arrests beside it on the body's day are not its intervention.
  const demonstration = (o: CodedEvent) => FAMILY[o.event_type] === 'demonstration';
  const inBody = merged.filter((o, k) => demonstration(o) && !onlyInLead(groups[k]!));
  const protestsTold = merged.filter((o, k) => !(headline && demonstration(o) && onlyInLead(groups[k]!) && inBody.some((b) => b.location === o.location)));
  const kept: number[] = [];
  for (let k = 0; k < merged.length; k++) {
    const e = merged[k]!;
    if (!isCoarseCopy(e, merged, groups[k]!.every((c) => c.atUnit)) && !isPartOfViolence(e, merged) && !isArrestAtProtest(e, protestsTold) && !isArrestOfDisappeared(e, merged) && !isArrestOfLynchers(e, merged) && !isFightAtDemonstration(e, merged) && !isCapitalEcho(e, merged) && !isKillingAtAbduction(e, merged) && !isSeizedWeapon(e, merged) && !isSpoilOfFight(e, merged) && !(onlyInLead(groups[k]!) && isAreaOf(e, merged))) kept.push(k);
  }
  const body: CodedEvent[] = [];
  for (const k of kept) if (!onlyInLead(groups[k]!)) body.push(merged[k]!);
  // A summary's items ("HIGHLIGHTS • Granaries burned in Tambarga") stand for the acts the body tells, whatever day they gave.
  const inSummary = (k: number) => summaries.size > 0 && groups[k]!.every((c) => c.sentence !== undefined && summaries.has(c.sentence));
  const told = kept.filter((k) => !inSummary(k)).map((k) => merged[k]!);
  const out: CodedEvent[] = [];
  for (const k of kept) {
    const e = merged[k]!;
    if (headline && onlyInLead(groups[k]!) && isHeadlineOf(e, body)) continue;
    if (inSummary(k) && told.some((o) => o.sub_event_type === e.sub_event_type && o.location === e.location)) continue;
    out.push(e);
  }
  return out;
}

const NO_SENTENCES: ReadonlySet<number> = new Set();

/**
 * An act told at a district or province and at one town in it on the same day, as the same kind
 * of act ("انفجار عبوة ناسفة ... في ولاية سانماتينغا" in the lead, "15 km north of Barsalogo" in
 * the body), is one act, at the town: the unit's mentions join the town's, their figures with
 * them. With two towns or more in the unit it is a round-up. A region (geo_precision 3) joins its
 * one town too ("killed at least 12 civilians in an attack on a village in western Niger's Tillaberi
 * region", then "The attackers stormed Simiri"), its toll weighed with the town's. Changes `groups` in place.
 */
function foldUnitCopies(groups: CodedCandidate[][]): void {
  for (let k = groups.length - 1; k >= 0; k--) {
    const e = groups[k]![0]!.event;
    if (e.geo_precision === 1 || !groups[k]!.every((c) => c.atUnit)) continue;
    let inside: CodedCandidate[] | null = null;
    let towns = 0;
    for (const g of groups) {
      const o = g[0]!.event;
      if (g === groups[k] || o.location === e.location || o.event_date !== e.event_date || o.sub_event_type !== e.sub_event_type) continue;
      if (o.admin1 === e.location || o.admin2 === e.location || nearInside(o, e)) {
        inside = g;
        towns++;
      }
    }
    if (inside === null || towns !== 1) continue;
    // The region's figures join the town's and are weighed with them, the lowest of each side standing
    // ("a military post in Niger's Diffa region ..., killing three soldiers", then "the post at Kanou
    // Ngourbou ... nine assailants were killed": one fight, its two sides' dead; "executed at least 11 men
    // in the central Mopti region", then "Residents compiled a list of 15 dead" at Gathi-Loumo: 11). Not
    // into a town named only in a headline, when both count the same dead: the headline's copy of the act.
    if (e.geo_precision === 3 && !onlyInLead(groups[k]!) && sameDeadTold(groups[k]!, inside) && onlyInLead(inside)) continue;
    const town = inside[0]!.event;
    for (const m of groups[k]!) inside.push({ ...m, event: atTown(m.event, town) });
    groups.splice(k, 1);
  }
}

/** Whether two groups' killed figures may count the same dead: a side in both, or one that names no side. */
function sameDeadTold(a: CodedCandidate[], b: CodedCandidate[]): boolean {
  const sides = (g: CodedCandidate[]) => g.flatMap((c) => c.killedFigures.filter((f) => f.kind === 'killed').map(sideOf));
  const here = sides(a);
  const there = sides(b);
  if (there.length === 0) return false;
  if (here.includes('unknown') || there.includes('unknown')) return true;
  return here.some((v) => there.includes(v));
}

/** An event's coding moved to a town's place, without the evidence for the place it had. */
function atTown(e: CodedEvent, town: CodedEvent): CodedEvent {
  return {
    ...e,
    country: town.country, admin1: town.admin1, admin2: town.admin2, admin3: town.admin3, location: town.location,
    latitude: town.latitude, longitude: town.longitude, geo_precision: town.geo_precision,
    evidence: e.evidence.filter((x) => x.field !== 'location'),
  };
}

/** Whether every mention of an event is in the report's first sentence (its headline, or an ACLED note's opening). */
function onlyInLead(group: CodedCandidate[]): boolean {
  for (const c of group) if (c.sentence !== 0) return false;
  return true;
}

/**
 * A town named in the lead as the area of an event placed more precisely ("Diffa : cinq civils tués
 * à Kabelawa", a village of the Diffa region): the same act told at its region's or district's seat.
 */
function isAreaOf(e: CodedEvent, all: CodedEvent[]): boolean {
  return hasEventInside(e, all, (o) => o.location !== e.location);
}

/**
 * A headline's act with a toll at a town where the body tells the one act of its kind, on another
 * day ("deux élèves tués lors d'une marche à Madaoua" over the march the body tells, whose dead it
 * tells in sentences of no place): the body's act, coded as the body codes it, with the headline's
 * dead. Takes those headline groups out of `groups`; gives each body group the headline figures it takes.
 */
function foldHeadlineTolls(groups: CodedCandidate[][]): Map<CodedCandidate[], FigureMention[]> {
  const tolls = new Map<CodedCandidate[], FigureMention[]>();
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k]!;
    if (!onlyInLead(g) || !g.some((c) => c.killedFigures.length > 0)) continue;
    const e = g[0]!.event;
    const kin = groups.filter((h) => h !== g && !onlyInLead(h) && familyKey(h[0]!.event) === familyKey(e));
    // The body's act at the headline's town, else the body's one act of its kind wherever the body places it
    // ("Arafat : un présumé voleur lynché" over the body's lynching placed at Nouakchott).
    const here = kin.filter((h) => h[0]!.event.location === e.location);
    const body = here.length > 0 ? here : kin;
    if (body.length !== 1 || body[0]!.some((c) => c.killedFigures.length > 0)) continue;
    tolls.set(body[0]!, g.flatMap((c) => c.killedFigures));
    groups.splice(k, 1);
  }
  return tolls;
}

/**
 * An act told only in the headline (`headline`: the report's first sentence is a title line) that the
 * body tells as an act of the same kind ("cinq civils tués par
 * un engin explosif, quatre VDP tombés à Toéni" over the IED at Tougan and the clash at Toéni): the
 * headline sums up the body, whose events (those kept) stand for it, whatever place or day the
 * headline's words gave.
 */
function isHeadlineOf(e: CodedEvent, body: CodedEvent[]): boolean {
  for (const o of body) if (o.sub_event_type === e.sub_event_type || (o.location === e.location && familyKey(o) === familyKey(e))) return true;
  return false;
}

/**
 * Burning and looting told beside an attack or a riot at the same place on the same day ("Several
 * trucks were set ablaze", "des bâtiments publics ont été incendiés") are part of it, as ACLED codes them.
 */
function isPartOfViolence(e: CodedEvent, all: CodedEvent[]): boolean {
  return e.sub_event_type === 'Looting/property destruction' && sameTimeAndPlace(e, all, (o) => FAMILY[o.event_type] !== undefined);
}

/**
 * Arrests told beside a demonstration at the same place on the same day ("une quinzaine de militants
 * interpellés" in the headline, the sit-in they tried to hold in the body) are the demonstration met
 * with intervention, as ACLED codes them, not an event of their own.
 */
function isArrestAtProtest(e: CodedEvent, all: CodedEvent[]): boolean {
  return e.sub_event_type === 'Arrests' && sameTimeAndPlace(e, all, (o) => FAMILY[o.event_type] === 'demonstration' || ((o.event_type === 'Battles' || o.sub_event_type === 'Disrupted weapons use') && fought(o, e.actor1)));
}

/**
 * Arrests told again beside a forced disappearance by the same force at the same place on the same
 * day ("detained five men, who have not been seen since" in the lead, "detained five men" in the
 * body): the people taken are the disappeared, one event, coded as the disappearance.
 */
function isArrestOfDisappeared(e: CodedEvent, all: CodedEvent[]): boolean {
  return e.sub_event_type === 'Arrests' && sameTimeAndPlace(e, all, (o) => o.sub_event_type === 'Abduction/forced disappearance' && o.actor1 === e.actor1);
}

/**
 * A raid that killed and kidnapped at one place on one day, told as an attack and a kidnapping by the
 * same hand: one event, as ACLED codes it. With dead, the attack, the kidnapping inside it ("killed four
 * villagers and kidnapped seven others"); with none, the kidnapping, the attack its telling ("The
 * attackers, who arrived on motorbikes, released the driver").
 */
function isKillingAtAbduction(e: CodedEvent, all: CodedEvent[]): boolean {
  const abduction = e.sub_event_type === 'Abduction/forced disappearance';
  if (!abduction && e.sub_event_type !== 'Attack') return false;
  return all.some(
    (o) =>
      o !== e && o.location === e.location && o.event_date === e.event_date && o.actor1 === e.actor1 &&
      (abduction ? o.sub_event_type === 'Attack' && o.fatalities > 0 : o.sub_event_type === 'Abduction/forced disappearance' && e.fatalities === 0),
  );
}

/**
 * An act of violence or a kidnapping placed at a capital, told again beside the same kind of act on the
 * same day elsewhere ("قالت الخارجية في نواكشوط ... المختطفين", "the army in Bamako said the strikes"):
 * the capital is where the act was spoken of, and the act the other place's.
 */
function isCapitalEcho(e: CodedEvent, all: CodedEvent[]): boolean {
  if (!CAPITALS.has(e.location) || (FAMILY[e.event_type] !== 'violence' && e.sub_event_type !== 'Abduction/forced disappearance')) return false;
  return all.some((o) => o !== e && o.location !== e.location && o.event_date === e.event_date && o.sub_event_type === e.sub_event_type);
}

/** The capitals of the five countries, as the gazetteer names them. */
const CAPITALS: ReadonlySet<string> = new Set(['Bamako', 'Nouakchott', 'Niamey', 'Ouagadougou', 'Dakar']);

/**
 * A fight of the forces of order with men no one names as a group, at a demonstration's place on its day
 * (« des jeunes ont affronté les forces de l'ordre », « ses éléments ont été pris à partie à coups de
 * pierres »): the demonstration's clash, told inside it. The force joins the demonstration as its other side.
 */
function isFightAtDemonstration(e: CodedEvent, all: CodedEvent[]): boolean {
  return forceFought(e) !== null && demonstrationOf(e, all) !== undefined;
}

/** The forces of order a battle with men no one names as a group was fought by, or null. */
function forceFought(e: CodedEvent): string | null {
  if (e.event_type !== 'Battles' || e.sub_event_type !== 'Armed clash') return null;
  const force = UNNAMED_GROUP.test(e.actor1) ? e.actor2 : e.actor2 !== null && UNNAMED_GROUP.test(e.actor2) ? e.actor1 : null;
  return force !== null && FORCES_OF_ORDER.test(force) ? force : null;
}

/** The demonstration at an event's place on its day. */
function demonstrationOf(e: CodedEvent, all: CodedEvent[]): CodedEvent | undefined {
  return all.find((o) => o !== e && o.location === e.location && o.event_date === e.event_date && FAMILY[o.event_type] === 'demonstration');
}

/** The demonstration a fight of the forces of order is folded into, with that force as its other side when it names none. */
function withForceOfFight(demonstration: CodedEvent, force: string): CodedEvent {
  if (demonstration.actor2 !== null) return demonstration;
  return { ...demonstration, actor2: force, inter2: 1, interaction: Math.min(demonstration.inter1, 1) * 10 + Math.max(demonstration.inter1, 1) };
}

const UNNAMED_GROUP = /^Unidentified Armed Group \(/;
const FORCES_OF_ORDER = /^(Police|Military) Forces of /;

/**
 * Arrests of people suspected of a lynching at its place, that day or in the few days after ("Trois
 * personnes ont été interpellées lundi", 'وأوقف الدرك في اليوم الموالي أربعة أشخاص'): the inquiry's
 * sequel, told inside the mob violence.
 */
function isArrestOfLynchers(e: CodedEvent, all: CodedEvent[]): boolean {
  if (e.sub_event_type !== 'Arrests') return false;
  return all.some((o) => o !== e && o.sub_event_type === 'Mob violence' && o.location === e.location && inRange(daysBetween(o.event_date, e.event_date), 0, INQUIRY_DAYS));
}

/** How many days after a lynching arrests of its suspects are still its sequel. */
const INQUIRY_DAYS = 3;

const inRange = (x: number, lo: number, hi: number) => x >= lo && x <= hi;


/** Whether an actor was a side of a battle or a seizure: the soldiers who fought, or seized a convoy's weapons, and "arrested two men" made their arrests in it. */
function fought(battle: CodedEvent, actor: string): boolean {
  return battle.actor1 === actor || battle.actor2 === actor;
}

/**
 * Weapons listed in a cache seized at the same place on the same day ("la cache contenait deux
 * lance-roquettes, quatorze roquettes", "و٣ قذائف هاون") are what was seized, not a strike: with no
 * one killed, the explosive's event is part of the Disrupted weapons use.
 */
function isSeizedWeapon(e: CodedEvent, all: CodedEvent[]): boolean {
  return e.event_type === 'Explosions/Remote violence' && !((e.fatalities ?? 0) > 0) && sameTimeAndPlace(e, all, (o) => o.sub_event_type === 'Disrupted weapons use');
}

/**
 * Weapons a force seized where it fought that day ("صد هجوما ... وقتل تسعة من المهاجمين ... وصادر الجنود أسلحة",
 * « des armes et des motos ont été récupérées »): the fight's spoils, told inside the battle, as ACLED codes them.
 */
function isSpoilOfFight(e: CodedEvent, all: CodedEvent[]): boolean {
  return e.sub_event_type === 'Disrupted weapons use' && sameTimeAndPlace(e, all, (o) => o.event_type === 'Battles' && (o.actor1 === e.actor1 || o.actor2 === e.actor1));
}

/** Whether another event that `is` so happened at e's place on e's day. */
function sameTimeAndPlace(e: CodedEvent, all: CodedEvent[], is: (o: CodedEvent) => boolean): boolean {
  return all.some((o) => o !== e && o.location === e.location && o.event_date === e.event_date && is(o));
}

/**
 * The coding of the mention whose trigger was most specific, then best supported: a sentence
 * that only says "six soldiers were killed" does not decide who attacked whom.
 */
function rank(m: CodedCandidate, lead: number): number {
  return (SEVERITY[m.event.event_type] ?? 0) * 100 + m.typeScore * 10 + support(m.event) + (m.sentence === lead ? LEAD_BONUS : 0);
}

/** One event from the candidates that describe it. */
function mergeGroup(members: CodedCandidate[], headlineTolls: FigureMention[] = []): CodedEvent {
  const figures: FigureMention[] = [...headlineTolls];
  let lead = Infinity;
  for (const m of members) {
    figures.push(...m.killedFigures);
    lead = Math.min(lead, m.sentence ?? Infinity);
  }
  const counted = countFatalities(uniqueBy(figures, figureStart, sameFigure));
  // The first of the best-ranked, each member ranked once.
  let best = members[0]!.event;
  let bestRank = rank(members[0]!, lead);
  for (let i = 1; i < members.length; i++) {
    const r = rank(members[i]!, lead);
    if (r > bestRank) {
      best = members[i]!.event;
      bestRank = r;
    }
  }
  // The type comes from the most specific trigger among the mentions; the rest from the best-supported one,
  // unless the type does not fit that one's sides (violence against civilians on a gendarmerie post).
  const specific = members.reduce((x, y) => (y.typeScore > x.typeScore ? y : x)).event;
  const typed = fitsTarget(specific.event_type, best.inter2) ? specific : best;
  // Evidence is kept only where the mention coded the field as the merged event does.
  const evidence: Evidence[] = [];
  // The headline's dead folded in are claims too: every figure is.
  const claims: Claim[] = toClaims(headlineTolls);
  for (const { event: e } of members) {
    if (e === best) evidence.push(...e.evidence);
    else for (const x of e.evidence) if (sameValue(e, best, x.field)) evidence.push(x);
    claims.push(...e.claims);
  }
  for (const f of counted.used) evidence.push({ field: 'fatalities', start: f.span.start, end: f.span.end, text: f.span.text });
  return {
    ...best,
    event_type: typed.event_type,
    // A demonstration with dead, once all its mentions' figures are pooled, as codeCandidate codes one mention.
    sub_event_type: demonstrationSubType(typed.event_type, typed.sub_event_type, counted.value),
    fatalities: counted.value,
    evidence: uniqueBy(evidence, evidenceStart, sameEvidence),
    claims: uniqueBy(claims, claimStart, sameClaim),
  };
}

/** Whether a type fits the other side's inter code: violence against civilians is done to civilians, a battle is fought by two armed sides. */
function fitsTarget(eventType: string, inter2: number | null): boolean {
  if (inter2 === null) return true;
  return eventType === 'Violence against civilians' ? inter2 === 7 : eventType === 'Battles' ? inter2 !== 7 : true;
}

/**
 * A region-level event ("attacks in the Kayes region", often a headline) that the report also
 * gives town by town is the same violence told coarsely: the town-level events stand for it. So is
 * a district's or province's ("killed at least 37 civilians in two villages in the northern Yatenga
 * province") when the report names the villages (`atUnit`: it was placed at the unit).
 */
function isCoarseCopy(e: CodedEvent, all: CodedEvent[], atUnit: boolean): boolean {
  if (e.geo_precision === 3) return hasEventInside(e, all, (o) => o.geo_precision < 3);
  return atUnit && hasEventInside(e, all, (o) => o.location !== e.location);
}

/** Whether another event of e's kind on e's day that `is` so lies in the unit e is placed at (its admin1 or admin2). */
function hasEventInside(e: CodedEvent, all: CodedEvent[], is: (o: CodedEvent) => boolean): boolean {
  const family = familyKey(e);
  return all.some((o) => o !== e && familyKey(o) === family && o.event_date === e.event_date && (o.admin1 === e.location || o.admin2 === e.location || nearInside(o, e)) && is(o));
}

/**
 * A village the gazetteer files under no district (admin2 null), in the region of a district's event
 * and near its point: in that district, as far as can be told ("Zoumbara, … southwest of the
 * provincial capital Tougan" in a report of "Burkina Faso's Sourou province").
 */
function nearInside(o: CodedEvent, e: CodedEvent): boolean {
  if (o.admin2 !== null || e.admin2 !== e.location || o.admin1 !== e.admin1) return false;
  if (o.latitude === null || o.longitude === null || e.latitude === null || e.longitude === null) return false;
  return km({ lat: o.latitude, lon: o.longitude }, { lat: e.latitude, lon: e.longitude }) <= DISTRICT_KM;
}

/** How far from a district's point a village of no district may be and still be taken for one of its own. */
const DISTRICT_KM = 50;

/**
 * The first of each item, in order, where items are the same when `same` says so and they start at
 * the same offset. There are a dozen or more per event: they are told apart by their numbers, not
 * by a key string made for each. A few items are each compared with those kept before them; more
 * are compared only with those kept at the same start, found in a table.
 */
function uniqueBy<T>(items: T[], startOf: (x: T) => number, same: (x: T, y: T) => boolean): T[] {
  const byStart = items.length > SMALL ? new Map<number, T[]>() : null;
  const out: T[] = [];
  for (const x of items) {
    const start = startOf(x);
    const kept = byStart === null ? out : byStart.get(start);
    if (kept !== undefined && hasSame(kept, x, start, startOf, same)) continue;
    if (byStart !== null) {
      if (kept === undefined) byStart.set(start, [x]);
      else kept.push(x);
    }
    out.push(x);
  }
  return out;
}

/** Up to this many items, no table is built. */
const SMALL = 24;

function hasSame<T>(items: T[], x: T, start: number, startOf: (x: T) => number, same: (x: T, y: T) => boolean): boolean {
  for (const y of items) if (startOf(y) === start && same(x, y)) return true;
  return false;
}

// What tells figures, evidence and claims apart: a figure by its words and kind; evidence by its
// field and words; a claim by its kind and words.
const figureStart = (f: FigureMention) => f.span.start;
// Figures listed under one figure word share its start ("killed four of its men and eleven of the attackers"): the count tells them apart.
const sameFigure = (f: FigureMention, g: FigureMention) => f.kind === g.kind && f.countStart === g.countStart && f.span.end === g.span.end;
const evidenceStart = (x: Evidence) => x.start;
const sameEvidence = (x: Evidence, y: Evidence) => x.field === y.field && x.end === y.end;
const claimStart = (c: Claim) => c.start;
const sameClaim = (c: Claim, d: Claim) => c.kind === d.kind && c.end === d.end;

function sameValue(a: CodedEvent, b: CodedEvent, field: string): boolean {
  return field === 'fatalities' || valueOf(a, field) === valueOf(b, field);
}

function valueOf(e: CodedEvent, field: string): unknown {
  return (e as unknown as Record<string, unknown>)[field];
}

import type { ActorMention, Analysis, FigureMention, Span, Token } from '../types.ts';
import type { EventLexicon } from '../events/event.lexicon.ts';
import type { PhraseIndex } from '../text/phrase-index.ts';
import type { Candidate } from './event.candidates.ts';
import { fillCountry, needsCountry } from '../actors/actor.registry.ts';
import { sideOf } from './fatalities.ts';
import { CLAUSE_BREAKS } from './clauses.ts';
import { STATEMENT } from './event.date.ts';
import { namesForeigners, strikingState } from './nationality.ts';
import { wordsBefore, wordsBetween } from './words.ts';
import { sentenceAt, spansOverlap } from '../text/spans.ts';
import { agentMarkerBefore, agentOf, ARMED, attributed, claimsAfter, hasChar, inSubordinateClause, isCounted, isPatient, joinedTo, namesGroupBetween, opensClause, saysAfter, STATE } from './actor.grammar.ts';

/** An actor chosen for an event, with the words that name it (null when inferred from the report as a whole). */
export interface ChosenActor {
  name: string;
  inter: number;
  span: Span | null;
  codedAs?: Array<{ name: string; from?: string; admin1?: string[] }>;
}

/** The name an actor is coded under on the event's date and in its first-level region. */
export function nameOn(actor: ChosenActor, date: string, admin1: string | null): string {
  const period = actor.codedAs?.filter((p) => (p.from === undefined || p.from <= date) && (p.admin1 === undefined || (admin1 !== null && p.admin1.includes(admin1)))).at(-1);
  return period?.name ?? actor.name;
}

export interface Roles {
  actor1: ChosenActor | null;
  actor2: ChosenActor | null;
  assoc2: string | null;
}

/** Devices whose layer is never the one named beside the blast: the people hit are. */
const PLANTED = new Set(['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade']);
/** Words that name soldiers rather than security forces in general. */
const ARMY_WORDS = /arm[ée]e|army|soldat|soldier|militaire|military|troop|جيش|جنود|جندي|عسكري/iu;
const isParty = (m: ActorMention) => STATE.has(m.inter) || ARMED.has(m.inter);
const isStateForce = (m: ActorMention) => STATE.has(m.inter);
const isCivilian = (m: ActorMention) => m.inter === 7;

/** Whether a mention lies inside a figure of its sentence that counts another event's people ("اختطاف أربعة أجانب" beside an attack). */
function countedElsewhere(a: Analysis, m: ActorMention, figures: FigureMention[]): boolean {
  for (const f of a.figures) {
    if (f.sentence === m.sentence && f.span.start <= m.span.start && m.span.end <= f.span.end && !figures.includes(f)) return true;
  }
  return false;
}

/**
 * Whether a mention names people a figure counts among the dead, after the count itself ("Huit
 * personnes, dont six membres du comité d'autodéfense du village, ont été tuées"): the dead are no
 * doer of the act. The doer an Arabic sentence names before the count ('قتل مسلحون ثمانية جنود') is not among them.
 */
function amongDead(m: ActorMention, figures: FigureMention[]): boolean {
  return figures.some((f) => f.kind === 'killed' && f.sentence === m.sentence && (f.countStart ?? f.span.start) <= m.span.start && m.span.end <= f.span.end);
}

/** A communal militia named in the sentence of its dead's count, when that is not the act's own sentence, and not the doer itself. */
function militiaWhereCounted(a: Analysis, dead: FigureMention[], sentence: number, actor1: ChosenActor, mainGroup: ActorMention | null, country: string): ActorMention | undefined {
  return a.actors.find((m) => m.inter === 4 && !m.role && m.sentence !== sentence && dead.some((f) => f.sentence === m.sentence) && !isDoer(m, actor1, mainGroup, country));
}

/** Whether a mention is a description of the next one, named right after it with only a space between, of the same kind ("la milice dogon Dan Na Ambassagou"). */
function namedRightAfter(a: Analysis, m: ActorMention, next: ActorMention | undefined): boolean {
  return next !== undefined && !next.generic && !next.role && next.inter === m.inter && next.actor !== m.actor && /^\s+$/.test(a.doc.text.slice(m.span.end, next.span.start));
}

/** Whether a generic word ("combattants", "fighters") is followed by the named group it belongs to ("du JNIM", "of IS"). */
function namesGroupAfter(a: Analysis, m: ActorMention, all: ActorMention[]): boolean {
  for (const n of all) if (!n.generic && n.span.start >= m.span.end && namesGroupBetween(a.doc.text, m.span.end, n.span.start)) return true;
  return false;
}

/** A report's actors as each of its events reads them: the same for all, so worked out once. */
export interface ReportActors {
  /** The named armed group the report is about (see reportMainGroup). */
  mainGroup: ActorMention | null;
  /** A group the report says claimed or is blamed for the attack (see claimedBy); undefined until asked. */
  claimed: ActorMention | null | undefined;
  /** The sentence and place of each of the report's acts (its candidates): an attribution covers the act told last before it. */
  acts: readonly { sentence: number; place: number }[];
  /** Sentences that say groups are active in an area (see areaSentences): their groups are no act's author. */
  area: ReadonlySet<number>;
  /** The report's mentions, sentence by sentence, in the report's order: a candidate reads only its sentence's. */
  bySentence: ActorMention[][];
  /** The mentions of sentences that tell news (not trends, backgrounds or areas of activity), in the report's order. */
  told: ActorMention[];
  /**
   * What the grammar says of each mention whatever the candidate (agentOf, isPatient, saysAfter, the
   * words before it): each reads the words around the mention with large patterns, and a mention
   * stands in several candidates, so each is worked out at most once per report (see fact).
   */
  facts: Map<ActorMention, MentionFacts>;
}

/** What the grammar says of one mention, each worked out when first asked (undefined until then). */
interface MentionFacts {
  /** The agent marker before it (see agentMarkerBefore); undefined until read. */
  marker: RegExpExecArray | null | undefined;
  agent: boolean | undefined;
  patient: boolean | undefined;
  says: 'itself' | 'other' | null | undefined;
  introduced: boolean | undefined;
  subordinate: boolean | undefined;
  /** Whether a source names it as whom it believes did an act (see `attributed`). */
  believed: boolean | undefined;
  /** Whether it is named as support of another force's act (see namedAsSupport). */
  support: boolean | undefined;
}

/**
 * What every event of a report reads of its actors; `trends` are sentences that sum up a stretch of
 * time (trendSentences); `unclaimed` that the report says no one claimed the act.
 */
export function reportActors(a: Analysis, lexicon: EventLexicon, trends: ReadonlySet<number> = new Set(), unclaimed = false, acts: ReportActors['acts'] = []): ReportActors {
  const bySentence: ActorMention[][] = [];
  for (const m of a.actors) (bySentence[m.sentence] ??= []).push(m);
  const area = areaSentences(a, bySentence, lexicon);
  const told = trends.size === 0 && area.size === 0 ? a.actors : a.actors.filter((m) => !trends.has(m.sentence) && !area.has(m.sentence));
  // "L'attaque n'a pas été revendiquée. L'EI au Sahel et le JNIM sont actifs dans l'Oudalan": neither is its author.
  // A series the report sums up and attributes to a group ('سلسلة هجمات نسبتها مصادر أمنية إلى جماعة نصرة
  // الإسلام والمسلمين') is that group's, when the acts it goes on to tell name none.
  const mainGroup = unclaimed ? null : reportMainGroup(told) ?? reportMainGroup(a.actors.filter((m) => trends.has(m.sentence) && !area.has(m.sentence) && seriesAttributedTo(a, m)));
  return { mainGroup, claimed: unclaimed ? null : undefined, acts, area, bySentence, told, facts: new Map() };
}

/** Whether a group is named after words attributing or claiming acts ("نسبتها مصادر أمنية إلى", « attribuées au », "claimed by"), not any agent ("le blocus imposé par"). */
function seriesAttributedTo(a: Analysis, m: ActorMention): boolean {
  const marker = agentMarkerBefore(a.doc.text, m.span.start)?.[2] ?? '';
  return ATTRIBUTION_MARKER.test(marker);
}

const ATTRIBUTION_MARKER = /نسب|تبن|attribu|imput|revendiqu|claimed|blam/u;

const NO_ACTORS: ActorMention[] = [];

/** A fact of mention m (`MentionFacts[key]`), worked out by `work` when first asked: once per mention of the report. */
function fact<K extends keyof MentionFacts>(m: ActorMention, report: ReportActors, key: K, work: () => Known<K>): Known<K> {
  let facts = report.facts.get(m);
  if (facts === undefined) {
    facts = { marker: undefined, agent: undefined, patient: undefined, says: undefined, introduced: undefined, subordinate: undefined, believed: undefined, support: undefined };
    report.facts.set(m, facts);
  }
  const known = facts[key];
  return known !== undefined ? (known as Known<K>) : (facts[key] = work());
}

type Known<K extends keyof MentionFacts> = Exclude<MentionFacts[K], undefined>;

/** `agentMarkerBefore` for a mention, once per mention of the report. */
function markerBefore(a: Analysis, m: ActorMention, report: ReportActors): RegExpExecArray | null {
  return fact(m, report, 'marker', () => agentMarkerBefore(a.doc.text, m.span.start));
}

/**
 * Decides who did it (actor1) and to whom (actor2) for one candidate event.
 *
 * Candidates are the actors of the event's sentence that are parties: not sources ("selon le
 * gouvernement"), not governments, not associate groups (those go to assoc_actor_2). Then, in order:
 * an actor after a passive agent marker is the doer; in Arabic, an actor right after the trigger
 * ("هاجم مسلحون", "هجوم الجيش"); in French and English, the party named before the trigger (subject
 * before verb); else an armed group, or a state force for an air strike. Generic words ("jihadists",
 * "مسلحون") stand for the report's named armed group when it has one. The target is the other party
 * named in the sentence, else the side the figures' victims belong to, else (for an armed group's
 * attack) the state forces the report names, else civilians.
 */
export function chooseRoles(c: Candidate, a: Analysis, country: string, figures: FigureMention[], lexicon: EventLexicon, report: ReportActors): Roles {
  // "أعلنت الجماعة فرض حصار": the group that announces a siege is not the source of a report on it but its author.
  const statement = c.cue.subEventType === STATEMENT;
  const all: ActorMention[] = [];
  for (const m of report.bySentence[c.sentence] ?? NO_ACTORS) {
    if (c.otherClauses.some(([start, end]) => m.span.start >= start && m.span.start < end)) continue;
    if (((statement && ARMED.has(m.inter)) || !isSource(a, m, figures, lexicon, report)) && !countedElsewhere(a, m, figures)) all.push(m);
  }
  // "French airstrikes", "une frappe de drone malienne": the strike's own adjective names whose it was.
  const striker = c.cue.subEventType === 'Air/drone strike' ? strikingState(a, c.cue.span) : null;
  let associate: ActorMention | undefined;
  const actors: ActorMention[] = [];
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    // The strike's own words that name no state ("French | warplanes") are its instrument, no side of it.
    if (striker && needsCountry(m.actor) && spansOverlap(m.span, c.cue.span)) continue;
    if (m.role === 'associate') associate ??= m;
    // "Des combattants du JNIM", "fighters of IS": the generic word is the named group after it; "la
    // milice dogon Dan Na Ambassagou": a description is the name right after it.
    if (!m.role && !(m.generic && namesGroupAfter(a, m, all)) && !namedRightAfter(a, m, all[k + 1])) actors.push(m);
  }
  const { mainGroup } = report;
  const assoc2 = associate ? fillCountry(associate.actor, country) : null;

  if (c.cue.kind === 'protest' || c.cue.kind === 'intervention' || c.cue.kind === 'riot') {
    return { ...protestRoles(c, a, actors, country), assoc2 };
  }

  let parties: ActorMention[] = [];
  for (const m of actors) if (isParty(m) && !amongDead(m, figures)) parties.push(m);
  // "Les FDS, appuyées par les VDP, ont repris": a force named as the support of a state's force named beside it
  // acts with it, neither doer nor target. Where that force goes unnamed ("l'unité de Kongoussi, appuyée par des
  // VDP, a repoussé une attaque"), the support stands for it.
  const supported = parties.some((m) => STATE.has(m.inter) && !isSupport(a, m, lexicon, report));
  if (supported) parties = parties.filter((m) => !isSupport(a, m, lexicon, report));
  const air = c.cue.subEventType === 'Air/drone strike';
  const told = announcerOf(c, a, lexicon, report) ?? findDoer(c, a, parties, lexicon, report);
  // Only states fly: the group a strike was aimed at (« un regroupement de terroristes ») is not its doer.
  const found = air && told && ARMED.has(told.inter) ? undefined : told;
  // A force named in the strike's sentence is its doer, unless it names no state of its own ("French
  // warplanes": the templated "warplanes" would be the country's army, where the adjective says France).
  const doer = striker && !(found && !found.generic && !needsCountry(found.actor) && found.sentence === c.sentence && STATE.has(found.inter)) ? undefined : found;
  const claimed = doer || air ? null : claimedBy(a, report);
  // Armed men no one named, whom a source believes of a group ("ورجحت مصادر محلية أن يكون المهاجمون
  // من عناصر تنظيم الدولة"): that group, before the report's main one. Not for acts only a state does.
  const believed =
    claimed === null && (doer === undefined || (doer.generic && ARMED.has(doer.inter))) && !air && !isStateAction(c)
      ? attributedFor(c, a, report, lexicon)
      : null;
  const same = doer && doer.generic && ARMED.has(doer.inter) ? sameGroupBefore(a, doer) : undefined;
  const actor1: ChosenActor = believed
    ? { ...choose(believed, country), span: doer?.span ?? believed.span }
    : same
    ? { ...choose(same, country), span: doer!.span }
    : doer
    ? resolveActor(doer, mainGroup, country)
    : claimed
      ? choose(claimed, country)
      : air
        ? // Only states fly: a strike no one is named for is the country's army's, not the group it hit.
          militaryOf(striker ?? country, country)
        : unnamedGroup(c.cue.subEventType === MINE && severalPlaces(report) ? null : mainGroup, country);

  if (isStateAction(c)) {
    // The group a report says claimed some act is no doer of an arrest or a bomb defused (« un engin ...
    // désamorcé par une équipe du génie » in a communiqué that names the JNIM's blockade).
    // Nor is an armed group the grammar finds for it only as a subject near it (« une unité a démantelé une base du MFDC »):
    // one that makes arrests is named as their agent ("arrested by Ansar Dine fighters"), a militia that finds a cache as its verb's subject (stateActionRoles).
    const armedNear = doer !== undefined && ARMED.has(actor1.inter) && !isAgent(a, doer, report);
    return { ...stateActionRoles(c, actors, (doer && !armedNear) || (claimed && !ARMED.has(actor1.inter)) ? actor1 : null, a, country, mainGroup), assoc2 };
  }
  // Mentions of the doer itself, under its name or a name it is coded under ("katiba Macina, affiliée au JNIM").
  const doerMentions: ActorMention[] = [];
  const notDoer: ActorMention[] = [];
  // The doer's own mention is the doer, whatever group a source believes it of ("par des hommes armés en tenue de chasseurs, ... qui accuse la milice Dan Na Ambassagou").
  for (const m of actors) (m === doer || isDoer(m, actor1, mainGroup, country) ? doerMentions : notDoer).push(m);
  const others: ActorMention[] = [];
  // A state's forces and a foreign force on its soil named beside them ("Malian soldiers and foreign fighters
  // believed to belong to the Wagner Group") act together: the foreign force is no other side of their act.
  const violent = c.cue.kind !== 'strategic';
  const doerIsAlly = doerMentions.some((d) => d.ally === true);
  for (const m of notDoer) if (!joinedTo(a, actor1, doerMentions, m, lexicon) && !(violent && allied(actor1, doerIsAlly, m)) && !(supported && isSupport(a, m, lexicon, report))) others.push(m);
  // A state force named beside an armed group's attack makes it a battle, even if civilians are named too.
  // "attacked a village defended by Dozo hunters, killing six hunters and three civilians": a communal militia
  // whose members are among the act's dead fought it, a battle with the militia, as ACLED codes it.
  // The militia may be named where its dead are counted, a sentence before the act's place ("attacked a village
  // defended by traditional Dozo hunters ..., killing six hunters", then "The attack on Fandiguila").
  const militiaDead = figures.filter((f) => f.kind === 'killed' && f.value > 0 && MILITIA_DEAD.has(f.victim ?? ''));
  const militia = militiaDead.length === 0 ? undefined : others.find((m) => m.inter === 4) ?? militiaWhereCounted(a, militiaDead, c.sentence, actor1, mainGroup, country);
  // A state's auxiliaries are a side as its forces are, before the civilians named with them ("سبعة من متطوعي الدفاع عن الوطن وثلاثة مدنيين").
  const named = others.find((m) => isStateForce(m) || m.auxiliary === true) ?? militia ?? others.find(isCivilian) ?? others.find(isParty);
  let actor2: ChosenActor | null = named ? resolveActor(named, mainGroup, country) : fromVictims(a, figures, country, actor1, mainGroup);
  // « enlevé trois commerçants mauritaniens », 'ثلاثة تجار مواش موريتانيين', "Turkish engineers": civilians of
  // another country are international, as ACLED codes them.
  if (named && actor2?.name === `Civilians (${country})` && namedForeign(a, named.span, country)) actor2 = { ...actor2, name: 'Civilians (International)' };
  // A force that kills with no other side named ("carried out summary executions") kills civilians.
  if (!actor2 && (c.cue.kind === 'abduction' || c.cue.kind === 'sexual' || associate !== undefined || (c.cue.kind === 'killing' && STATE.has(actor1.inter)))) {
    actor2 = { name: `Civilians (${country})`, inter: 7, span: null };
  }
  // Property burnt or looted with no one else named is the civilians' ("أضرموا النار في ثلاث شاحنات"), not the army's the report names.
  if (!actor2 && ARMED.has(actor1.inter) && c.cue.subEventType === LOOTING) actor2 = { name: `Civilians (${country})`, inter: 7, span: null };
  if (!actor2 && ARMED.has(actor1.inter)) {
    // The state force the report's news names, not one named only in its background ("بعثة الأمم المتحدة (مينوسما)" after 'خلفية:'),
    // nor one named only in another act's sentence ('نفذت وحدات من الدرك عملية تفتيش في قرية دورودون المجاورة، واعتقلت خمسة أشخاص').
    const elsewhere = (m: ActorMention) => report.acts.some((x) => x.sentence === m.sentence && x.place !== c.place.placeId);
    const state = report.told.find((m) => STATE.has(m.inter) && !m.generic && !m.role && !elsewhere(m));
    actor2 = state ? choose(state, country) : { name: `Civilians (${country})`, inter: 7, span: null };
  }
  // « Un convoi escorté par l'armée malienne est tombé dans une embuscade ... six soldats tués »: a force whose own dead
  // are the act's toll was attacked, not the attacker; the attacker is the group the report names (or an unidentified one).
  if (actor2 && STATE.has(actor1.inter) && actor2.name === actor1.name && !isStateAction(c) && !air) {
    const claimant = claimedBy(a, report);
    return { actor1: claimant && ARMED.has(claimant.inter) ? choose(claimant, country) : unnamedGroup(mainGroup, country), actor2: actor1, assoc2: null };
  }
  // « une patrouille des FDS a intercepté un groupe de bandits armés. Au cours de l'accrochage, trois bandits ont été abattus »:
  // armed men whose own dead are the toll, with no one named beside them, fought the state force the report names.
  if (actor2 && !doer && ARMED.has(actor1.inter) && actor2.name === actor1.name && !isStateAction(c)) {
    const state = report.told.find((m) => STATE.has(m.inter) && !m.generic && !m.role);
    if (state) return { actor1: choose(state, country), actor2, assoc2: null };
  }
  // « Des affrontements entre chasseurs dozos et jihadistes … Les jihadistes ont attaqué un poste des dozos »:
  // the side an attack told after a fight both joined names as its doer opened it.
  if (actor2 && c.cue.kind === 'clash' && ARMED.has(actor1.inter) && ARMED.has(actor2.inter) && actor2.name !== actor1.name && openerToldAfter(c, a, lexicon, report, country) === actor2.name) {
    return { actor1: actor2, actor2: actor1, assoc2: null };
  }
  // "UN peacekeepers handed over their camp to the Malian armed forces": the one who receives the place took it.
  if (actor2 && c.cue.subEventType === 'Non-violent transfer of territory' && handsOver(a, c, lexicon)) return { actor1: actor2, actor2: actor1, assoc2: null };
  // "One soldier was killed in fighting with MFDC rebels as troops pressed an offensive", « un soldat tué lors d'une
  // opération de sécurisation »: a fight in the state's own operation is the state's.
  if (actor2 && STATE.has(actor2.inter) && ARMED.has(actor1.inter) && FIGHTS.has(c.cue.kind) && !(doer && isAgent(a, doer, report)) && ((!c.cue.shots && toldAt(a, c, lexicon.operation, report)) || (c.cue.kind !== 'attack' && toldAt(a, c, lexicon.pursuit, report)))) {
    return { actor1: actor2, actor2: actor1, assoc2: null };
  }
  return { actor1, actor2, assoc2: actor2?.inter === 7 ? assoc2 : null };
}

/**
 * Whether a mention is of the doer itself, under its name or a name it is coded under ("katiba
 * Macina, affiliée au JNIM"). A function of its own, not a closure named in `chooseRoles`: the
 * TypeScript loader wraps such a closure in a naming call each time it is made.
 */
function isDoer(m: ActorMention, actor1: ChosenActor, mainGroup: ActorMention | null, country: string): boolean {
  const name = resolvedName(m, mainGroup, country);
  return name === actor1.name || m.codedAs?.some((p) => p.name === actor1.name) === true || actor1.codedAs?.some((p) => p.name === name) === true;
}

/** Whether a mention is named as support of another force's act, once per mention of the report (see namedAsSupport). */
function isSupport(a: Analysis, m: ActorMention, lexicon: EventLexicon, report: ReportActors): boolean {
  return fact(m, report, 'support', () => namedAsSupport(a, m, lexicon));
}

/**
 * Whether the words right before a mention name it as support of another force's act ("Les FDS,
 * appuyées par les VDP, ont repris", 'أن وحداته، مدعومة بمتطوعي الدفاع عن الوطن، استعادت', "troops
 * backed by the VDP"), an article allowed between (modality.json support).
 */
function namedAsSupport(a: Analysis, m: ActorMention, lexicon: EventLexicon): boolean {
  const before = wordsBefore(a, m.span.start, SUPPORT_WORDS + 1);
  // Arabic's ب stands on the mention's own word ("بمتطوعي"), which is then among the words before its start.
  let n = before.length;
  while (n > 0 && (a.norm.toOriginal[before[n - 1]!.end] ?? Infinity) > m.span.start) n--;
  for (let i = 0; i < n; i++) {
    const hit = lexicon.support.matchAt(before, i);
    if (hit && (hit.end === n || (hit.end === n - 1 && lexicon.smallWords.has(before[n - 1]!.text)))) return true;
  }
  return false;
}

/** The most words a support phrase and its article take ("avec le soutien des"). */
const SUPPORT_WORDS = 5;

/**
 * Whether a mention is a foreign ally of the doer's army or its own auxiliaries ("soldiers and VDP executed ..."),
 * or the army the doer, a foreign ally, acts beside (ActorMention.ally, ActorMention.auxiliary).
 */
function allied(actor1: ChosenActor, doerIsAlly: boolean, m: ActorMention): boolean {
  return (actor1.inter === 1 && (m.ally === true || m.auxiliary === true)) || (doerIsAlly && m.inter === 1);
}

/** Whether a mention is named as the agent of the act ('هجوم شنّه مسلحون', "an attack by gunmen"), once per mention of the report. */
function isAgent(a: Analysis, m: ActorMention, report: ReportActors): boolean {
  return fact(m, report, 'agent', () => agentOf(a, m, markerBefore(a, m, report)));
}

/**
 * The side the first attack told after a fight both joined names as its doer, within OPENER_SENTENCES
 * and at no other place (« Des affrontements entre chasseurs traditionnels dozos et jihadistes du JNIM …
 * Les jihadistes ont attaqué un poste des dozos », 'اشتباكات مع مسلحي تنظيم الدولة … تصدّوا لهجوم
 * شنه التنظيم على القرية', "Fighters from JNIM and the Islamic State clashed … Islamic State fighters
 * attacked a JNIM camp"), or null.
 */
function openerToldAfter(c: Candidate, a: Analysis, lexicon: EventLexicon, report: ReportActors, country: string): string | null {
  for (const k of a.cues) {
    if (k.kind !== 'attack' || k.sentence <= c.sentence || k.sentence > c.sentence + OPENER_SENTENCES) continue;
    if (report.acts.some((x) => x.sentence === k.sentence && x.place !== c.place.placeId)) continue;
    const parties = (report.bySentence[k.sentence] ?? NO_ACTORS).filter((m) => isParty(m) && !m.role);
    const doer = findDoer({ ...c, sentence: k.sentence, cue: k, cues: [k], otherClauses: NO_CLAUSES }, a, parties, lexicon, report);
    return doer ? resolveActor(doer, report.mainGroup, country).name : null;
  }
  return null;
}

/** How many sentences after a fight an attack may tell who opened it. */
const OPENER_SENTENCES = 2;
const NO_CLAUSES: Candidate['otherClauses'] = [];

/**
 * A mine or roadside bomb no one is named for, in a report of acts at several places, is an unidentified
 * group's: the report's main group is named for its other acts (the clash, the base dismantled), not for who laid it.
 */
const MINE = 'Remote explosive/landmine/IED';

/** Whether the report tells acts at more than one place (a round-up). */
export function severalPlaces(report: ReportActors): boolean {
  return report.acts.some((x) => x.place !== report.acts[0]!.place);
}

/** The attacker a report names no one for: its jihadist or rebel group, else an unidentified armed group. */
function unnamedGroup(mainGroup: ActorMention | null, country: string): ChosenActor {
  return mainGroup?.inter === 2 ? { ...choose(mainGroup, country), span: null } : { name: `Unidentified Armed Group (${country})`, inter: 2, span: null };
}

/** Kinds of trigger of a fight or of its dead ("killed during a security operation"), not of shots one side fires. */
const FIGHTS: ReadonlySet<string> = new Set(['clash', 'attack', 'killing']);

/**
 * Whether a fight both sides join is told with some words (lexicon.operation, lexicon.pursuit): in its own
 * sentence, or in the next one when that one names no day of its own ("Le lendemain, une opération de
 * ratissage..." is another act). A force named after its operation ("French troops from Operation Serval") is no operation.
 */
function toldWith(a: Analysis, c: Candidate, words: PhraseIndex<string>): boolean {
  if (toldIn(a, c.sentence, words)) return true;
  return c.sentence + 1 < a.sentences.length && !a.dates.some((d) => d.sentence === c.sentence + 1) && toldIn(a, c.sentence + 1, words);
}

/** Whether some words stand in a sentence, not as part of an actor's name. */
function toldIn(a: Analysis, sentence: number, words: PhraseIndex<string>): boolean {
  const span = a.sentences[sentence]!;
  const sentenceWords = wordsBetween(a, span.start, span.end);
  for (const m of words.matchAll(sentenceWords)) {
    const at = a.norm.toOriginal[sentenceWords[m.start]!.start]!;
    if (!a.actors.some((x) => x.span.start <= at && at < x.span.end)) return true;
  }
  return false;
}

/**
 * Whether a fight is told with some words (lexicon.operation, lexicon.pursuit; see toldWith) by its
 * own sentences or by the sentence of another act the report places at the same place ("Deux
 * militaires ont perdu la vie lors d'une opération de sécurisation menée mardi près de Djiguipoum",
 * then "les unités engagées ont été prises à partie par des éléments armés du MFDC"; "killed in a
 * gunfight near Aderbissinat", then "A patrol tried to stop a convoy ... and the occupants opened
 * fire"): the telling of one fight. A sweep told after the acts ("Des opérations de ratissage sont en
 * cours") is in no act's sentence.
 */
function toldAt(a: Analysis, c: Candidate, words: PhraseIndex<string>, report: ReportActors): boolean {
  if (toldWith(a, c, words)) return true;
  for (const x of report.acts) if (x.place === c.place.placeId && x.sentence !== c.sentence && toldIn(a, x.sentence, words)) return true;
  return false;
}

function handsOver(a: Analysis, c: Candidate, lexicon: EventLexicon): boolean {
  const words = wordsBetween(a, c.cue.span.start, c.cue.span.end);
  return words.some((_, i) => lexicon.handover.matchAt(words, i) !== null);
}

/**
 * The actor a mention stands for. "Armed men" stand for the report's named group when that group
 * is one that attacks (not a pro-government militia such as the VDP, which reports name as victims
 * as often as doers).
 */
function resolveActor(m: ActorMention, mainGroup: ActorMention | null, country: string): ChosenActor {
  return m.generic && ARMED.has(m.inter) && mainGroup?.inter === 2 ? { ...choose(mainGroup, country), span: m.span } : choose(m, country);
}

/**
 * The armed group a generic word names back ("des combattants du même groupe", "fighters of the same group",
 * 'مسلحون من التنظيم نفسه'): the last group the report named by name before it.
 */
function sameGroupBefore(a: Analysis, m: ActorMention): ActorMention | undefined {
  if (!SAME_GROUP.test(a.doc.text.slice(m.span.end, m.span.end + SAME_GROUP_REACH))) return undefined;
  let group: ActorMention | undefined;
  for (const o of a.actors) if (o.span.end <= m.span.start && ARMED.has(o.inter) && !o.generic && !o.role) group = o;
  return group;
}

const SAME_GROUP = /^\s*(?:du|de la|of the|من)\s+(?:même|same|الجماعة نفسها|التنظيم نفسه|الجماعه نفسها|التنظيم ذاته|الجماعة ذاتها)(?:\s+(?:groupe|group|organisation|mouvement|organization))?/iu;
const SAME_GROUP_REACH = 40;

/** The name of the actor a mention stands for: `resolveActor(m, ...).name`. */
function resolvedName(m: ActorMention, mainGroup: ActorMention | null, country: string): string {
  return fillCountry(m.generic && ARMED.has(m.inter) && mainGroup?.inter === 2 ? mainGroup.actor : m.actor, country);
}

function findDoer(c: Candidate, a: Analysis, parties: ActorMention[], lexicon: EventLexicon, report: ReportActors): ActorMention | undefined {
  const text = a.doc.text;
  for (const m of parties) if (isAgent(a, m, report)) return m;
  const cueAt = c.cue.span.start;
  if (PLANTED.has(c.cue.subEventType)) return parties.find(isNamedGroup);
  // "Nine soldiers were killed when ...", "the Malian army was attacked": the people the act was done to are not its doer.
  const active: ActorMention[] = [];
  for (const m of parties) if (!fact(m, report, 'patient', () => isPatient(a, m, lexicon))) active.push(m);
  if (a.lang === 'ar') {
    const clash = c.cue.kind === 'clash';
    // The subject put before its verb ("أن وحدات من الجيش سيطرت يوم السبت على قواعد للمتمردين"); not
    // for a fight both join, whose first side is the one that opened it, not the sentence's subject.
    if (!clash) for (const m of active) if (m.span.end <= c.cue.span.start && wordsBetween(a, m.span.end, c.cue.span.start).length === 0 && !m.generic) return m;
    // A force's part after an abduction's verb is its subject ("اختطفت وحدة من الجيش المالي ... أربعة منمين"), as in a fight.
    const partIsSubject = clash || c.cue.kind === 'abduction';
    for (const m of active) if (m.span.start >= c.cue.span.end && wordCountBetween(a, c.cue.span.end, m.span.start, lexicon, partIsSubject) <= 1) return m;
    // "اشتباك وقع يوم الاثنين بين دورية عسكرية ومجموعة من المهربين": a fight between two sides names the one that opened it first.
    if (clash) for (const m of active) if (m.span.start >= c.cue.span.end && m.span.start - c.cue.span.end <= BETWEEN_REACH && ARABIC_BETWEEN.test(a.doc.text.slice(c.cue.span.end, m.span.start))) return m;
    const accused = accusedOf(a, c, active, lexicon);
    if (accused) return accused;
    // A trigger that is not the sentence's verb ("من دون قتال" after "دخلت وحدات من الجيش"): the
    // subject follows the verb that opens the sentence.
    if (c.cue.kind === 'strategic' && active[0]) return active[0];
  } else {
    // The subject: the first party of the trigger's own clause ("Des combattants du MSA et de l'EI
    // se sont affrontés"; "... when suspected JNIM militants attacked"), else the first party that
    // opens a main clause (not one inside ", which ..."), else the party nearest before it.
    const subject = firstOfClause(a, active, cueAt, lexicon) ?? mainClauseSubject(a, active, cueAt, lexicon, report);
    if (subject) return subject;
    // "Clashes between the Malian army and unknown gunmen": a fight names its sides after it, the first first.
    if (c.cue.kind === 'clash') {
      for (const m of active) if (m.span.start >= c.cue.span.end && !hasChar(text, c.cue.span.end, m.span.start, SENTENCE_BREAKS)) return m;
    }
  }
  // Arrests and weapons seized or defused are the state's acts: an armed group merely named beside
  // one ("interpellées pour complicité avec des groupes armés") is not its doer.
  if (isStateAction(c)) return undefined;
  if (c.cue.subEventType === 'Air/drone strike') {
    // Only states fly: the army that reports its own strike ("l'armée affirme avoir frappé") is its doer.
    return active.find(isStateForce) ?? (report.bySentence[c.sentence] ?? NO_ACTORS).find(isActingState) ?? a.actors.find(isNamedActingState);
  }
  // Those the act was done to may still be its doers ("three assailants were killed" in their attack),
  // but not the people counted among its dead when no other side is named: they were attacked.
  // A group the report says claimed it comes before them ("Six dozos ont été tués lors de l'attaque de leur poste ... Le JNIM a revendiqué l'attaque").
  return active.find(isArmed) ?? (claimedBy(a, report) ? undefined : parties.find((m) => isArmed(m) && !isCounted(a, m)));
}

/**
 * The force accused of an act whose noun the preposition ب ties to the accusation ('اتهم سكان وجمعية
 * محلية الجيش المالي ومقاتلين من فاغنر بقتل ٢١ مدنيا'): the first party named between the accusation
 * and the act, however many words the accusers take. The accusers are no party (residents, an association).
 */
function accusedOf(a: Analysis, c: Candidate, active: ActorMention[], lexicon: EventLexicon): ActorMention | undefined {
  if (a.doc.text[c.cue.span.start - 1] !== ARABIC_BA) return undefined;
  const sentence = a.sentences[c.sentence];
  if (!sentence) return undefined;
  const words = wordsBetween(a, sentence.start, c.cue.span.start);
  for (let i = 0; i < words.length; i++) {
    if (lexicon.cancellers.matchAt(words, i)?.value !== 'accusation') continue;
    const after = a.norm.toOriginal[words[i]!.end] ?? sentence.start;
    return active.find((m) => m.span.start >= after && m.span.end <= c.cue.span.start);
  }
  return undefined;
}

const ARABIC_BA = 'ب';
/** 'بين' right before the first side of a fight, a few words after the fight's word. */
const ARABIC_BETWEEN = /(?:^|\s)بين\s+$/u;
const BETWEEN_REACH = 40;

const LOOTING = 'Looting/property destruction';

/** A state's army acting where an event is: a state force at home (ACLED's inter 1), an external force abroad (8). */
function militaryOf(state: string, country: string): ChosenActor {
  return { name: `Military Forces of ${state}`, inter: state === country ? 1 : 8, span: null };
}

const isStateAction = (c: Candidate) => c.cue.subEventType === 'Arrests' || c.cue.kind === 'disrupted';
const isNamedGroup = (m: ActorMention) => m.inter === 2 && !m.generic;
const isArmed = (m: ActorMention) => ARMED.has(m.inter);
const isActingState = (m: ActorMention) => STATE.has(m.inter) && !m.role;
const isNamedActingState = (m: ActorMention) => STATE.has(m.inter) && !m.role && !m.generic;
/** What `/[.;:]/` finds. */
const SENTENCE_BREAKS: readonly number[] = [0x2e, 0x3b, 0x3a];

/**
 * The first party before the trigger in the trigger's own clause ("Des combattants du MSA et de l'EI
 * se sont affrontés"; "... when suspected JNIM militants attacked").
 */
function firstOfClause(a: Analysis, active: ActorMention[], cueAt: number, lexicon: EventLexicon): ActorMention | undefined {
  for (const m of active) {
    if (m.span.end <= cueAt && !hasChar(a.doc.text, m.span.end, cueAt, CLAUSE_BREAKS) && !opensClause(a, m.span.end, cueAt, lexicon)) return m;
  }
  return undefined;
}

/**
 * A force that announces, in a noun right after its name and the verb, a town taken, an arrest, a
 * seizure or a strike did it: "أعلن الجيش السنغالي سيطرته على قاعدتين", "أعلن جيش بوركينا فاسو، أمس
 * الأحد، استعادة السيطرة", "the army announced the recapture of". It is the speaker, not a source
 * to leave out. Only dates and a few small words (modality.json announced_links) may come between:
 * "أعلنت الجبهة أن طائرة مسيرة قصفت" reports another's act. A death it announces ("أعلن الجيش مقتل
 * ثلاثة جنود") is not its act: killings are not read so.
 */
function announcerOf(c: Candidate, a: Analysis, lexicon: EventLexicon, report: ReportActors): ActorMention | undefined {
  if (!(c.cue.kind === 'territory' || isStateAction(c) || c.cue.subEventType === 'Air/drone strike')) return undefined;
  for (const m of report.bySentence[c.sentence] ?? NO_ACTORS) {
    // A state's force may be named by a common noun ("أعلن الجيش", "أعلنت هيئة الأركان"); armed men ("مسلحون") announce nothing.
    if ((m.generic && !STATE.has(m.inter)) || m.role || !(STATE.has(m.inter) || ARMED.has(m.inter)) || m.span.end > c.cue.span.start) continue;
    let between = wordsBetween(a, m.span.end, c.cue.span.start);
    if (a.lang === 'ar') {
      // The verb comes first: "أعلن الجيش".
      const before = wordsBefore(a, m.span.start, 2);
      let spoken = false;
      for (let i = 0; i < before.length && !spoken; i++) spoken = lexicon.attribution.matchAt(before, i)?.end === before.length;
      if (!spoken) continue;
    } else {
      const verb = lexicon.attribution.matchAt(between, 0);
      if (!verb) continue;
      between = between.slice(verb.end);
    }
    if (between.every((t) => linksAnnouncement(a, t, lexicon)) || ownActAnnounced(a, c, between, lexicon)) return m;
  }
  return undefined;
}

/**
 * Whether the words between an announcement and the act open a clause telling the force's own act
 * ("أعلن الجيش، أمس الأحد، أنه استعاد", « a annoncé avoir repris », "said its troops had retaken"),
 * with only dates, links, a verb of the act ("استعاد ... السيطرة على") and an aside between commas
 * ('أن وحداته، مدعومة بمتطوعي الدفاع عن الوطن، استعادت') after them. "أعلنت الجبهة أن طائرة مسيرة
 * قصفت" tells another's act.
 */
function ownActAnnounced(a: Analysis, c: Candidate, between: Token[], lexicon: EventLexicon): boolean {
  let k = 0;
  while (k < between.length && linksAnnouncement(a, between[k]!, lexicon)) k++;
  const own = lexicon.announcedOwn.matchAt(between, k);
  if (!own) return false;
  let aside = false;
  for (k = own.end; k < between.length; ) {
    const t = between[k]!;
    const verb = lexicon.announcedVerbs.matchAt(between, k);
    if (linksAnnouncement(a, t, lexicon)) k++;
    else if (verb) k = verb.end;
    else if (t.pause && !aside) {
      // The aside runs to the next word after punctuation, which opens the rest of the clause.
      aside = true;
      k++;
      while (k < between.length && !between[k]!.pause) k++;
      // An aside that runs to the act: the act's own word opens after its punctuation.
      if (k === between.length) return wordsBetween(a, c.cue.span.start, c.cue.span.end)[0]?.pause === true;
    } else return false;
  }
  return true;
}

/** Whether a word between an announcement and its act is a date or a link (modality.json announced_links). */
function linksAnnouncement(a: Analysis, t: Token, lexicon: EventLexicon): boolean {
  return lexicon.announcedLinks.has(t.text) || inDate(a, t);
}

/** Whether a token is part of a date the report names. */
function inDate(a: Analysis, t: Token): boolean {
  const at = a.norm.toOriginal[t.start]!;
  return a.dates.some((d) => d.span.start <= at && at < d.span.end);
}

/** The first party before the trigger that opens a main clause (not one inside ", which ..."), else the nearest before it. */
function mainClauseSubject(a: Analysis, active: ActorMention[], cueAt: number, lexicon: EventLexicon, report: ReportActors): ActorMention | undefined {
  let last: ActorMention | undefined;
  for (const m of active) {
    if (m.span.end > cueAt) continue;
    if (!fact(m, report, 'subordinate', () => inSubordinateClause(a, m, lexicon))) return m;
    last = m;
  }
  return last;
}

/** The 'من' of "دورية من الجيش". */
const PART_OF = 'من';

/**
 * How many words stand between a trigger and an actor; an object marker ("على") counts as many. In
 * a fight, where either side may be named first, and after an abduction's verb, the words for a part
 * of the force ("اشتبكت دورية من الجيش", "اختطفت وحدة من الجيش") count as none (`partIsSubject`):
 * elsewhere "استهدف تفجير دورية من الجيش" names the target.
 */
function wordCountBetween(a: Analysis, from: number, to: number, lexicon: EventLexicon, partIsSubject: boolean): number {
  const words = wordsBetween(a, from, to);
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (partIsSubject && lexicon.forceParts.has(words[i]!.text)) {
      if (words[i + 1]?.text === PART_OF) i++;
      continue;
    }
    if (lexicon.objectMarkers.matchAt(words, i)) return Infinity;
    count++;
  }
  return count;
}

/** An actor named as the source of the report ("selon le gouvernement", "بحسب بيان للبعثة"), or as absent ("sans militaires"). */
function isSource(a: Analysis, m: ActorMention, figures: FigureMention[], lexicon: EventLexicon, report: ReportActors): boolean {
  if (m.role === 'authority') return true;
  const says = fact(m, report, 'says', () => saysAfter(a, m, lexicon));
  // "The army said it had killed ...", "l'armée affirme avoir frappé": the speaker tells its own act.
  if (says === 'itself') return false;
  if (says === 'other') return true;
  for (const f of figures) if (f.claimSpan && f.claimSpan.start <= m.span.start && m.span.end <= f.claimSpan.end) return true;
  return fact(m, report, 'introduced', () => introducedAsSource(a, m, lexicon));
}

/**
 * Whether the words before a mention name it as a source ("selon le gouvernement"), as absent
 * ("sans militaires"), or as the side the victims were said to help ("accused of collaborating
 * with the Malian army", "اتهموهم بالتعاون مع الجيش", "accused of being VDP informants"): none of
 * these is a party to the event.
 */
function introducedAsSource(a: Analysis, m: ActorMention, lexicon: EventLexicon): boolean {
  const before = wordsBefore(a, m.span.start, 5);
  const last = before.length - 1;
  for (let i = Math.max(0, before.length - 3); i < before.length; i++) {
    const hit = lexicon.attribution.matchAt(before, i) ?? lexicon.collaboration.matchAt(before, i);
    // "said soldiers killed", "وقال البيان إن مسلحين هاجموا": what was said names the doer of the act told next.
    if (hit && hit.end >= before.length - 1) return !((lexicon.saidBefore.has(before[i]!.text) || lexicon.saidBefore.has(before[last]!.text)) && (actsNext(a, m) || verbNext(a, m)));
  }
  if (last >= 0 && lexicon.absent.matchAt(before, last) !== null) return true;
  const after = wordsBetween(a, m.span.end, m.span.end + 40)[0];
  return after !== undefined && !after.pause && lexicon.collaboratorsAfter.has(after.text);
}

/** How far after an actor an act may be told and still be its own ("soldiers and VDP killed"). */
const ACTS_WITHIN = 40;

/** Whether a trigger follows the mention closely in its sentence: "said soldiers killed" names the doer, "..., said the army." the source. */
function actsNext(a: Analysis, m: ActorMention): boolean {
  for (const c of a.cues) if (c.sentence === m.sentence && c.span.start >= m.span.end && c.span.start - m.span.end <= ACTS_WITHIN) return true;
  return false;
}

/**
 * Whether the clause goes on right after the mention, with no pause ("Witnesses said soldiers arrived by
 * helicopter, ... and executed them"): the mention is the subject of what was said, however far its act is told.
 * "..., said the army." and "said the army, which ..." pause or end.
 */
function verbNext(a: Analysis, m: ActorMention): boolean {
  const next = a.tokens.find((t) => (a.norm.toOriginal[t.start] ?? 0) >= m.span.end);
  if (!next || next.pause) return false;
  const at = a.norm.toOriginal[next.start] ?? 0;
  return sentenceAt(a.sentences, at) === m.sentence && a.cues.some((c) => c.sentence === m.sentence && c.span.start > m.span.end);
}

export function choose(m: ActorMention, country: string): ChosenActor {
  return { name: fillCountry(m.actor, country), inter: m.inter, span: m.span, ...(m.codedAs ? { codedAs: m.codedAs } : {}) };
}

function fromVictims(a: Analysis, figures: FigureMention[], country: string, actor1: ChosenActor, main: ActorMention | null): ChosenActor | null {
  for (const f of figures) {
    const side = sideOf(f);
    if (f.kind === 'neutralised') continue;
    if (side === 'unknown') {
      // "abducted three Turkish engineers": the people are not in the word lists, their nationality is.
      if (namesForeigners(wordsAfter(a, f.span), country)) return { name: 'Civilians (International)', inter: 7, span: f.span };
      continue;
    }
    if (side === 'state' && f.victim !== 'volunteers') {
      // Gendarmes and policemen are the country's police forces, as ACLED and the labelled reports code them.
      const police = f.victim === 'gendarmes' || f.victim === 'police' || f.victim === 'policemen';
      return { name: `${police ? 'Police' : 'Military'} Forces of ${country}`, inter: 1, span: f.span };
    }
    if (side === 'armed') {
      if (main && main.actor !== actor1.name) return { name: fillCountry(main.actor, country), inter: main.inter, span: f.span };
      continue;
    }
    // ACLED codes foreign victims as international civilians, wherever the event is.
    const international = f.victim === 'foreigners' || namedForeign(a, f.span, country);
    return { name: international ? 'Civilians (International)' : `Civilians (${country})`, inter: 7, span: f.span };
  }
  return null;
}

function protestRoles(c: Candidate, a: Analysis, actors: ActorMention[], country: string): Omit<Roles, 'assoc2'> {
  // In a riot the demonstrators are rioters, whatever word the report uses for them.
  const riot = c.cue.kind === 'riot';
  const protesters = actors.find((m) => m.inter === (riot ? 5 : 6)) ?? actors.find((m) => m.inter === 6 || m.inter === 5);
  const actor1 = riot
    ? { name: `Rioters (${country})`, inter: 5, span: protesters?.span ?? null }
    : protesters
      ? choose(protesters, country)
      : { name: `Protesters (${country})`, inter: 6, span: null };
  const intervened = c.dispersedBy !== undefined || a.cues.some((k) => k.sentence === c.sentence && k.kind === 'intervention');
  // A riot's other side is the force the report says met it, in the riot's sentence or after it ("Les
  // manifestants ont caillassé la brigade ... Les gendarmes ont répliqué par des tirs de grenades lacrymogènes").
  const force = actors.find((m) => STATE.has(m.inter)) ?? (riot ? forceMeetingCrowd(a, c.sentence) ?? forceMetByCrowd(a, c.sentence) : c.dispersedBy ? forceMeetingCrowd(a, c.sentence, c.dispersedBy.sentence) : undefined);
  // Crowds are policed: security forces at a protest are the police unless the report says soldiers.
  const soldiers = force && ARMY_WORDS.test(force.span.text);
  const police = { name: `Police Forces of ${country}`, inter: 1, span: force?.span ?? null };
  const actor2 = force ? (soldiers ? choose(force, country) : police) : intervened ? police : null;
  // A mob's target is the person it attacked; police arriving afterwards are no party to it.
  if (c.cue.subEventType === 'Mob violence') {
    const victims = actors.find((m) => m.inter === 7 || (STATE.has(m.inter) && !ARMY_WORDS.test(m.span.text) && m.span.start < c.cue.span.start));
    return { actor1, actor2: victims ? choose(victims, country) : { name: `Civilians (${country})`, inter: 7, span: null } };
  }
  return { actor1, actor2 };
}

/** A state force named in a sentence after `sentence` (up to `last`) that tells an intervention (tear gas, dispersal, arrests of the crowd). */
function forceMeetingCrowd(a: Analysis, sentence: number, last = Infinity): ActorMention | undefined {
  for (const m of a.actors) {
    if (m.sentence < sentence || m.sentence > last || !STATE.has(m.inter) || m.role) continue;
    if (a.cues.some((k) => k.sentence === m.sentence && k.kind === 'intervention')) return m;
  }
  return undefined;
}

/**
 * A state force named in one of the two sentences after a riot's that go on telling the crowd's
 * deeds (a riot or protest trigger there): the force the crowd fought ("Ils ont caillassé les véhicules
 * de la gendarmerie", « Lorsque les gendarmes sont intervenus ..., les manifestants les ont accueillis à
 * coups de pierres »).
 */
function forceMetByCrowd(a: Analysis, sentence: number): ActorMention | undefined {
  for (const m of a.actors) {
    if (m.sentence <= sentence || m.sentence > sentence + 2 || !STATE.has(m.inter) || m.role) continue;
    if (a.cues.some((k) => k.sentence === m.sentence && (k.kind === 'riot' || k.kind === 'protest'))) return m;
  }
  return undefined;
}

/**
 * The sentences that say two or more named groups are active in an area ("the
 * Islamic State in the Sahel and JNIM are both active in the area", 'تنظيم الدولة وجماعة نصرة
 * الإسلام والمسلمين ينشطان في المنطقة'): their groups are the area's, not the report's author (an act
 * told in the sentence still reads its own actors).
 */
function areaSentences(a: Analysis, bySentence: ActorMention[][], lexicon: EventLexicon): Set<number> {
  const out = new Set<number>();
  // Most reports name one group or none: their words need not be read for presence.
  let first: string | undefined;
  if (!a.actors.some((g) => ARMED.has(g.inter) && !g.generic && (first ??= g.actor) !== g.actor)) return out;
  for (const m of lexicon.presence.matchAll(a.tokens)) {
    const sentence = sentenceAt(a.sentences, a.norm.toOriginal[a.tokens[m.start]!.start]!);
    const groups = new Set<string>();
    for (const g of bySentence[sentence] ?? NO_ACTORS) if (ARMED.has(g.inter) && !g.generic) groups.add(g.actor);
    if (groups.size >= 2) out.add(sentence);
  }
  return out;
}

/** The named armed group the report is about: the one it names most often. */
export function reportMainGroup(actors: ActorMention[]): ActorMention | null {
  const counts = new Map<string, { m: ActorMention; n: number }>();
  for (const m of actors) {
    if (m.generic || !ARMED.has(m.inter) || m.role) continue;
    const entry = counts.get(m.actor) ?? { m, n: 0 };
    entry.n++;
    counts.set(m.actor, entry);
  }
  // A rebel or jihadist group (inter 2) before a militia named more often: the armed men a report does
  // not name are the group's, the dozos who fought them being named as such.
  let best: { m: ActorMention; n: number } | null = null;
  for (const e of counts.values()) if (!best || (e.m.inter === 2) > (best.m.inter === 2) || ((e.m.inter === 2) === (best.m.inter === 2) && e.n > best.n)) best = e;
  return best?.m ?? null;
}

/** A group that a report says claimed or is blamed for the attack, anywhere in the report: looked for once, when first asked. */
function claimedBy(a: Analysis, report: ReportActors): ActorMention | null {
  if (report.claimed !== undefined) return report.claimed;
  report.claimed = null;
  const { told } = report;
  for (let k = 0; k < told.length; k++) {
    const m = told[k]!;
    if (ARMED.has(m.inter) && !m.generic && (markerBefore(a, m, report) !== null || claimsAfter(a.doc.text, m))) {
      // "accuse la milice dogon Dan Na Ambassagou": the description is the name right after it.
      const next = told[k + 1];
      report.claimed = next && namedRightAfter(a, m, next) ? next : m;
      break;
    }
  }
  return report.claimed;
}

/**
 * A group a source believes did the act ("Une source sécuritaire attribue l'attaque à l'État
 * islamique"; see `attributed`), in the act's sentence or after it before the report tells an act at
 * another place: in a round-up, each attribution is its own act's.
 */
function attributedFor(c: Candidate, a: Analysis, report: ReportActors, lexicon: EventLexicon): ActorMention | null {
  // Any sentence but one of an area's groups: one that attributes an act may also say the group has long been active there (a trend).
  for (let k = 0; k < a.actors.length; k++) {
    const m = a.actors[k]!;
    if (m.sentence < c.sentence || !ARMED.has(m.inter) || m.generic || report.area.has(m.sentence)) continue;
    if (report.acts.some((o) => o.sentence > c.sentence && o.sentence <= m.sentence && o.place !== c.place.placeId)) break;
    // « la milice dogon Dan Na Ambassagou »: a description is the name right after it.
    if (namedRightAfter(a, m, a.actors[k + 1])) continue;
    if (fact(m, report, 'believed', () => attributed(a, m, lexicon))) return m;
  }
  return null;
}

/**
 * Arrests and disrupted weapons (a bomb defused, a cache seized): the state force acts, the one the
 * sentence names, else the doer found for the act (`actor1`, null when none was), else the one the report names ("une patrouille a détecté et détruit un engin" in
 * an army communiqué), else the country's army (weapons) or police (arrests); the other side is the
 * armed group named, else civilians (arrests) or an unidentified armed group (weapons).
 */
function stateActionRoles(c: Candidate, actors: ActorMention[], actor1: ChosenActor | null, a: Analysis, country: string, mainGroup: ActorMention | null) {
  const weapons = c.cue.kind === 'disrupted';
  // « des VDP ont découvert une cache »: a militia named as the verb's subject, an auxiliary at most between, found it.
  const subject = actors.find((m) => ARMED.has(m.inter) && !m.generic && m.span.end <= c.cue.span.start && wordsBetween(a, m.span.end, c.cue.span.start).length <= 1);
  if (subject) {
    const group = actors.find((m) => m !== subject && ARMED.has(m.inter) && !m.generic);
    return { actor1: resolveActor(subject, mainGroup, country), actor2: group ? resolveActor(group, mainGroup, country) : null };
  }
  const state = actors.find(isActingState);
  const named = a.actors.find(isNamedActingState);
  const doer = state
    ? resolveActor(state, mainGroup, country)
    : actor1
      ? actor1
      : named
        ? { ...choose(named, country), span: null }
        : { name: `${weapons ? 'Military' : 'Police'} Forces of ${country}`, inter: 1, span: null };
  const group = actors.find((m) => ARMED.has(m.inter) && !m.generic);
  const fallback = weapons ? { name: `Unidentified Armed Group (${country})`, inter: 2 } : { name: `Civilians (${country})`, inter: 7 };
  const actor2 = group ? resolveActor(group, mainGroup, country) : { ...fallback, span: null };
  return { actor1: doer, actor2 };
}

/** The dead that are a communal militia's members (figures' victim words). */
const MILITIA_DEAD: ReadonlySet<string> = new Set(['hunters', 'militiamen']);

/**
 * Whether the people a mention names are of another country: a nationality in it, in the word after it
 * (two in Arabic: 'تجار مواش موريتانيين'), or in English the word before ("Mauritanian traders").
 */
function namedForeign(a: Analysis, span: Span, country: string): boolean {
  if (namesForeigners(wordsAfter(a, span, a.lang === 'ar' ? 2 : 1), country)) return true;
  const before = a.lang === 'en' ? wordsBefore(a, span.start, 1)[0] : undefined;
  return before !== undefined && namesForeigners({ start: span.start, end: span.start, text: before.text }, country);
}

/** A figure's words and the `count` words after them ("three" + "Turkish engineers"). */
function wordsAfter(a: Analysis, span: Span, count = 3): Span {
  const end = Math.min(a.doc.text.length, span.end + 40);
  const rest = a.doc.text.slice(span.end, end).split(/\s+/).slice(0, count + 1).join(' ');
  return { start: span.start, end: span.end + rest.length, text: `${span.text} ${rest}` };
}

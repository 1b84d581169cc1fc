/**
 * Who is on each side of an act decides its type, as ACLED codes it: a battle needs an armed side
 * beside the attackers, violence against civilians is done to civilians, a crowd that fights or
 * burns what belongs to the forces of order riots, and people attacked who fought back are a militia.
 */
import type { ActorMention, Analysis, EventCue, PlaceMention, Span } from '../types.ts';
import type { Candidate, Clause } from './event.candidates.ts';
import type { ChosenActor } from './actor.roles.ts';
import { STATE } from './actor.grammar.ts';
import { ARMED_VICTIMS, STATE_VICTIMS } from '../figures/words.ts';
import { fillCountry, FORCES } from '../actors/actor.registry.ts';

const ATTACKERS: ReadonlySet<string> = new Set(['attackers', 'assailants', 'bomber', 'bombers']);

/** A fight both sides join ("exchanged gunfire", "returned fire", "fought off"), not shots one side fires (an ambush). */
export function fightBothJoin(cue: EventCue): boolean {
  return cue.kind === 'clash' && !cue.shots;
}

/**
 * The militia of people attacked who fought back: their community's ("Fulani Ethnic Group" →
 * "Fulani Ethnic Militia"), else their village's ("Gaberi Communal Militia"), else an unidentified
 * communal militia, as ACLED names them.
 */
export function defendersOf(people: ChosenActor, community: string | null, place: PlaceMention, country: string): ChosenActor {
  const ethnic = community ? ETHNIC_GROUP.exec(community) : null;
  const name = ethnic
    ? `${ethnic[1]} Ethnic Militia (${ethnic[2]})`
    : place.kind === 'place'
      ? `${place.name} Communal Militia (${country})`
      : `Unidentified Communal Militia (${country})`;
  return { name, inter: 4, span: people.span };
}

const ETHNIC_GROUP = /^(.+) Ethnic Group \((.+)\)$/;

/**
 * Violence against civilians is done to civilians, in ACLED's terms: a force named beside the act
 * ("as violence escalates after the departure of U.N. peacekeepers") is not its target when the act
 * is typed so (by the classifier, say).
 */
export function targetOf(eventType: string, actor2: ChosenActor | null, country: string): ChosenActor | null {
  return eventType === 'Violence against civilians' && actor2 && actor2.inter !== 7 ? { name: `Civilians (${country})`, inter: 7, span: null } : actor2;
}

/**
 * Whether the classifier's event type fits the sides the text names: a state's forces shooting
 * unarmed people the report names ("soldiers executed 13 men") fight no battle, and the state's
 * auxiliaries ("attacked a VDP position", ActorEntry.auxiliary), which its training notes never
 * name, are no civilians.
 */
export function fitsSides(eventType: string, actor1: ChosenActor, actor2: ChosenActor | null, a: Analysis, c: Candidate, country: string, severalPlaces: boolean): boolean {
  if (actor2 === null || actor2.span === null) return true;
  const span = actor2.span;
  if (eventType === 'Battles') return actor2.inter !== 7 || (!STATE.has(actor1.inter) && armedBeside(a, actor1, c.sentence, country, c.otherClauses, severalPlaces));
  if (eventType === 'Violence against civilians') return !a.actors.some((m) => m.auxiliary === true && m.span === span);
  return true;
}

/**
 * Whether an armed side other than the attackers is named in the act's sentence or the next
 * ("a village defended by traditional Dozo hunters", « Les chasseurs ont riposté »): people attacked
 * with no such side are civilians, whatever the classifier reads in "attacked".
 */
export function armedBeside(
  a: Analysis, actor1: ChosenActor, sentence: number, country: string, otherClauses: readonly Clause[] = [], severalPlaces = false,
): boolean {
  // In a report of acts at several places (a round-up), the sentences beside tell the other items' sides.
  const near = (at: number, start: number) =>
    (at === sentence || (Math.abs(at - sentence) === 1 && !severalPlaces)) && !otherClauses.some(([from, to]) => start >= from && start < to);
  return (
    a.actors.some((m) => near(m.sentence, m.span.start) && FORCES.has(m.inter) && !m.generic && m.role !== 'authority' && fillCountry(m.actor, country) !== actor1.name) ||
    a.figures.some((f) => near(f.sentence, f.span.start) && f.kind === 'killed' && f.victim !== null && ARMED_DEAD.has(f.victim))
  );
}
/** Dead who were armed, other than the attackers themselves ("15 Islamists & 2 French killed", "4 CJA fighters"). */
const ARMED_DEAD: ReadonlySet<string> = new Set([...STATE_VICTIMS, ...ARMED_VICTIMS].filter((v) => !ATTACKERS.has(v)));

/**
 * The people named in a fight's own clause beside a state's force when no doer was found ("مواجهات بين
 * منقبين والدرك": the clause names civilians first, who are no party, and the force): they fought it.
 */
export function crowdInFight(a: Analysis, c: Candidate, actor1: ChosenActor, actor2: ChosenActor | null): ActorMention | null {
  if (actor1.span !== null || actor2?.inter !== 1 || !fightBothJoin(c.cue)) return null;
  for (const m of a.actors) {
    if (m.sentence === c.cue.sentence && m.inter === 7 && !m.role && inFightClause(a.doc.text, c.cue.span, m.span) && inFightClause(a.doc.text, c.cue.span, actor2.span)) return m;
  }
  return null;
}

/** Whether a side of a fight is named in the fight's own clause: no comma, semicolon or stop between it and the fight's word. */
export function inFightClause(text: string, fight: Span, side: Span | null): boolean {
  if (side === null) return false;
  const between = side.start < fight.start ? text.slice(side.end, fight.start) : text.slice(fight.end, side.start);
  return !/[,;.،؛]/.test(between);
}

/**
 * A crowd that burns or wrecks what belongs to a state's forces ("Youths set fire to the gendarmerie
 * post", « des jeunes ont incendié le commissariat »): a violent demonstration against that force, as
 * ACLED codes it, not looting by an armed group nor the arrest told as its cause ("after the arrest of
 * a preacher"). The crowd is the people named last before the words of destruction in its sentence,
 * the force the first named after them; an arrest told before the destruction is the act itself
 * ("Gendarmes arrested youths who had set fire to the post"). The force is named within a few words
 * after the destruction: « vols de bétail … réclamer l'installation d'un poste de gendarmerie » is none.
 */
export function crowdBurnsForce(a: Analysis, c: Candidate): { crowd: ActorMention; force: ActorMention } | null {
  const arrestAt = Math.min(...c.cues.filter((k) => k.subEventType === 'Arrests').map((k) => k.span.start));
  for (const k of c.cues) {
    if (k.subEventType !== 'Looting/property destruction' || k.span.start > arrestAt) continue;
    let crowd: ActorMention | null = null;
    let force: ActorMention | null = null;
    for (const m of a.actors) {
      if (m.sentence !== k.sentence) continue;
      if (m.span.end <= k.span.start) crowd = m;
      else if (m.span.start >= k.span.end && force === null) force = m;
    }
    if (crowd && (crowd.inter === 7 || crowd.inter === 5) && force?.inter === 1 && besideIn(a.doc.text, k.span, force.span)) return { crowd, force };
  }
  return null;
}

/** Whether words follow an act's within a few words of the same clause ("set fire to the gendarmerie post"). */
function besideIn(text: string, act: Span, words: Span): boolean {
  const between = text.slice(act.end, words.start);
  return !/[,;.،؛]/.test(between) && between.trim().split(/\s+/).length <= BESIDE_WORDS;
}
const BESIDE_WORDS = 4;

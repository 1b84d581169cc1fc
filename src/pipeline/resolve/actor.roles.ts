import type { ActorMention, Analysis, FigureMention, Span } from '../types.ts';
import type { Candidate } from './event.candidates.ts';

/** An actor chosen for an event, with the words that name it (null when inferred from the report as a whole). */
export interface ChosenActor {
  name: string;
  inter: number;
  span: Span | null;
}

export interface Roles {
  actor1: ChosenActor | null;
  actor2: ChosenActor | null;
}

const STATE = new Set([1, 8]);
const ARMED = new Set([2, 3, 4]);

/** Words before an actor that make it the doer of a passive sentence ("tué par", "على يد", "launched by"). */
const AGENT_MARKERS = /(^|\s)(par|by|على يد|من قبل|شنه|شنته|شنها|نفذه|نفذته|تبناه|تبنته|نسبه|نسبته|claimed by|revendique par)\s*$/u;

/** Victim words of figures ("71 soldiers killed") that name the target's side. */
const STATE_VICTIMS = new Set(['soldiers', 'gendarmes', 'police', 'policemen', 'troops', 'peacekeepers', 'officers', 'guards']);
const ARMED_VICTIMS = new Set(['militants', 'fighters', 'jihadists', 'terrorists', 'attackers', 'assailants', 'insurgents', 'rebels']);

export function fillCountry(name: string, country: string): string {
  return name.replace('{country}', country);
}

function choose(m: ActorMention, country: string): ChosenActor {
  return { name: fillCountry(m.actor, country), inter: m.inter, span: m.span };
}

/**
 * Decides who did it (actor1) and to whom (actor2) for one candidate event.
 *
 * Rules, in order: an actor after a passive agent marker is the doer; otherwise the armed actor named
 * first in the sentence (subject before verb in all three languages); generic words ("jihadists",
 * "مسلحون") stand for the report's named armed group when it has one. The target is the other side
 * named in the sentence, else the side the figures' victims belong to, else (for an armed group's
 * attack) the state forces the report names, else civilians.
 */
export function chooseRoles(c: Candidate, a: Analysis, country: string, figures: FigureMention[]): Roles {
  const sentenceActors = a.actors.filter((m) => m.sentence === c.sentence);
  const mainGroup = reportMainGroup(a.actors);
  const resolve = (m: ActorMention): ChosenActor =>
    m.generic && ARMED.has(m.inter) && mainGroup ? { ...choose(mainGroup, country), span: m.span } : choose(m, country);

  const kind = c.cue.kind;
  if (kind === 'protest' || kind === 'intervention' || kind === 'riot') return protestRoles(c, a, sentenceActors, country);

  const text = a.doc.text;
  const agent = sentenceActors.find((m) => AGENT_MARKERS.test(text.slice(Math.max(0, m.span.start - 14), m.span.start)));
  const armedOrState = sentenceActors.filter((m) => ARMED.has(m.inter) || STATE.has(m.inter));
  let first = agent ?? armedOrState[0];
  // A state actor named before the trigger acts only in a strike or when no armed group is named.
  if (!agent && first && STATE.has(first.inter) && c.cue.kind !== 'remote') {
    const armed = armedOrState.find((m) => ARMED.has(m.inter) && m.span.start < c.cue.span.start);
    if (armed) first = armed;
  }
  const actor1: ChosenActor | null = first
    ? resolve(first)
    : mainGroup
      ? { ...choose(mainGroup, country), span: null }
      : { name: `Unidentified Armed Group (${country})`, inter: 2, span: null };

  const others = sentenceActors.filter((m) => resolve(m).name !== actor1.name);
  const named = others.find((m) => m.inter === 7) ?? others.find((m) => STATE.has(m.inter) || ARMED.has(m.inter));
  let actor2: ChosenActor | null = named ? resolve(named) : fromVictims(figures, country, actor1, mainGroup);
  if (!actor2 && kind === 'abduction') actor2 = { name: `Civilians (${country})`, inter: 7, span: null };
  if (!actor2 && ARMED.has(actor1.inter)) {
    const state = a.actors.find((m) => STATE.has(m.inter) && !m.generic);
    actor2 = state ? { ...choose(state, country), span: state.span } : { name: `Civilians (${country})`, inter: 7, span: null };
  }
  return { actor1, actor2 };
}

function fromVictims(figures: FigureMention[], country: string, actor1: ChosenActor, main: ActorMention | null): ChosenActor | null {
  for (const f of figures) {
    if (!f.victim || f.kind === 'neutralised') continue;
    if (STATE_VICTIMS.has(f.victim)) return { name: `Military Forces of ${country}`, inter: 1, span: f.span };
    if (ARMED_VICTIMS.has(f.victim)) {
      if (main && main.actor !== actor1.name) return { name: fillCountry(main.actor, country), inter: main.inter, span: f.span };
      continue;
    }
    return { name: `Civilians (${country})`, inter: 7, span: f.span };
  }
  return null;
}

function protestRoles(c: Candidate, a: Analysis, actors: ActorMention[], country: string): Roles {
  const protesters = actors.find((m) => m.inter === 6 || m.inter === 5);
  const inter = c.cue.kind === 'riot' ? 5 : 6;
  const actor1 = protesters
    ? choose(protesters, country)
    : { name: `${inter === 5 ? 'Rioters' : 'Protesters'} (${country})`, inter, span: null };
  const intervened = a.cues.some((k) => k.sentence === c.sentence && k.kind === 'intervention');
  const force = actors.find((m) => STATE.has(m.inter));
  const actor2 = force ? choose(force, country) : intervened ? { name: `Police Forces of ${country}`, inter: 1, span: null } : null;
  return { actor1, actor2 };
}

/** The named armed group the report is about: the one it names most often. */
export function reportMainGroup(actors: ActorMention[]): ActorMention | null {
  const counts = new Map<string, { m: ActorMention; n: number }>();
  for (const m of actors) {
    if (m.generic || !ARMED.has(m.inter)) continue;
    const entry = counts.get(m.actor) ?? { m, n: 0 };
    entry.n++;
    counts.set(m.actor, entry);
  }
  let best: { m: ActorMention; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.m ?? null;
}

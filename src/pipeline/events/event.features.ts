import type { ActorMention, Analysis, EventCue, FigureMention } from '../types.ts';

/** Victim nouns of the figures stage (plain English, whatever the report's language) → the side they are on. */
const STATE_VICTIMS = new Set(['soldiers', 'gendarmes', 'police', 'peacekeepers', 'troops', 'officers', 'guards']);
const ARMED_VICTIMS = new Set(['militants', 'militiamen', 'fighters', 'jihadists', 'terrorists', 'attackers', 'insurgents', 'rebels', 'hunters']);

/** Cue kinds whose sub-type says more than the kind ("remote" covers air strikes, IEDs, shelling...). */
const SPLIT_KINDS = new Set(['remote', 'strategic', 'riot']);

/**
 * The language-independent facts about one sentence that the event-type classifier reads: which
 * kinds of trigger fired, which sides are named and where, what was counted and about whom.
 * No words: the same features come out of an Arabic, French or English sentence saying the same.
 *
 *   cue:attack, cue:remote:Air/drone strike   every trigger of the sentence (kind, and sub-type when the kind has several)
 *   top:killing                               the trigger that decides (`cue`, else the highest-scoring)
 *   cues:intervention+protest                 the set of trigger kinds in the sentence, as one feature ('cues:none')
 *   actor:inter2, actor:inter7:after          ACLED inter code of each named party, and whether it comes before or
 *                                             after the top trigger (not in Arabic, where the doer follows the verb)
 *   actor:generic:inter2, actor:associate     a generic word ("gunmen", "مسلحون"); an associate or authority
 *   fig:killed, fig:killed:zero               figures counted in the sentence, and stated zeros ("no casualties")
 *   victim:civilians / soldiers / armed       who the counted people are
 *   victims:civilians-only                    every victim named is a civilian
 *   report:victim:soldiers                    a victim class counted in another sentence of the report
 *   actors:none, figs:none                    no party named, no figure counted in the sentence
 *
 * @example eventFeatures(analyse({ id: 'x', text: 'A French drone strike killed 3 militants near Gao.' }, r), 0)
 *   // ['actor:inter8:before', 'cue:killing', 'cue:remote:Air/drone strike', 'fig:killed', 'top:remote:Air/drone strike', 'victim:armed', ...]
 */
export function eventFeatures(a: Analysis, sentence: number, cue?: EventCue): string[] {
  const cues = a.cues.filter((c) => c.sentence === sentence);
  const top = cue ?? cues.reduce<EventCue | undefined>((best, c) => (!best || c.score > best.score ? c : best), undefined);
  const out = new Set<string>();
  for (const c of cues) out.add(feature('cue:', cueName(c)));
  if (top) out.add(feature('top:', cueName(top)));
  // The set of kinds as one feature: "dispersed" with "protest" alone is not "dispersed" with "riot".
  out.add(`cues:${[...new Set(cues.map((c) => c.kind))].sort().join('+') || 'none'}`);

  const actors = a.actors.filter((m) => m.sentence === sentence);
  // Arabic puts the doer after the verb ("هاجم مسلحون"), so word order says nothing about who did what there.
  const ordered = a.lang === 'ar' ? undefined : top;
  for (const m of actors) for (const f of actorFeatures(m, ordered)) out.add(f);
  if (!actors.some((m) => !m.role)) out.add('actors:none');

  const figures = a.figures.filter((f) => f.sentence === sentence);
  for (const f of figures) for (const g of figureFeatures(f)) out.add(g);
  const victims = new Set(figures.filter((f) => f.value > 0).map((f) => victimClass(f.victim)));
  if (victims.size === 1 && victims.has('civilians')) out.add('victims:civilians-only');
  if (figures.length === 0) out.add('figs:none');
  // The report's other sentences often say who the victims were ("The attack killed two soldiers.").
  for (const f of a.figures) if (f.sentence !== sentence && f.value > 0) out.add(feature('report:victim:', victimClass(f.victim)));
  return [...out].sort();
}

/**
 * `head + tail`, made once: features are the same few hundred strings in every sentence, and a
 * string made anew is hashed anew by every set and table it is looked up in.
 */
function feature(head: string, tail: string | number): string {
  let byTail = features.get(head);
  if (byTail === undefined) features.set(head, (byTail = new Map()));
  let name = byTail.get(tail);
  if (name === undefined) byTail.set(tail, (name = `${head}${tail}`));
  return name;
}
// Heads are this file's literals and features made here; tails are trigger kinds and sub-types, inter codes,
// victim classes and the literals here: a closed set.
const features = new Map<string, Map<string | number, string>>();

function cueName(c: EventCue): string {
  return SPLIT_KINDS.has(c.kind) ? feature(feature(c.kind, ':'), c.subEventType) : c.kind;
}

function actorFeatures(m: ActorMention, top: EventCue | undefined): string[] {
  if (m.role) return [feature('actor:', m.role)];
  const out = [feature('actor:inter', m.inter)];
  if (top) out.push(feature(out[0]!, m.span.end <= top.span.start ? ':before' : ':after'));
  if (m.generic) out.push(feature('actor:generic:inter', m.inter));
  return out;
}

function figureFeatures(f: FigureMention): string[] {
  const kind = feature('fig:', f.kind);
  if (f.value === 0) return [feature(kind, ':zero')];
  const out = [kind];
  if (f.victim) out.push(feature('victim:', victimClass(f.victim)), feature(feature(kind, ':'), victimClass(f.victim)));
  return out;
}

/** 'soldiers' for state forces, 'armed' for fighters of any group, 'civilians' for everyone else named, 'unknown' when unnamed. */
function victimClass(victim: string | null): string {
  if (!victim) return 'unknown';
  if (STATE_VICTIMS.has(victim)) return 'soldiers';
  if (ARMED_VICTIMS.has(victim)) return 'armed';
  return 'civilians';
}

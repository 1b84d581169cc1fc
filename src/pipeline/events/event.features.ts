import type { ActorMention, Analysis, EventCue, FigureMention } from '../types.ts';
import { NO_SIDE_VICTIMS } from '../figures/words.ts';

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
  // Each feature is added once whatever the order: the set is sorted at the end.
  const out = new Set<string>();
  let top = cue;
  let kinds = 0;
  for (const c of a.cues) {
    if (c.sentence !== sentence) continue;
    out.add(feature('cue:', cueName(c)));
    kinds |= kindBit(c.kind);
    if (cue === undefined && (!top || c.score > top.score)) top = c;
  }
  if (top) out.add(feature('top:', cueName(top)));
  // The set of kinds as one feature: "dispersed" with "protest" alone is not "dispersed" with "riot".
  out.add(kindsFeature(kinds));

  // Arabic puts the doer after the verb ("هاجم مسلحون"), so word order says nothing about who did what there.
  const ordered = a.lang === 'ar' ? undefined : top;
  let party = false;
  for (const m of a.actors) {
    if (m.sentence !== sentence) continue;
    addActorFeatures(out, m, ordered);
    if (!m.role) party = true;
  }
  if (!party) out.add('actors:none');

  let counted = false;
  let civilians = 0;
  let others = 0;
  for (const f of a.figures) {
    if (f.sentence !== sentence) {
      // The report's other sentences often say who the victims were ("The attack killed two soldiers.").
      if (f.value > 0) out.add(feature('report:victim:', victimClass(f.victim)));
      continue;
    }
    counted = true;
    addFigureFeatures(out, f);
    if (f.value > 0) {
      if (victimClass(f.victim) === 'civilians') civilians++;
      else others++;
    }
  }
  if (civilians > 0 && others === 0) out.add('victims:civilians-only');
  if (!counted) out.add('figs:none');
  return [...out].sort();
}

/** The kinds of trigger seen so far, one bit each in the order first seen (a closed set of a dozen). */
const kindBits = new Map<string, number>();

function kindBit(kind: string): number {
  let bit = kindBits.get(kind);
  if (bit === undefined) {
    if (kindBits.size >= 31) throw new Error(`event features: more than 31 kinds of trigger ("${kind}"): a kind would have no bit`);
    kindBits.set(kind, (bit = 1 << kindBits.size));
  }
  return bit;
}

// 'cues:' with the kinds of a set of bits, sorted and joined ("cues:intervention+protest"), made once per set.
const kindsFeatures = new Map<number, string>();

function kindsFeature(kinds: number): string {
  let name = kindsFeatures.get(kinds);
  if (name === undefined) {
    const names: string[] = [];
    for (const [kind, bit] of kindBits) if ((kinds & bit) !== 0) names.push(kind);
    name = `cues:${names.sort().join('+') || 'none'}`;
    kindsFeatures.set(kinds, name);
  }
  return name;
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

function addActorFeatures(out: Set<string>, m: ActorMention, top: EventCue | undefined): void {
  if (m.role) {
    out.add(feature('actor:', m.role));
    return;
  }
  const inter = feature('actor:inter', m.inter);
  out.add(inter);
  if (top) out.add(feature(inter, m.span.end <= top.span.start ? ':before' : ':after'));
  if (m.generic) out.add(feature('actor:generic:inter', m.inter));
}

function addFigureFeatures(out: Set<string>, f: FigureMention): void {
  const kind = feature('fig:', f.kind);
  if (f.value === 0) {
    out.add(feature(kind, ':zero'));
    return;
  }
  out.add(kind);
  if (f.victim) {
    out.add(feature('victim:', victimClass(f.victim)));
    out.add(feature(feature(kind, ':'), victimClass(f.victim)));
  }
}

/** 'soldiers' for state forces, 'armed' for fighters of any group, 'civilians' for everyone else named, 'unknown' when unnamed or of no side ("a commander"). */
function victimClass(victim: string | null): string {
  if (!victim || NO_SIDE_VICTIMS.has(victim)) return 'unknown';
  if (STATE_VICTIMS.has(victim)) return 'soldiers';
  if (ARMED_VICTIMS.has(victim)) return 'armed';
  return 'civilians';
}

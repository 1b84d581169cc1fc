import { ARMED_VICTIMS, COMPANIONS, NO_SIDE_VICTIMS, PEOPLE, PERSONS, STATE_VICTIMS } from '../figures/words.ts';
import type { Claim, FigureMention } from '../types.ts';

/** Which side of a fight the dead of a figure were on, from the counted noun. */
export type Side = 'state' | 'armed' | 'civilians' | 'unknown';


export function sideOf(f: FigureMention): Side {
  return sideOfVictim(f.victim);
}

function sideOfVictim(victim: string | null): Side {
  if (!victim || NO_SIDE_VICTIMS.has(victim)) return 'unknown';
  if (STATE_VICTIMS.has(victim)) return 'state';
  if (ARMED_VICTIMS.has(victim)) return 'armed';
  return 'civilians';
}

/** The kind of the dead of a figure: people are the civilians when the report counts civilians. */
function kindOf(f: FigureMention, civilians: boolean): string | null {
  return f.victim === PEOPLE && civilians ? 'civilians' : f.victim;
}

/** The dead of one kind told by one figure word. */
interface Toll {
  victim: string;
  /** Where its figure word starts. */
  word: number;
  value: number;
  revised: boolean;
  figures: FigureMention[];
}

/**
 * ACLED's conservative fatality count from the figures reported for one event: for each kind of
 * victim the lowest figure reported (the army's three dead and the group's claim of fourteen
 * soldiers are one toll told twice), summed over kinds ("eight soldiers and three VDP", "four
 * soldiers ... 13 assailants"). A toll that does not say whose dead they were is the same toll as
 * the one kind of victim the report counts, when it counts only one. A revised toll ("rose to 23")
 * is no second claim but the latest word on the same dead: it replaces the figures before it.
 * "Neutralised" is never a confirmed death: it stays a claim, as do the dead of an earlier act
 * told as this one's cause ("protesting against the killing of three men").
 */
export function countFatalities(figures: FigureMention[]): { value: number; used: FigureMention[] } {
  // "At least 5 people were killed, including 4 fighters": the four are among the five. So are those
  // "among the dead" told a sentence or more after the toll ('… إن بين القتلى ثلاث نساء وطفلين').
  // A kind a total counts among its parts, told again higher elsewhere, is inside the total too (see toldInTotal).
  const all = figures.filter(
    (f) =>
      f.kind === 'killed' && !f.cause && !f.total && !(f.subset && figures.some((g) => g.kind === 'killed' && !g.subset && !g.cause && countAt(g) < countAt(f))) && !toldInTotal(f, figures),
  );
  // "Two policemen killed ... several assailants killed": a count with no magnitude beside real
  // counts adds nothing ("dozens of attackers", a magnitude, still counts).
  const told = all.some((f) => !f.unspecified) ? all.filter((f) => !f.unspecified) : all;
  // "No casualties were reported among the fighting parties, but at least two civilians were killed":
  // a stated zero beside a count of dead in its sentence says who did not die, not that no one did.
  const killed = told.filter((f) => f.value > 0 || !told.some((g) => g.value > 0 && g.sentence === f.sentence));
  // Most events have one figure or none: nothing to weigh.
  if (killed.length <= 1) return { value: killed[0]?.value ?? 0, used: killed };
  // "Twelve civilians killed" in the headline and "twelve people were killed" in the text are one toll.
  const civilians = killed.some((g) => g.victim === 'civilians');
  // A toll that does not say whose dead they were is that of the one kind the report counts, if one.
  // People of no side ("five others", "a commander") are no kind an untold toll could be; men and
  // people beside one kind of civilians ("cinq civils tués … Cinq hommes peuls … huit morts") are those civilians.
  let only: string | null | undefined;
  let unnamed: string | null | undefined;
  for (const f of killed) {
    const kind = kindOf(f, civilians);
    if (kind === null || NO_SIDE_VICTIMS.has(kind)) continue;
    if (UNNAMED.has(kind)) unnamed = unnamed === undefined || unnamed === kind ? kind : null;
    else only = only === undefined || only === kind ? kind : null;
  }
  if (only === undefined) only = unnamed;
  else if (only !== null && unnamed !== undefined && sideOfVictim(only) !== 'civilians') only = null;
  // "killed 12 villagers, a local official said. Residents said 15 people died": people told in
  // another sentence than the one kind of civilians the report counts are those civilians told again
  // (a count of one, "a Fulani shepherd", is no toll told again).
  let civilianKind: string | null = null;
  const civilianSentences = new Set<number>();
  for (const f of killed) {
    const kind = kindOf(f, civilians);
    // Someone's relatives ("lost two cousins") are among a toll, never the whole of it.
    if (kind === null || NO_SIDE_VICTIMS.has(kind) || UNNAMED.has(kind) || kind === 'relatives') continue;
    if (sideOf(f) !== 'civilians' || f.value < 2 || (civilianKind !== null && civilianKind !== kind)) {
      civilianKind = null;
      break;
    }
    civilianKind = kind;
    civilianSentences.add(f.sentence);
  }
  const toldAs = (f: FigureMention, kind: string | null): string => {
    if (kind === null) return only ?? '?';
    return civilianKind !== null && UNNAMED.has(kind) && f.value >= 2 && !civilianSentences.has(f.sentence) ? civilianKind : kind;
  };
  // People of one kind listed under one figure word add up ("killed a father and his two sons").
  // Figures are few: plain arrays serve better than maps.
  const tolls: Toll[] = [];
  for (const f of killed) {
    const victim = toldAs(f, kindOf(f, civilians));
    const word = f.wordAt ?? f.span.start;
    let toll = tolls.find((t) => t.victim === victim && t.word === word);
    if (!toll) tolls.push((toll = { victim, word, value: 0, revised: false, figures: [] }));
    toll.value += f.value;
    toll.revised ||= f.revised === true;
    toll.figures.push(f);
  }
  const lowest: Toll[] = [];
  for (const toll of tolls) {
    // People of no side ("4 MNLA dead … 5 Al Qaeda dead", "a commander … his bodyguard") are one toll only when told again.
    const at = lowest.findIndex((t) => (t.victim === toll.victim && !NO_SIDE_VICTIMS.has(t.victim)) || sameTollTold(t, toll));
    const prev = lowest[at];
    if (!prev) lowest.push(toll);
    else if (toll.revised !== prev.revised ? toll.revised : toll.value < prev.value) lowest[at] = toll;
  }
  let value = 0;
  const used: FigureMention[] = [];
  for (const t of stateVersionDropped(groupVersionDropped(revisedTotal(partsDropped(peopleVersionDropped(untoldSumDropped(lowest))))))) {
    value += t.value;
    used.push(...t.figures);
  }
  return { value, used };
}

/**
 * A toll that says not whose dead they were and equals the sum of the tolls of two kinds or more
 * (« sept morts » in the headline, « Cinq chasseurs … tués » and « abattu deux assaillants » in the
 * text) is their total, told before them: the dead are the parts', not seven more.
 */
function untoldSumDropped(tolls: Toll[]): Toll[] {
  const untold = tolls.filter((t) => t.victim === '?');
  const told = tolls.filter((t) => t.victim !== '?');
  if (untold.length !== 1 || told.length < 2) return tolls;
  // Told before every part: « Les assaillants ont laissé six corps » after four hunters and two civilians is a third toll.
  const first = Math.max(...untold[0]!.figures.map((f) => f.sentence));
  if (told.some((t) => t.figures.some((f) => f.sentence <= first))) return tolls;
  return told.reduce((n, t) => n + t.value, 0) === untold[0]!.value ? told : tolls;
}

/**
 * People told after two kinds of dead or more in a sentence of their own, as many as those or more
 * ("killing four volunteers and three traders, the regional governor said. Residents said at least
 * ten people died"): another version of the same dead, the lower kept. Bodies told after them
 * (« Les assaillants ont laissé six corps ») are no such version.
 */
function peopleVersionDropped(tolls: Toll[]): Toll[] {
  const people = tolls.filter((t) => t.victim === PEOPLE);
  const told = tolls.filter((t) => t.victim !== PEOPLE && !GENERIC.has(t.victim));
  if (people.length !== 1 || told.length < 2 || tolls.length !== told.length + 1) return tolls;
  const last = Math.max(...told.flatMap((t) => t.figures.map((f) => f.sentence)));
  const after = people[0]!.figures.every((f) => f.sentence > last);
  return after && people[0]!.value >= told.reduce((n, t) => n + t.value, 0) ? told : tolls;
}


/** Where a figure's count starts: figures listed under one figure word ("killing eight, including two children") share their span's start. */
const countAt = (f: FigureMention) => f.countStart ?? f.span.start;

/**
 * Dead of a kind a total counts among its parts, told again higher in another sentence
 * (« Six personnes, dont quatre militaires et deux chauffeurs, ont perdu la vie … Le JNIM
 * affirme avoir tué une trentaine de soldats »): the same dead in another version, inside the total, not more dead.
 */
function toldInTotal(f: FigureMention, figures: FigureMention[]): boolean {
  if (f.subset || f.victim === null || NO_SIDE_VICTIMS.has(f.victim)) return false;
  for (const part of figures) {
    if (part !== f && part.subset && part.victim === f.victim && part.value < f.value && part.sentence !== f.sentence && totalOf(part, figures)) return true;
  }
  return false;
}

/** The total a part was counted in: a count of dead before it in its sentence ("Six personnes, dont quatre militaires"), not a sum over several acts. */
function totalOf(part: FigureMention, figures: FigureMention[]): FigureMention | undefined {
  return figures.find((g) => g.kind === 'killed' && !g.subset && !g.cause && !g.total && g.sentence === part.sentence && countAt(g) < countAt(part));
}

/**
 * A toll told again by its parts in a sentence of its own: « Deux civils ont été tués … tuant un
 * vieil homme et une fillette » are two dead, not four. The parts are civilians of several kinds
 * whose sum is a civilians' toll told in another sentence; or relatives, told after a toll of more
 * civilians.
 */
function partsDropped(tolls: Toll[]): Toll[] {
  const sentence = (t: Toll) => (t.figures.every((f) => f.sentence === t.figures[0]!.sentence) ? t.figures[0]!.sentence : -1);
  let out = tolls;
  for (const s of new Set(tolls.map(sentence))) {
    if (s < 0) continue;
    const parts = out.filter((t) => sentence(t) === s);
    if (!parts.every((t) => sideOf(t.figures[0]!) === 'civilians')) continue;
    const sum = parts.reduce((n, t) => n + t.value, 0);
    // Someone's relatives told after the toll ("one man who lost two brothers in the attack") are among its dead.
    const relatives = parts.every((t) => t.victim === 'relatives');
    if (parts.length < 2 && !relatives) continue;
    const whole = (t: Toll) =>
      !parts.includes(t) && sideOf(t.figures[0]!) === 'civilians' && (relatives ? t.value > sum && t.figures.every((f) => f.sentence < s) : t.value === sum && t.figures.every((f) => f.sentence !== s));
    if (out.some(whole)) out = out.filter((t) => !parts.includes(t));
  }
  return out;
}

/**
 * A revised toll that does not say whose dead ("… ليرتفع عدد القتلى إلى ستة", "the toll rose to 23")
 * is the latest word on all the dead told before it, whatever their kind ("five herders … one of
 * the two children died, bringing the toll to six"): it replaces them.
 */
function revisedTotal(tolls: Toll[]): Toll[] {
  let total: Toll | undefined;
  for (const t of tolls) if (t.revised && GENERIC.has(t.victim) && (!total || start(t) > start(total))) total = t;
  if (!total) return tolls;
  const at = start(total);
  return tolls.filter((t) => t === total || t.figures.some((f) => f.span.start > at));
}

const start = (t: Toll) => Math.max(...t.figures.map((f) => f.span.start));

/**
 * An armed group's claim of whom it killed ("more than 25 militiamen") against the dead of the other
 * sides that other sources count ("seven VDP and three civilians"): the same dead told twice, under
 * other names. The group's tolls, when at least as many, are left to the claims list.
 */
function groupVersionDropped(tolls: Toll[]): Toll[] {
  const byGroup = (t: Toll) => t.figures.every((f) => f.claimedBy === 'armed group');
  let group = 0;
  let others = 0;
  for (const t of tolls) {
    if (byGroup(t)) group += t.value;
    else if (sideOf(t.figures[0]!) !== 'armed') others += t.value;
  }
  return group > 0 && others > 0 && group >= others ? tolls.filter((t) => !byGroup(t)) : tolls;
}

/**
 * A state's count of the militants its forces killed ("18 terrorists were killed", the army said) against
 * the civilians others count ("at least 31 villagers"), where no one counts the state's own dead: one
 * operation's dead told twice, under other names, not a battle's two sides. The lower toll stands.
 */
function stateVersionDropped(tolls: Toll[]): Toll[] {
  const byState = (t: Toll) => t.figures.every((f) => f.claimedBy === 'army' || f.claimedBy === 'government');
  const state = tolls.filter((t) => byState(t) && sideOf(t.figures[0]!) === 'armed');
  const others = tolls.filter((t) => !byState(t) && sideOf(t.figures[0]!) === 'civilians');
  if (state.length === 0 || others.length === 0 || tolls.some((t) => sideOf(t.figures[0]!) === 'state')) return tolls;
  const sum = (ts: Toll[]) => ts.reduce((n, t) => n + t.value, 0);
  const dropped = sum(state) <= sum(others) ? others : state;
  return tolls.filter((t) => !dropped.includes(t));
}

/**
 * One toll told twice, in two sentences, as many: "huit passagers exécutés" in the headline and
 * "exécuté huit hommes" in the text, or "killing at least 15 soldiers" and "at least 15 of our men"
 * are the same dead, not twice as many. The two must name one side, or one of them a noun that names
 * no side. Tolls in one sentence ("five women and three children") are different people and add up.
 */
function sameTollTold(a: Toll, b: Toll): boolean {
  // One person told twice by pronoun phrases ('فجرت انتحارية نفسها … ما أسفر عن مقتلها'): the same one.
  if (pronounForOne(a) && pronounForOne(b)) return true;
  // "assassinated the mayor of Wadouba, the corpse was found 10 km away": the one just named.
  if (a.value === 1 && b.value === 1 && a.figures[0]!.sentence === b.figures[0]!.sentence) {
    const [first, then] = start(a) < start(b) ? [a, b] : [b, a];
    if (pronounForOne(then) && !pronounForOne(first) && FOUND.test(then.figures[0]!.span.text)) return true;
  }
  if (a.figures[0]!.sentence === b.figures[0]!.sentence) return false;
  // "executed at least eight men" … "residents compiled a list of 12 people they said were killed": one toll, two counts.
  if (a.value !== b.value) return UNNAMED.has(a.victim) && UNNAMED.has(b.victim);
  if (GENERIC.has(a.victim) || GENERIC.has(b.victim)) return true;
  // One person named by two nouns of a side ("a 12-year-old boy died … his sister died") is two people.
  return sideOf(a.figures[0]!) === sideOf(b.figures[0]!) && (a.value > 1 || a.victim === b.victim);
}

/** Phrases that find the dead already named ("the corpse was found"), not a death of their own. */
const FOUND = /\b(?:corpse|body|corps|cadavre)\b|جث/i;

/** A toll of one person told by a phrase with no count of its own ("blew himself up", 'مقتلها'). */
const pronounForOne = (t: Toll) => t.value === 1 && t.victim === PERSONS && t.figures.every((f) => f.wordAt === undefined);

/** Nouns that name no one in particular: two counts of them in two sentences are one toll told twice. */
const UNNAMED: ReadonlySet<string> = new Set([PEOPLE, 'men']);

/** Nouns that name no side: a toll told with one may be any side's told again. */
const GENERIC: ReadonlySet<string> = new Set([PEOPLE, 'men', '?', PERSONS, COMPANIONS]);

/** ACLED's sub-type for a demonstration met with deadly force. */
export const EXCESSIVE_FORCE = 'Excessive force against protesters';

/** A demonstration's sub-type once its toll is known: one with dead was met with excessive force, as ACLED codes it. */
export function demonstrationSubType(eventType: string, sub: string, fatalities: number): string {
  return eventType === 'Protests' && fatalities > 0 ? EXCESSIVE_FORCE : sub;
}

/** Every figure as a claim by its source, so nothing reported is lost or silently chosen. */
export function toClaims(figures: FigureMention[]): Claim[] {
  return figures.map((f) => ({
    kind: f.kind,
    value: f.value,
    claimed_by: f.claimedBy,
    qualifier: f.qualifier,
    text: f.span.text,
    start: f.span.start,
    end: f.span.end,
  }));
}

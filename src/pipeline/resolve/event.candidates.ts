import type { Analysis, CueKind, DateMention, EventCue, EventType, PlaceMention, Token } from '../types.ts';
import { STATEMENT, isSpokenDate } from './event.date.ts';
import type { PhraseIndex, PhraseMatch } from '../text/phrase-index.ts';
import type { EventLexicon, Sequel } from '../events/event.lexicon.ts';
import { sentenceAt } from '../text/spans.ts';
import { wordsBefore, wordsBetween } from './words.ts';
import { Clauses } from './clauses.ts';
import { NEXT_DAY, PREVIOUS_DAY } from '../dates/date-words.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { hasHeadline } from './headline.ts';
import { FORCES } from '../actors/actor.registry.ts';

/** Trigger words that describe the same violent act merge into one event per place. */
const VIOLENCE: ReadonlySet<CueKind> = new Set(['attack', 'clash', 'killing', 'remote', 'territory']);
const PROTEST: ReadonlySet<CueKind> = new Set(['protest', 'intervention']);
/** Clash words that say two crowds or forces came to blows, not that one side fired on the other. */
const MELEE = /clash|affront|heurt|accroch|اشتبا|مواجه|scuffle|bagarre/iu;

/** A possible event before its fields are chosen: one family of triggers in one sentence, at one place. */
export interface Candidate {
  sentence: number;
  /** The trigger that decides the type (the most specific of the family). */
  cue: EventCue;
  /** Every trigger of the family in the sentence (e.g. "attack" and "killed"). */
  cues: EventCue[];
  place: PlaceMention;
  /** Whether the place was named in the sentence itself (by name, or as « la ville » after it was named) or taken from the rest of the report. */
  placeInSentence: boolean;
  /** The spans of a listing sentence's clauses that tell other towns' acts (see cuesByClause): their figures are not this act's. */
  otherClauses: readonly Clause[];
  /** A demonstration's: the force met it, told in a sentence after it with no act of its own (see withDispersals). */
  dispersedBy?: EventCue;
  /** The sentence whose day the act takes: its own, or the act's before it that it goes on telling (see withDaysCarried). */
  daySentence: number;
}

/** A stretch of the text, [start, end) in its characters. */
export type Clause = readonly [number, number];
const NO_CLAUSES: readonly Clause[] = [];

export function familyOf(kind: CueKind): string {
  if (VIOLENCE.has(kind)) return 'violence';
  if (PROTEST.has(kind)) return 'protest';
  return kind;
}

/**
 * Groups a sentence's triggers into families and pairs each family with the places of the sentence.
 * "Attacks hit Diafarabé and Dioura" → two candidates. Strategic developments (arrests, looting)
 * give way to violence in the same sentence: the looting is part of the attack.
 * A sentence with triggers but no place borrows the report's place only when the report names one.
 * The sentences in `trends` (see trendSentences) give none.
 */
export function findCandidates(a: Analysis, eventPlaces: PlaceMention[], trends: ReadonlySet<number>, lexicon: EventLexicon): Candidate[] {
  const bySentence = new Map<number, EventCue[]>();
  const actsRetold = actsToldBack(a, lexicon.sequel);
  for (const cue of a.cues) {
    if (trends.has(cue.sentence) || actsRetold.has(cue)) continue;
    const list = bySentence.get(cue.sentence);
    if (list) list.push(cue);
    else bySentence.set(cue.sentence, [cue]);
  }
  const towns: PlaceMention[] = [];
  for (const p of eventPlaces) if (p.kind === 'place') towns.push(p);
  const reportTowns = distinctPlaces(towns);
  const toldBack = reportTowns.length > 1 ? townsToldBack(a, towns, lexicon.townBack) : null;
  const out: Candidate[] = [];
  const headline = hasHeadline(a);
  for (const [sentence, cues] of bySentence) {
    const here: PlaceMention[] = [];
    for (const p of eventPlaces) if (p.sentence === sentence) here.push(p);
    const back = here.length === 0 ? toldBack?.get(sentence) : undefined;
    const places = here.length > 0 ? mostPrecise(here) : back ? [back] : reportTowns.length === 1 ? reportTowns : [];
    const placeInSentence = here.length > 0 || back !== undefined;
    // A title line "Nuit d'émeutes à Illéla, deux élèves tués lors d'une marche à Madaoua": each act at the town of its clause.
    const bound = here.length > 0 && sentence === 0 && headline ? cuesByClause(a, sentence, places, cues) : null;
    const groups = bound ?? [{ places, cues, clauses: NO_CLAUSES }];
    for (const group of groups) {
      const otherClauses = bound ? groups.flatMap((g) => (g === group ? [] : g.clauses)) : NO_CLAUSES;
      for (const familyCues of sentenceFamilies(group.cues, a, lexicon).values()) {
        const cue = decidingCue(familyCues);
        // A siege or threat declared in a sentence with no town of its own is no event at the report's
        // town ("JNIM, which has blockaded several towns") unless it names it back ("a blockade of the town").
        if (!placeInSentence && cue.subEventType === STATEMENT && !sentenceHolds(a, sentence, lexicon.townBack)) continue;
        // "Niger continues to face attacks by Islamist groups", "killed in attacks on roads in the region since
        // the start of the year": acts named only in the plural, with no place and no day of their own, are a
        // run of acts, not one at the report's town.
        if (!placeInSentence && familyCues.every((k) => PLURAL_ACTS.test(k.span.text)) && !a.dates.some((d) => d.sentence === sentence)) continue;
        for (const place of group.places) out.push({ sentence, cue, cues: familyCues, place, placeInSentence, otherClauses, daySentence: sentence });
      }
    }
  }
  const told = withoutRetold(out);
  const placed = withTakeoverInBrief(withoutBorrowedCopies(told, a, lexicon.spoken), told, hasHeadline(a) ? 1 : 0);
  return withDaysCarried(withGunfireAfter(withDispersals(withoutStrikesToldElsewhere(withoutRiotsToldAsClashes(placed, a), a).sort(bySentenceAndPlace), bySentence), bySentence, a), a);
}

/**
 * Clash words in a sentence that names no side, armed or police, after one that tells a riot at the
 * same place ("Une quinzaine de personnes interpellées lors des heurts"): the riot told again, not a
 * battle. A title's clash words before the riot is told stay: they may be what names its sides.
 */
function withoutRiotsToldAsClashes(candidates: Candidate[], a: Analysis): Candidate[] {
  // The first sentence that tells a riot at each place: clash words after it go back to it.
  const riots = new Map<number, number>();
  for (const c of candidates) if (c.cues.some((k) => k.kind === 'riot')) riots.set(c.place.placeId, Math.min(riots.get(c.place.placeId) ?? Infinity, c.sentence));
  if (riots.size === 0) return candidates;
  // Only where the words tell nothing but the clash: its dead or the crowd named with it make it the riot's telling, kept to be merged.
  const retold = (c: Candidate) => c.sentence > (riots.get(c.place.placeId) ?? Infinity) && c.cue.kind === 'clash' && c.cues.every((k) => k.kind === 'clash') && !armedSideIn(a, c.sentence);
  return candidates.some(retold) ? candidates.filter((c) => !retold(c)) : candidates;
}

/** Whether a sentence names an armed side or a state force: a group, a militia, an army, the police. */
function armedSideIn(a: Analysis, sentence: number): boolean {
  return a.actors.some((m) => m.sentence === sentence && FORCES.has(m.inter));
}

/**
 * A sentence that tells an attack at its town and, after them, the air strikes that answered it
 * ("killed 17 worshippers ... in the village of Fartedji ..., and the army said it had killed dozens
 * of terrorists in air strikes on the fleeing attackers the next day"), when another sentence places
 * those strikes at a town of their own ("near the village of Balagarbe"): the act at the sentence's
 * town is the attack, not a strike, and the strikes' clause, with its figures and sides, is not the attack's.
 */
function withoutStrikesToldElsewhere(candidates: Candidate[], a: Analysis): Candidate[] {
  const strikeElsewhere = (c: Candidate) =>
    candidates.some((o) => o.sentence > c.sentence && o.placeInSentence && o.cue.subEventType === AIR_STRIKE && o.place.placeId !== c.place.placeId);
  // A title that names a town's act and the strikes that followed (« le détachement VDP de Yoada tombé aux mains des
  // terroristes, l'aviation frappe »), when the body places the strikes elsewhere: the title's strike is the body's.
  const title = hasHeadline(a) ? 0 : -1;
  const kept = candidates.filter((c) => !(c.sentence === title && c.cues.every((k) => k.subEventType === AIR_STRIKE) && strikeElsewhere(c)));
  return kept.map((c) => {
    if (c.cue.subEventType !== AIR_STRIKE || !c.placeInSentence || c.place.span.start > c.cue.span.start) return c;
    const ground = c.cues.filter((k) => k.kind !== 'remote' && k.span.start < c.cue.span.start);
    if (ground.length === 0 || c.cues.some((k) => k.kind === 'remote' && k.span.start < c.cue.span.start)) return c;
    if (!strikeElsewhere(c)) return c;
    // The strikes' clause, from the pause before their words to the sentence's end, is theirs: its figures and sides too.
    const sentence = a.sentences[c.sentence]!;
    const before = a.doc.text.slice(sentence.start, c.cue.span.start);
    const pause = Math.max(before.lastIndexOf(','), before.lastIndexOf('،'), before.lastIndexOf(';'));
    const strikes: Clause = [pause < 0 ? c.cue.span.start : sentence.start + pause, sentence.end];
    return { ...c, cue: decidingCue(ground), cues: c.cues.filter((k) => k.kind !== 'remote'), otherClauses: [...c.otherClauses, strikes] };
  });
}

const AIR_STRIKE = 'Air/drone strike';

/**
 * A bomb whose gunfire is told in the next sentence, one that tells no act of its own (« après le
 * passage d'un de ses véhicules sur un engin explosif improvisé. Des terroristes de l'EIGS, embusqués,
 * ont ensuite ouvert le feu »): the battle the bomb opened, as decidingCue reads it in one sentence.
 * A sentence with a day of its own tells another act ("إذ سبقه كمين في منتصف أغسطس").
 */
function withGunfireAfter(candidates: Candidate[], bySentence: ReadonlyMap<number, EventCue[]>, a: Analysis): Candidate[] {
  const acts = new Set(candidates.map((c) => c.sentence));
  return candidates.map((c) => {
    const next = c.sentence + 1;
    if (c.cue.subEventType !== IED || acts.has(next) || a.dates.some((d) => d.sentence === next)) return c;
    const fire = bySentence.get(next)?.find((k) => k.kind === 'clash' || k.shots === true);
    return fire ? { ...c, cue: fire, cues: [...c.cues, fire] } : c;
  });
}

const IED = 'Remote explosive/landmine/IED';

/**
 * A sentence that names neither place nor day and goes on telling the act of the sentence before it,
 * of the same family (« Le lendemain mardi, ... ont observé un sit-in ... Le sit-in s'est déroulé dans
 * le calme »): the act takes that sentence's day, not the report's.
 */
function withDaysCarried(candidates: Candidate[], a: Analysis): Candidate[] {
  return candidates.map((c) => {
    if (c.placeInSentence || a.dates.some((d) => d.sentence === c.sentence)) return c;
    const before = candidates.find((o) => o.sentence === c.sentence - 1 && familyOf(o.cue.kind) === familyOf(c.cue.kind));
    return before ? { ...c, daySentence: before.daySentence } : c;
  });
}

/**
 * A demonstration met with force in the sentences after it that tell no act of their own (« Des
 * habitants ont bloqué la route … La gendarmerie a dispersé les manifestants à coups de grenades
 * lacrymogènes », "marched from Laminia toward the mine. Gendarmes blocked the road, fired tear gas"):
 * the intervention is the demonstration's, as ACLED codes it. At most two sentences on, none of them
 * an act's.
 */
function withDispersals(candidates: Candidate[], bySentence: ReadonlyMap<number, EventCue[]>): Candidate[] {
  const acts = new Set(candidates.map((c) => c.sentence));
  return candidates.map((c) => {
    if (c.cue.kind !== 'protest') return c;
    for (let s = c.sentence + 1; s <= c.sentence + DISPERSAL_WITHIN && !acts.has(s); s++) {
      const dispersal = bySentence.get(s)?.find((k) => k.kind === 'intervention');
      if (dispersal) return { ...c, dispersedBy: dispersal };
    }
    return c;
  });
}

const DISPERSAL_WITHIN = 2;

/**
 * A title line that lists acts at towns clause by clause ("nuit d'émeutes à Illéla, deux élèves tués
 * lors d'une marche à Madaoua"), split into its clauses' towns, each with the triggers of its own
 * clause and those of clauses that name no town. Null when the sentence is no such list: fewer than
 * two clauses with towns, or a clause with a town and no trigger ("les villages de Diafarabé, Dioura
 * et Kareri ont été attaqués": one act at three towns). A town in a label before a colon with no
 * trigger of its own is left out.
 */
function cuesByClause(a: Analysis, sentence: number, places: PlaceMention[], cues: EventCue[]): { places: PlaceMention[]; cues: EventCue[]; clauses: Clause[] }[] | null {
  const s = a.sentences[sentence];
  if (places.length < 2 || !s) return null;
  const clauses = new Clauses(a.doc.text, s);
  if (clauses.count === 1) return null;
  const groups = new Map<number, { places: PlaceMention[]; cues: EventCue[]; clauses: Clause[] }>();
  const shared: EventCue[] = [];
  for (const c of cues) {
    const k = clauses.at(c.span.start);
    const g = groups.get(k);
    if (g) g.cues.push(c);
    else groups.set(k, { places: [], cues: [c], clauses: [clauses.span(k)] });
  }
  for (const p of places) {
    const g = groups.get(clauses.at(p.span.start));
    if (g) g.places.push(p);
    else if (!clauses.isLabel(clauses.at(p.span.start))) return null;
  }
  const towns = [...groups.values()].filter((g) => g.places.length > 0);
  if (towns.length < 2) return null;
  for (const g of groups.values()) if (g.places.length === 0) shared.push(...g.cues);
  for (const g of towns) g.cues.push(...shared);
  return towns;
}

/**
 * The sentences that name a town told before without its name ("Région de Tombouctou : la ville de
 * Léré a vécu une semaine difficile. Lundi, des obus tirés depuis les environs de la ville ont tué
 * deux civils"), each with the last town named before it in its paragraph.
 */
function townsToldBack(a: Analysis, towns: PlaceMention[], townBack: PhraseIndex<'town'>): Map<number, PlaceMention> {
  const out = new Map<number, PlaceMention>();
  for (const m of townBack.matchAll(a.tokens)) {
    const at = a.norm.toOriginal[a.tokens[m.start]!.start]!;
    const sentence = sentenceAt(a.sentences, at);
    let last: PlaceMention | undefined;
    for (const p of towns) if (p.sentence < sentence) last = p;
    // Within its paragraph: a town of an earlier paragraph is another story's.
    if (last && !out.has(sentence) && !a.doc.text.slice(last.span.end, at).includes('\n')) out.set(sentence, last);
  }
  return out;
}

/**
 * Whether a sentence holds one of an index's phrases: words that name a town back ("the town", «
 * la ville », 'المدينة'), words of diplomacy ("the ambassador", 'سفير').
 */
export function sentenceHolds(a: Analysis, sentence: number, phrases: PhraseIndex<unknown>): boolean {
  const s = a.sentences[sentence];
  return s !== undefined && phrases.occursIn(wordsBetween(a, s.start, s.end));
}

/**
 * "Mauritanian army seizes arms cache" in the headline, the cache found "40 km north of the town of
 * Bassikounou" in the text: a sentence that names no place borrows the report's one town, but when
 * a sentence that names a place of its own tells an act of the same family, the placeless one is
 * that act told in brief, not a second act at the borrowed town.
 */
function withoutBorrowedCopies(candidates: Candidate[], a: Analysis, attribution: PhraseIndex<'attribution'>): Candidate[] {
  const placed = new Set<string>();
  // A title's act is told again in the body: it does not make the body's placeless telling a copy.
  const title = hasHeadline(a) ? 0 : -1;
  for (const c of candidates) if (c.placeInSentence && c.sentence !== title) placed.add(familyOf(c.cue.kind));
  // Most reports borrow no town for an act of a placed family: nothing to weigh.
  if (!candidates.some((c) => !c.placeInSentence && placed.has(familyOf(c.cue.kind)))) return candidates;
  // « Le lendemain dimanche, une unité de la Garde nationale ... les a accrochés »: an act on a day of
  // its own, not the day of any placed act of its family, is a second act at the borrowed town.
  const placedDays = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (!c.placeInSentence) continue;
    const family = familyOf(c.cue.kind);
    const days = placedDays.get(family) ?? new Set<string>();
    for (const d of actDays(a, c.sentence, attribution)) days.add(d);
    placedDays.set(family, days);
  }
  return candidates.filter((c) => {
    if (c.placeInSentence || !placed.has(familyOf(c.cue.kind))) return true;
    // "Their bodies were found the next morning": the dead found are the placed act's, whatever day they were found.
    if (c.cues.every((k) => k.found === true)) return false;
    const own = actDays(a, c.sentence, attribution, true);
    const days = placedDays.get(familyOf(c.cue.kind))!;
    return own.length > 0 && days.size > 0 && own.every((d) => !days.has(d));
  });
}

/**
 * A town or post taken, told in brief with no place in the report's lead ("Jihadi fighters overran an
 * army base in eastern Burkina Faso this week") and dropped as a borrowed copy (see withoutBorrowedCopies),
 * when the report places its fight at one place only ("The attack on Piela began early Monday"): that
 * fight is the takeover, its first telling typed by the territory words. `all`: the candidates before
 * the copies were dropped; `lead`: the last sentence of the lead (the title's and the first, or the first).
 */
function withTakeoverInBrief(kept: Candidate[], all: Candidate[], lead: number): Candidate[] {
  const brief = all.find((c) => c.cue.kind === 'territory' && !c.placeInSentence && c.sentence <= lead && !kept.includes(c));
  if (!brief) return kept;
  const fights = kept.filter((c) => c.placeInSentence && familyOf(c.cue.kind) === 'violence' && c.cue.kind !== 'remote');
  if (fights.length === 0 || fights.some((c) => c.cue.kind === 'territory' || c.place.placeId !== fights[0]!.place.placeId)) return kept;
  const first = fights[0]!;
  return kept.map((c) => (c === first ? { ...c, cue: brief.cue, cues: [brief.cue, ...c.cues] } : c));
}

/**
 * The days a sentence names for its act (to the day, not a statement's day); with `stepped`, only
 * those told as the day after or before another ("le lendemain", "the next day", 'اليوم التالي').
 */
function actDays(a: Analysis, sentence: number, attribution: PhraseIndex<'attribution'>, stepped = false): string[] {
  const out: string[] = [];
  for (const d of a.dates) {
    if (d.sentence !== sentence || d.timePrecision !== 1 || !d.date || isSpokenDate(a, d, attribution)) continue;
    if (stepped && !STEPPED_DAY.test(normaliseTerm(d.span.text))) continue;
    out.push(d.date);
  }
  return out;
}

/** A day told from another: the words of NEXT_DAY and PREVIOUS_DAY (date-words.ts), normalised. */
const STEPPED_DAY = new RegExp(`^(?:${[...Object.values(NEXT_DAY), ...Object.values(PREVIOUS_DAY)].flat().map((w) => normaliseTerm(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'u');

const bySentenceAndPlace = (x: Candidate, y: Candidate) => x.sentence - y.sentence || x.place.span.start - y.place.span.start;

const LOOTING = 'Looting/property destruction';
/** The noun of a protest that a state may lodge with another ('احتجاجا شديدا', « une protestation »), not a gathering's. */
const PROTEST_NOUN = /احتجاج|protest/iu;

/** A sentence's triggers grouped into families, in the order first seen, after the rules on which families make an event. */
function sentenceFamilies(cues: EventCue[], a: Analysis, lexicon: EventLexicon): Map<string, EventCue[]> {
  const families = new Map<string, EventCue[]>();
  for (const cue of cues) {
    const f = familyOf(cue.kind);
    const family = families.get(f);
    if (family) family.push(cue);
    else families.set(f, [cue]);
  }
  // "استدعت الخارجية سفير مالي وأبلغته احتجاجا شديدا على مقتل خمسة رعاة": a state's protest to
  // another is no gathering; the act it protests is the sentence's event.
  // A gathering told beside it ('نظم عشرات من السكان وقفة سلمية ..., فيما استدعت الخارجية سفير مالي وأبلغته احتجاجا') still is one.
  if (families.has('protest') && sentenceHolds(a, cues[0]!.sentence, lexicon.diplomatic)) {
    const gatherings = families.get('protest')!.filter((c) => !PROTEST_NOUN.test(c.span.text));
    if (gatherings.length > 0) families.set('protest', gatherings);
    else families.delete('protest');
  }
  // Demonstrators who destroy property or fight are a violent demonstration (a riot), not two events.
  const protest = families.get('protest');
  if (protest) protestFamilies(families, protest, a, lexicon);
  // "وقفة احتجاجية ... للمطالبة بالإفراج عن ثلاثة منمين اختُطفوا": people abducted are what a
  // demonstration asks about, not an abduction told in that sentence.
  if (protest) families.delete('abduction');
  // "Declared a blockade of Kayes, threatening civilians who helped the army during the attacks of
  // Tuesday": acts named only as the setting of a statement are no event of this sentence.
  let strategic = families.get('strategic');
  // "Four men were arrested without resistance": the words of a town given up tell how the arrests went.
  if (strategic && someOfSub(strategic, 'Arrests') && someOfSub(strategic, TRANSFER)) {
    strategic = strategic.filter((c) => c.subEventType !== TRANSFER);
    families.set('strategic', strategic);
  }
  // "took control of Kalandié ... on Sunday without a fight": a town taken, told as given up, changed hands without a battle.
  if (strategic && someOfSub(strategic, TRANSFER) && allOfKind(families.get('violence'), 'territory')) families.delete('violence');
  if (strategic && someOfSub(strategic, STATEMENT) && allContext(families.get('violence'))) families.delete('violence');
  // "Six people suspected of taking part in the killing were arrested": the act named back is told
  // elsewhere; the arrests are this sentence's.
  if (strategic && everyClaimed(families.get('violence'))) families.delete('violence');
  if (families.has('violence') || families.has('riot')) {
    // "Attacked an army post in Boni, and later declared a blockade of the town": a siege declared
    // is an act of its own; other strategic words (looting, arrests) are part of the attack.
    const declared = strategic?.filter((c) => c.declared === true) ?? [];
    families.delete('strategic');
    if (declared.length > 0) families.set('statement', declared);
  }
  // "declared a blockade on Messe ... and burned four trucks on its outskirts on Tuesday": the siege
  // declared and the property destroyed are two acts, the destruction no part of the declaration.
  const standing = families.get('strategic');
  if (standing && someOfSub(standing, STATEMENT) && someOfSub(standing, LOOTING)) {
    families.set('statement', standing.filter((c) => c.subEventType === STATEMENT));
    families.set('strategic', standing.filter((c) => c.subEventType !== STATEMENT));
  }
  // A bomb defused or a cache seized: the weapon named did not go off.
  if (families.has('disrupted') && allOfKind(families.get('violence'), 'remote')) families.delete('violence');
  // "repelled a terrorist attack ... and seized weapons and ammunition": what a fight took is part of it.
  else if (families.has('disrupted') && families.has('violence') && noneOfKind(families.get('violence')!, 'remote')) families.delete('disrupted');
  // A raid that is a kidnapping ("kidnapped seven people in a raid") is one abduction; people
  // abducted, then killed ("abducted four men, they were executed") are an attack, as ACLED codes it.
  const violence0 = families.get('violence');
  const abducted = families.get('abduction');
  if (abducted && violence0 && violence0.length > 0) {
    if (allOfKind(violence0, 'attack')) families.delete('violence');
    else if (killedAfter(violence0, abducted[0]!.span.start)) {
      // "kidnapped 11 farmers and shot dead another who tried to flee": one abduction, its dead another person.
      const killing = violence0.find((c) => c.kind === 'killing' && c.span.start > abducted[0]!.span.start)!;
      families.delete(killedAnother(a, killing, lexicon) ? 'violence' : 'abduction');
    } else if (!noneOfKind(violence0, 'attack') && !noneOfKind(violence0, 'killing')) {
      // "قُتل خمسة نازحين واختُطفت ثلاث نساء ... في هجوم": people killed and others taken in one attack are that attack.
      families.delete('abduction');
    }
  }
  // "Killed" alone next to an abduction is part of it; shots and deaths at a protest are the
  // protest met with force, not a second event.
  const violence = families.get('violence');
  if (violence && families.size > 1 && (allOfKind(violence, 'killing') || families.has('protest') || families.has('riot'))) {
    families.delete('violence');
  }
  return families;
}

/** `cues?.every((c) => c.kind === kind)`: false when there are none. */
function allOfKind(cues: EventCue[] | undefined, kind: CueKind): boolean {
  if (cues === undefined) return false;
  for (const c of cues) if (c.kind !== kind) return false;
  return true;
}

function noneOfKind(cues: EventCue[], kind: CueKind): boolean {
  for (const c of cues) if (c.kind === kind) return false;
  return true;
}

/** `cues?.every((c) => c.claimed)`: false when there are none. */
function everyClaimed(cues: EventCue[] | undefined): boolean {
  if (cues === undefined) return false;
  for (const c of cues) if (!c.claimed) return false;
  return true;
}

/** `cues?.every((c) => c.context)`: false when there are none. */
function allContext(cues: EventCue[] | undefined): boolean {
  if (cues === undefined) return false;
  for (const c of cues) if (!c.context) return false;
  return true;
}

function someOfSub(cues: EventCue[], sub: string): boolean {
  for (const c of cues) if (c.subEventType === sub) return true;
  return false;
}

/** Whether a killing is told after the abduction that starts at `at`. */
function killedAfter(violence: EventCue[], at: number): boolean {
  for (const c of violence) if (c.kind === 'killing' && c.span.start > at) return true;
  return false;
}

function allClaimed(c: Candidate): boolean {
  for (const k of c.cues) if (!k.claimed) return false;
  return true;
}

/** "The group claimed the attack on Sunday": a claimed act is the one already told, when the report tells one. */
function withoutRetold(candidates: Candidate[]): Candidate[] {
  let claimed = false;
  const told = new Set<string>();
  for (const c of candidates) {
    if (allClaimed(c)) claimed = true;
    else told.add(familyOf(c.cue.kind));
  }
  if (!claimed) return candidates;
  const out: Candidate[] = [];
  for (const c of candidates) if (!(allClaimed(c) && told.has(familyOf(c.cue.kind)))) out.push(c);
  return out;
}

/**
 * How a sentence's demonstration reads beside its other triggers: with a fight or destruction it is
 * a riot; arrests at it are the protest met with intervention. Changes `families` in place.
 */
function protestFamilies(families: Map<string, EventCue[]>, protest: EventCue[], a: Analysis, lexicon: EventLexicon): void {
  // « pour dénoncer la multiplication des vols de bétail »: property taken or destroyed that the gathering protests is its cause.
  const destruction = families.get('strategic')?.filter((c) => c.subEventType === LOOTING && !lexicon.grievance.occursIn(sinceLastPause(wordsBefore(a, c.span.start, GRIEVANCE_WORDS)))) ?? [];
  // Demonstrators who clash with the police ("affrontements entre manifestants et forces de l'ordre") riot too.
  const fought = families.get('violence')?.filter((c) => c.kind === 'clash' && MELEE.test(c.span.text)) ?? [];
  if (fought.length > 0 && !families.has('riot')) families.set('riot', fought.map((c) => recoded(c, 'riot', 'Riots', 'Violent demonstration', 0.85)));
  // Arrests made to break up a gathering are the protest met with intervention, not an event of their
  // own; an arrest whose release the gathering demands (« pour exiger la libération de leur confrère,
  // interpellé mardi ») is its cause, an event of its own.
  const arrests = families.get('strategic')?.filter((c) => c.subEventType === 'Arrests' && !releaseAsked(a, c, lexicon)) ?? [];
  if (arrests.length > 0 && !families.has('riot')) {
    protest.push(...arrests.map((c) => recoded(c, 'intervention', 'Protests', 'Protest with intervention', 0.85)));
    const rest = families.get('strategic')!.filter((c) => !arrests.includes(c));
    if (rest.length > 0) families.set('strategic', rest);
    else families.delete('strategic');
  }
  if (families.has('riot') || destruction.length > 0) {
    const violent = families.get('riot') ?? destruction;
    const riot = recoded(violent[0]!, 'riot', 'Riots', 'Violent demonstration', 1);
    families.set('riot', [riot, ...protest, ...violent]);
    for (const f of ['protest', 'strategic', 'violence']) families.delete(f);
  }
}

/** Whether "another" (« un autre », 'آخر') stands within two words of a killing: the one killed is not one of those abducted. */
function killedAnother(a: Analysis, killing: EventCue, lexicon: EventLexicon): boolean {
  const after = wordsBetween(a, killing.span.end, killing.span.end + RESISTING_CHARS);
  return lexicon.another.occursIn(after.slice(0, 2)) || lexicon.another.occursIn(wordsBefore(a, killing.span.start, 2)) || lexicon.resisting.occursIn(after.slice(0, RESISTING_WORDS));
}

/**
 * How many words before an act the words of a grievance may stand, in its clause (« pour dénoncer la
 * recrudescence des enlèvements et des | vols de bétail »; not « pour dénoncer son arrestation, ils ont | incendié »).
 */
const GRIEVANCE_WORDS = 9;

/** The words after the last pause (a comma, a full stop) among them. */
function sinceLastPause(words: Token[]): Token[] {
  for (let k = words.length - 1; k > 0; k--) if (words[k]!.pause) return words.slice(k);
  return words;
}

/** How far after a killing what the person killed was doing may be told ("a man who tried to flee"). */
const RESISTING_WORDS = 6;
const RESISTING_CHARS = 80;

/** Whether words asking for someone's release (« la libération de », 'الإفراج') stand in the words before an arrest. */
function releaseAsked(a: Analysis, arrest: EventCue, lexicon: EventLexicon): boolean {
  return lexicon.release.occursIn(wordsBefore(a, arrest.span.start, RELEASE_WORDS));
}

/** How many words before an arrest the words asking for a release may stand. */
const RELEASE_WORDS = 20;

/**
 * A trigger read as another kind of act, made as `findEventCues` makes every cue (the same fields in
 * the same order), not spread ({ ...c, kind }): a spread copy is an object of another shape, and the
 * functions reading cues were recompiled for it.
 */
function recoded(c: EventCue, kind: CueKind, eventType: EventType, subEventType: string, score: number): EventCue {
  return { claimed: c.claimed, context: c.context, declared: c.declared, shots: c.shots, found: c.found, span: c.span, sentence: c.sentence, kind, eventType, subEventType, score };
}

/** How precise each kind of place is: towns first, then administrative units, smallest first. */
const RANK = { place: 0, admin3: 1, admin2: 2, admin1: 3, country: 4 } as const;

/** Towns when the sentence names any; otherwise its administrative units, smallest first. */
function mostPrecise(places: PlaceMention[]): PlaceMention[] {
  let best = Infinity;
  for (const p of places) if (RANK[p.kind] < best) best = RANK[p.kind];
  const out: PlaceMention[] = [];
  for (const p of places) if (RANK[p.kind] === best && !hasPlace(out, p.placeId)) out.push(p);
  return out;
}

function hasPlace(places: PlaceMention[], placeId: number): boolean {
  for (const p of places) if (p.placeId === placeId) return true;
  return false;
}

/** The first mention of each place, in order. */
function distinctPlaces(places: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of places) if (!hasPlace(out, p.placeId)) out.push(p);
  return out;
}

/**
 * The trigger that decides an event's type: the most specific one, except that a bomb followed by a
 * firefight ("detonated a roadside bomb, then opened fire", "hit a roadside bomb and came under fire")
 * is a battle the bomb opened, as ACLED codes it.
 */
function decidingCue(cues: EventCue[]): EventCue {
  const best = cues.reduce((x, c) => (c.score > x.score ? c : x));
  const clash = cues.find((c) => c.kind === 'clash' || c.shots === true);
  return best.subEventType === IED && clash ? clash : best;
}

/**
 * The sentences that sum up a stretch of time and name no day ("Several foreigners have been
 * abducted in Niger this year, including in the Agadez and Dosso regions", "ces derniers mois, les
 * habitants dénoncent la multiplication des enlèvements"), or that name a year before the report's
 * and no day ("après les affrontements de 2022"): a trend or the past recalled, not an event; and
 * those that tell what is yet to come, whatever day they name.
 */
export function trendSentences(a: Analysis, lexicon: EventLexicon): Set<number> {
  const { periods, sequel, future, attribution } = lexicon;
  const trends = new Set<number>();
  const sentenceOf = (m: PhraseMatch<unknown>) => sentenceAt(a.sentences, a.norm.toOriginal[a.tokens[m.start]!.start]!);
  // Periods, and commentary ("ويقول محللون إن الجماعات المسلحة تستغل الفراغ"), which weighs the situation as a trend does.
  for (const m of periods.matchAll(a.tokens)) trends.add(sentenceOf(m));
  // "ويأتي الهجوم بعد نحو شهر من الهجمات ...", « intervient deux semaines après celle de Toumour »: an earlier act recalled.
  const opened = new Set<number>();
  for (const m of sequel.matchAll(a.tokens)) {
    const sentence = sentenceOf(m);
    if (m.value !== 'after') opened.add(sentence);
    if (m.value !== 'opener' && opened.has(sentence)) trends.add(sentence);
  }
  // A year before publication's, alone ("les affrontements de 2022", "since 1982"), recalls the past.
  const published = a.doc.published ? Number(a.doc.published.slice(0, 4)) : NaN;
  if (published > 0) {
    for (let k = 0; k < a.tokens.length; k++) {
      const t = a.tokens[k]!;
      if (t.text.length !== 4 || !YEAR.test(t.text)) continue;
      // "the 2012 coup": a year that qualifies a noun after an article dates that noun, not the sentence.
      if (k > 0 && YEAR_ARTICLES.has(a.tokens[k - 1]!.text)) continue;
      const year = Number(t.text);
      if (year >= 1960 && year < published) trends.add(sentenceAt(a.sentences, a.norm.toOriginal[t.start]!));
    }
  }
  // A day names the act, unless it is the day a report or statement came out ("في تقرير نشرته أمس الثلاثاء").
  // Nor the day a stretch of time began ("mène depuis le 13 mars une vaste opération", "since 13 March").
  for (const d of a.dates) if (d.timePrecision === 1 && !isSpokenDate(a, d, attribution) && !startsPeriod(a, d, lexicon.standing.since)) trends.delete(d.sentence);
  // "A similar protest is planned in Nouakchott next week": not yet happened, whatever day it names.
  for (const m of future.matchAll(a.tokens)) trends.add(sentenceOf(m));
  // A section the report heads as background ("Background:", « Contexte : », 'خلفية:') tells no news.
  const background = BACKGROUND_HEADER.exec(a.doc.text);
  if (background) for (let k = 0; k < a.sentences.length; k++) if (a.sentences[k]!.start >= background.index) trends.add(k);
  return trends;
}

/** A line that heads a background section. */
const BACKGROUND_HEADER = /^[ \t]*(?:background|context|contexte|rappel|خلفية|السياق)[ \t]*:?[ \t]*$/imu;

const YEAR = /^(19|20)\d\d$/;
const TRANSFER = 'Non-violent transfer of territory';
/** Act nouns in the plural: attacks, killings, kidnappings (as written, any proclitic or article before). */
const PLURAL_ACTS = /^(?:\S*هجمات|attacks|killings|kidnappings|abductions|attaques|enlèvements|tueries|exactions)$/iu;
/** Articles before a year that qualifies a noun ("the 2012 coup"). */
const YEAR_ARTICLES: ReadonlySet<string> = new Set(['the', 'its', 'their']);

/**
 * The triggers that name the report's act again as a sequel's subject ("ويأتي الانفجار بعد يوم
 * واحد من توقيف الجيش المالي، أمس الثلاثاء، ١٢ تاجرا", « L'explosion intervient au lendemain de
 * l'arrestation, mardi, de douze commerçants »): told already, they are not this sentence's act;
 * the act after the "after" word is, when the sentence gives it a day of its own (trendSentences).
 * Arabic puts the subject between the opener and the "after" word, French and English just before the opener.
 */
function actsToldBack(a: Analysis, sequel: PhraseIndex<Sequel>): Set<EventCue> {
  const out = new Set<EventCue>();
  let opener: PhraseMatch<Sequel> | null = null;
  for (const m of sequel.matchAll(a.tokens)) {
    if (m.value === 'opener') opener = m;
    else if (m.value === 'after' && opener !== null) {
      const first = a.lang === 'ar' ? opener.end : Math.max(0, opener.start - SUBJECT_WORDS);
      const last = a.lang === 'ar' ? m.start : opener.start;
      const sentence = a.sentences[sentenceAt(a.sentences, a.norm.toOriginal[a.tokens[m.start]!.start]!)]!;
      const from = Math.max(sentence.start, a.norm.toOriginal[a.tokens[first]!.start]!);
      const to = a.norm.toOriginal[a.tokens[last]!.start]!;
      if (to > from) for (const c of a.cues) if (c.span.start >= from && c.span.end <= to) out.add(c);
      opener = null;
    }
  }
  return out;
}

/** How many words before a French or English sequel's verb its subject may take ("Cette nouvelle attaque | intervient"). */
const SUBJECT_WORDS = 3;

/** Whether a 'since' word ends at most two words before a date ("depuis le | 13 mars", "since | 13 March", "منذ | 13 مارس"). */
function startsPeriod(a: Analysis, d: DateMention, since: PhraseIndex<unknown>): boolean {
  return since.occursIn(wordsBefore(a, d.span.start, 2));
}

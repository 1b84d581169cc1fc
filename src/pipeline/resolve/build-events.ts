import type { Analysis, CodedEvent, DateMention, EventCue, Evidence, FigureMention, PlaceMention, Span } from '../types.ts';
import type { EventLexicon } from '../events/event.lexicon.ts';
import { decide, type Decision, type EventTypeModel } from '../events/event.classifier.ts';
import { eventFeatures } from '../events/event.features.ts';
import { eventPlaces } from './event.places.ts';
import { hasHeadline, summaryItems } from './headline.ts';
import { findCandidates, familyOf, sentenceHolds, trendSentences, type Candidate, type Clause } from './event.candidates.ts';
import { choose, chooseRoles, nameOn, reportActors, severalPlaces, type ChosenActor, type ReportActors } from './actor.roles.ts';
import { chooseDate, reportDates, STATEMENT, type ReportDates } from './event.date.ts';
import { STATE } from './actor.grammar.ts';
import { countFatalities, demonstrationSubType, EXCESSIVE_FORCE, toClaims } from './fatalities.ts';
import { mergeEvents, type CodedCandidate } from './merge.ts';
import { isAnalysis, newsOfAnalysis } from './analysis.ts';
import { withoutBackground } from './background.ts';
import { countryName } from './countries.ts';
import { withoutStandingSieges } from './standing.ts';
import { sentenceAt } from '../text/spans.ts';
import { namesClaimant } from './actor.grammar.ts';
import { crowdBurnsForce, crowdInFight, defendersOf, fightBothJoin, fitsSides, inFightClause, targetOf } from './event.sides.ts';

/**
 * How sure the event-type classifier must be to overrule the trigger-word rules. Chosen by 5-fold
 * cross-validation on ACLED's notes and checked on the dev reports (data/models/README.md): above
 * 0.7 it gains sub-types on ACLED and loses none on dev.
 */
const CLASSIFIER_OVERRULES = 0.7;
const GENERAL_TRIGGERS: ReadonlySet<string> = new Set(['attack', 'clash', 'killing']);

/**
 * The solver: turns the scored mentions of one report into coded events.
 *
 *   1. places that can be where an event happened (not countries, not "Timbuktu Institute", not Keïta)
 *   2. candidates: each family of triggers in a sentence × each place of that sentence
 *   3. for each: date, actors (who did what to whom), fatalities and claims, with the words behind each
 *   4. candidates describing one event (same kind, place and day) merge
 *   5. events retold as background (weeks before the report's own news) go
 */
export function buildEvents(analysis: Analysis, lexicon: EventLexicon, classifier: EventTypeModel): CodedEvent[] {
  // Every event has a trigger: a report with none has no event, whatever its places.
  if (analysis.cues.length === 0) return [];
  const a0 = withoutStandingSieges(analysis, lexicon);
  if (a0.cues.length === 0) return [];
  const trends = trendSentences(a0, lexicon);
  const places = eventPlaces(a0, lexicon, trends);
  const candidates = findCandidates(a0, places, trends, lexicon);
  if (candidates.length === 0) return [];
  const a = withTotals(a0, candidates);
  // The families of triggers each sentence's candidates belong to (see figuresFor).
  const families = new Map<number, Set<string>>();
  for (const c of candidates) {
    const here = families.get(c.sentence);
    if (here) here.add(familyOf(c.cue.kind));
    else families.set(c.sentence, new Set([familyOf(c.cue.kind)]));
  }
  const loose: FigureMention[] = [];
  // A trend's figures ("hundreds of civilians killed since 2022") count for no event.
  for (const f of a.figures) if (!families.has(f.sentence) && !trends.has(f.sentence)) loose.push(f);
  const single = oneEventTold(candidates, a.dates);
  const following = single ? null : figuresFollowing(candidates, loose, a.figures, places, a.cues);
  const tollFollowing = single ? null : figuresFollowing(candidates, loose, a.figures, places, a.cues, TOLL_WITHIN);
  const acts = candidates.map((c) => ({ sentence: c.sentence, place: c.place.placeId }));
  const report: Report = { dates: reportDates(a, lexicon), actors: reportActors(a, lexicon, trends, false, acts), decisions: new Map(), vanished: disappearanceTold(a, candidates, lexicon) };
  const untold = unclaimedReport(a, trends, lexicon, report);
  const events: CodedCandidate[] = [];
  const headline = hasHeadline(a);
  for (const c of candidates) {
    const figures = figuresFor(c, families.get(c.sentence)!, a.figures, headline, families);
    const after = following?.get(c.sentence);
    // An abduction's own dead, told after it ("Un vigile malien qui tentait de s'interposer a été abattu"), are its toll.
    if (after && hasToll(c)) figures.push(...after);
    // A zero told three sentences on ("No casualties were reported", after the next act) is another act's.
    const farther = hasToll(c) ? (tollFollowing?.get(c.sentence)?.filter((f) => !after?.includes(f) && f.value > 0) ?? []) : [];
    const event = codeCandidate(c, a, lexicon, classifier, untold?.covers(c, candidates) ? untold.report : report, figures, loose, single, farther);
    if (event !== null) events.push(event);
  }
  const told = withoutBackground(mergeEvents(events, hasHeadline(a), summaryItems(a)), a.doc.published);
  return isAnalysis(a, lexicon) ? newsOfAnalysis(told, a.doc.published) : told;
}

/**
 * The analysis with the totals over several acts marked (`total`): a toll told before the acts it
 * sums up, in a sentence that names a fight on the ground and a strike from afar ("قُتل ٣٤ شخصا … في
 * هجوم على موقع للجيش … وفي ضربة جوية", "15 killed in an attack on a village and a bombing of the
 * reinforcements"), when the report codes acts of both kinds in other sentences. Each act's own toll
 * is told with it; the total stays a claim.
 */
function withTotals(a: Analysis, candidates: Candidate[]): Analysis {
  // A sentence with a strike from afar tells one, whatever else it names; one with a fight and no strike, a fight.
  const remoteAt = (s: number) => a.cues.some((k) => k.sentence === s && k.kind === 'remote');
  const groundAt = (s: number) => !remoteAt(s) && a.cues.some((k) => k.sentence === s && (k.kind === 'clash' || k.kind === 'attack'));
  const elsewhere = (kind: 'ground' | 'remote', s: number) => candidates.some((c) => c.sentence !== s && hasToll(c) && (kind === 'remote' ? remoteAt : groundAt)(c.sentence));
  let figures: FigureMention[] | null = null;
  for (let i = 0; i < a.figures.length; i++) {
    const f = a.figures[i]!;
    if (f.kind !== 'killed' || !sumsActs(a.cues, f) || !elsewhere('ground', f.sentence) || !elsewhere('remote', f.sentence)) continue;
    figures ??= [...a.figures];
    figures[i] = { ...f, total: true };
  }
  if (figures === null) return a;
  return {
    doc: a.doc, lang: a.lang, norm: a.norm, tokens: a.tokens, sentences: a.sentences,
    places: a.places, actors: a.actors, cues: a.cues, dates: a.dates, figures, events: a.events, warnings: a.warnings,
  };
}

/**
 * Whether a figure is told before the words of a fight on the ground and, after them, of a strike from
 * afar, in its sentence ("… في هجوم على موقع للجيش … وفي ضربة جوية"; not "killed when an IED | targeted their vehicle").
 */
function sumsActs(cues: EventCue[], f: FigureMention): boolean {
  let ground = Infinity;
  for (const k of cues) if (k.sentence === f.sentence && k.span.start >= f.span.end && (k.kind === 'clash' || k.kind === 'attack')) ground = Math.min(ground, k.span.start);
  return cues.some((k) => k.sentence === f.sentence && k.kind === 'remote' && k.span.start > ground);
}

/**
 * A report that says an act went unclaimed ("Aucune revendication n'a été enregistrée", 'لم تتبن أي
 * جهة'): the groups it names as active nearby are not that act's author. When the report names who
 * claimed another act ("L'attaque a été revendiquée dimanche par le GSIM"), the words cover only the
 * act told last before them; otherwise every act of the report.
 */
function unclaimedReport(a: Analysis, trends: ReadonlySet<number>, lexicon: EventLexicon, told: Report) {
  const said = lexicon.unclaimed.matchAll(a.tokens).map((m) => sentenceAt(a.sentences, a.norm.toOriginal[a.tokens[m.start]!.start]!));
  if (said.length === 0) return null;
  const report: Report = { ...told, actors: reportActors(a, lexicon, trends, true, told.actors.acts) };
  if (!namesClaimant(a)) return { report, covers: () => true };
  // The act told last at or before the words: no other act's sentence comes between.
  const covers = (c: Candidate, all: Candidate[]) => said.some((u) => c.sentence <= u && !all.some((o) => o.sentence > c.sentence && o.sentence <= u));
  return { report, covers };
}

/**
 * The dead of an act a report first names as another's cause ("marched to denounce the killing of six
 * Fulani herders"), for the act told later with no number of its own ("The herders were shot dead on
 * Wednesday"): the one such figure whose people the act's sentence names.
 */
function deadNamedBack(a: Analysis, c: Candidate, family: string, own: FigureMention[]): FigureMention[] {
  if (family !== 'violence' || own.some((f) => f.kind === 'killed' && !f.cause)) return [];
  const causes = a.figures.filter((f) => f.kind === 'killed' && f.cause && f.sentence < c.sentence);
  if (causes.length !== 1) return [];
  const people = lastWord(causes[0]!.span.text);
  const sentence = a.sentences[c.sentence];
  if (!people || !sentence || !new RegExp(`\\b${people}\\b`, 'iu').test(sentence.text)) return [];
  return [{ ...causes[0]!, cause: undefined }];
}

/** A span's last word, letters only: the people a figure counts ("six Fulani herders" → herders). */
function lastWord(text: string): string | null {
  const m = /(\p{L}{4,})[^\p{L}]*$/u.exec(text);
  return m ? m[1]! : null;
}

/**
 * Whether a report that tells one arrest says, with the words of an arrest anywhere, that the people
 * taken were not seen again: the lead ("the next day detained six men at a market in a nearby village;
 * they have not been seen since") and the body's arrest at its place are one act, a disappearance.
 */
function disappearanceTold(a: Analysis, candidates: Candidate[], lexicon: EventLexicon): boolean {
  const arrested = new Set<number>();
  for (const c of candidates) if (c.cue.subEventType === 'Arrests') arrested.add(c.place.placeId);
  return arrested.size === 1 && a.cues.some((k) => k.subEventType === 'Arrests' && vanishedAfter(a, k.sentence, lexicon));
}

/**
 * Whether the words that people taken were not seen again stand in a sentence or the two after it
 * (lexicon.vanished): "detained three herders … Relatives said the soldiers seized the men at a water
 * point … They have not been heard from since."
 */
function vanishedAfter(a: Analysis, sentence: number, lexicon: EventLexicon): boolean {
  for (let s = sentence; s <= sentence + 2 && s < a.sentences.length; s++) if (sentenceHolds(a, s, lexicon.vanished)) return true;
  return false;
}

/**
 * Whether every candidate is of one family of triggers at one place: the report tells one event. Not
 * when two acts of other kinds are told on other days (a town retaken on Sunday, « le lendemain
 * lundi » a mine on the road out of it).
 */
function oneEventTold(candidates: Candidate[], dates: DateMention[]): boolean {
  const first = candidates[0]!;
  const family = familyOf(first.cue.kind);
  for (const c of candidates) if (c.place.placeId !== first.place.placeId || familyOf(c.cue.kind) !== family) return false;
  const daysOf = (c: Candidate) => dates.filter((d) => d.sentence === c.sentence).map((d) => d.date);
  for (const c of candidates) {
    if (c.cue.kind === first.cue.kind) continue;
    const [mine, theirs] = [daysOf(c), daysOf(first)];
    if (mine.length > 0 && theirs.length > 0 && !mine.some((d) => theirs.includes(d))) return false;
  }
  return true;
}

/** What every candidate of a report reads the same way: worked out once per report. */
interface Report {
  dates: ReportDates;
  actors: ReportActors;
  /** The classifier's reading of each trigger: the same for every place its sentence names (see classify). */
  decisions: Map<EventCue, Decision>;
  /** The report's one arrest is a disappearance, told so in another sentence (see disappearanceTold). */
  vanished: boolean;
}

/** The classifier's decision for a candidate's trigger, made once per trigger of the report. */
function classify(c: Candidate, a: Analysis, classifier: EventTypeModel, report: Report): Decision {
  let decision = report.decisions.get(c.cue);
  if (decision === undefined) report.decisions.set(c.cue, (decision = decide(eventFeatures(a, c.sentence, c.cue), classifier)));
  return decision;
}

/** Adds the words of a span as the evidence of each field. */
function cite(evidence: Evidence[], fields: readonly string[], span: Span | null | undefined): void {
  if (span) for (const field of fields) evidence.push({ field, start: span.start, end: span.end, text: span.text });
}

// The fields each part of a candidate is evidence of.
const TYPE_FIELDS = ['event_type', 'sub_event_type'] as const;
const SUB_TYPE_FIELDS = ['sub_event_type'] as const;
const DATE_FIELDS = ['event_date', 'time_precision'] as const;
const ACTOR1_FIELDS = ['actor1'] as const;
const ACTOR2_FIELDS = ['actor2'] as const;
const PLACE_FIELDS = ['location', 'latitude', 'longitude', 'geo_precision', 'admin1', 'admin2', 'country'] as const;

/**
 * The figures of a candidate's sentence that fit its kind (an abduction takes the abducted; violence
 * the rest). A toll that repeats one told in an earlier sentence ("The massacre, in which 30 people
 * died, prompted a march", « Cette attaque, qui a fait douze morts, a provoqué une marche ») is
 * that act's, told again: it is not the toll of a protest or other non-violent event beside it.
 */
function figuresFor(c: Candidate, families: Set<string>, figures: FigureMention[], headline: boolean, sentenceFamilies: ReadonlyMap<number, Set<string>>): FigureMention[] {
  const family = familyOf(c.cue.kind);
  const abduction = families.size <= 1 ? null : family === 'abduction';
  const here: FigureMention[] = [];
  for (const f of figures) {
    if (f.sentence !== c.sentence || (abduction !== null && (f.kind === 'abducted') !== abduction) || inClauses(f.span.start, c.otherClauses)) continue;
    if (family !== 'violence' && f.kind === 'killed' && (toldBefore(f, figures, headline) || toldByViolence(f, figures, sentenceFamilies))) continue;
    here.push(f);
  }
  return here;
}

function inClauses(at: number, clauses: readonly Clause[]): boolean {
  for (const [start, end] of clauses) if (at >= start && at < end) return true;
  return false;
}

/**
 * In a report of several events, the loose figures told right after one violent act, by the
 * sentence of that act: "The post of Tassara was attacked. The provisional toll: two soldiers lost
 * their lives..." A figure goes to the last sentence with events before it, at most two sentences
 * back, when that sentence's events are violence at one place, and when the figure's own sentence
 * names no other place ("JNIM claimed the attack on Diapaga, saying it killed 30 soldiers" does not
 * tell the toll of the air strike near Tansarga told before it). A lead that tells an act before any
 * sentence places one gives its figures to the next sentence with events, at most two on.
 */
function figuresFollowing(candidates: Candidate[], loose: FigureMention[], figures: FigureMention[], places: PlaceMention[], cues: EventCue[], within = 2): Map<number, FigureMention[]> {
  const out = new Map<number, FigureMention[]>();
  for (const f of loose) {
    // The last act with a toll told before the figure: a siege word in between at the same place
    // (« Les assaillants ont encerclé le village ») does not take the fight's dead.
    let last = -1;
    let named = -1;
    for (const c of candidates) if (c.sentence < f.sentence && c.sentence > last && hasToll(c)) last = c.sentence;
    // A lead that tells the act before any sentence places it ("Islamist militants attacked a
    // gendarmerie post on Sunday, killing four gendarmes ... The attack in Mangodara ..."): its
    // figures are those of the act the next sentence places.
    if (last < 0 && cues.some((k) => k.sentence === f.sentence && familyOf(k.kind) === 'violence')) {
      last = Infinity;
      for (const c of candidates) if (c.sentence > f.sentence && c.sentence < last) last = c.sentence;
      if (last === Infinity || last - f.sentence > 2) continue;
      // "… repelled an attack and follow-up air strikes killed dozens of militants": the act of the
      // kind the words before the figure name, when the next act is of the other kind.
      const kind = kindBefore(cues, f);
      if (kind !== null && actKind(cues, last, false) !== kind) {
        named = candidates.find((c) => c.sentence > last && c.sentence - f.sentence <= LEAD_ACTS && hasToll(c) && actKind(cues, c.sentence, false) === kind)?.sentence ?? -1;
        if (named >= 0) last = named;
      }
      // "… and the militants later executed five villagers", then "shot dead five men" at Bisso: a later act
      // that tells the same count again in its own sentence is the one the lead told.
      if (candidates.some((c) => c.sentence > f.sentence && c.sentence !== last && hasToll(c) && figures.some((g) => g !== f && g.sentence === c.sentence && g.kind === f.kind && g.value === f.value))) continue;
    } else {
      named = last >= 0 ? actNamed(candidates, cues, f.sentence, last) : -1;
      if (named >= 0) last = named;
      else if (last < 0 || f.sentence - last > within) continue;
    }
    const there = candidates.filter((c) => c.sentence === last);
    if (!there.every((c) => hasToll(c) && c.place.placeId === there[0]!.place.placeId)) continue;
    // Acts told in between take the figure, unless its sentence named the act it passes them for.
    if (named < 0 && candidates.some((c) => c.sentence > last && c.sentence < f.sentence && c.place.placeId !== there[0]!.place.placeId)) continue;
    if (places.some((p) => p.sentence === f.sentence && p.placeId !== there[0]!.place.placeId)) continue;
    const list = out.get(last);
    if (list) list.push(f);
    else out.set(last, [f]);
  }
  return out;
}

/**
 * The act a figure's sentence names by its kind ("The Islamic State claimed the ambush, saying it had
 * killed 25 soldiers", told after the next day's drone strike; 'أعلن التنظيم مسؤوليته عن الهجوم'):
 * the last act before it of the kind the sentence names, when the act told last is of the other kind
 * (a fight on the ground, a strike from afar); -1 when there is no such act, or nothing to choose.
 */
function actNamed(candidates: Candidate[], cues: EventCue[], sentence: number, last: number): number {
  const named = actKind(cues, sentence, true);
  const told = actKind(cues, last, false);
  if (named === null || told === null || named === told) return -1;
  let found = -1;
  for (const c of candidates) if (c.sentence < sentence && c.sentence > found && hasToll(c) && actKind(cues, c.sentence, false) === named) found = c.sentence;
  return found;
}

/** How many sentences after a lead the act its figure names may be told. */
const LEAD_ACTS = 4;

/** The kind of act the cue nearest before a figure in its sentence names (a killing names none). */
function kindBefore(cues: EventCue[], f: FigureMention): 'ground' | 'remote' | null {
  let nearest: EventCue | null = null;
  for (const k of cues) {
    if (k.sentence !== f.sentence || k.span.start >= f.span.start || familyOf(k.kind) !== 'violence' || k.kind === 'killing') continue;
    if (!nearest || k.span.start > nearest.span.start) nearest = k;
  }
  return nearest === null ? null : nearest.kind === 'remote' ? 'remote' : 'ground';
}

/**
 * The one kind of act a sentence's cues name, if they name one: a strike from afar ("drone strike",
 * « kamikaze », with or without the words of its target) or a fight on the ground ("ambush", « affrontements »,
 * an attack). A figure's sentence names an attack only as what a group claimed ("claimed the attack"):
 * otherwise "the attack" may be any act, a suicide bombing too.
 */
function actKind(cues: EventCue[], sentence: number, figure: boolean): 'ground' | 'remote' | null {
  let remote = false;
  let strike = false;
  let clash = false;
  let attack = false;
  for (const k of cues) {
    if (k.sentence !== sentence) continue;
    if (k.kind === 'remote') {
      remote = true;
      strike ||= k.subEventType === 'Air/drone strike';
    }
    else if (k.kind === 'clash') clash = true;
    else if (k.kind === 'attack' && (!figure || k.claimed)) attack = true;
  }
  // An act told last may be another's only when it is an air strike: a group may be said to have
  // carried out an attack and a suicide bombing or a mine, not the army's strike.
  if (remote) return clash || (!figure && !strike) ? null : 'remote';
  return clash || attack ? 'ground' : null;
}

/**
 * How many sentences after an act its dead may still be told ("L'assaut a été repoussé. Le bilan fait
 * état de deux soldats tombés. Côté ennemi, onze terroristes ont été abattus"): counted in its toll, but
 * too far to say who fought whom.
 */
const TOLL_WITHIN = 3;

/** Whether an actor is a state's forces ("Military Forces of Mali") outside that state. */
function forcesAbroad(actor: string, country: string): boolean {
  const state = STATE_FORCES.exec(actor)?.[1];
  return state !== undefined && state !== country;
}

const STATE_FORCES = /^(?:Military|Police) Forces of ([^(]+?)(?: \(|$)/;

/** Whether a candidate's act can have dead of its own told after it: violence, or an abduction (those shot while it was done). */
function hasToll(c: Candidate): boolean {
  const family = familyOf(c.cue.kind);
  return family === 'violence' || family === 'abduction';
}

/**
 * Whether an earlier sentence gives the same toll (not as a cause): the figure tells it again.
 * Dead protesters are a protest's own toll, however often told ("police killed two protesters on
 * Monday ...; on Tuesday they fired on marchers, killing two").
 */
function toldBefore(f: FigureMention, figures: FigureMention[], headline: boolean): boolean {
  if (f.victim === 'protesters') return false;
  for (const g of figures) {
    // A headline's toll that names no one ("deux morts lors d'une marche à Famessasso") is the same act's, told first.
    if (headline && g.sentence === 0 && g.victim === null) continue;
    if (g.sentence < f.sentence && g.kind === 'killed' && g.value === f.value && !g.cause && g.victim !== 'protesters') return true;
  }
  return false;
}

/**
 * Whether a later sentence that tells an act of violence gives the same toll: a demonstration's
 * sentence that names the killing it answers ("blocked a national road ... after gunmen killed five
 * civilians there over the weekend") does not make those dead its own when the attack is told on
 * ("unidentified gunmen shot dead five men"). Dead protesters stay the protest's, and so does one
 * death, which a riot's report often tells twice ("a young man was killed ... shot dead by police").
 */
function toldByViolence(f: FigureMention, figures: FigureMention[], families: ReadonlyMap<number, Set<string>>): boolean {
  if (f.victim === 'protesters' || f.value < 2) return false;
  return figures.some((g) => g.sentence > f.sentence && g.kind === 'killed' && g.value === f.value && families.get(g.sentence)?.has('violence') === true);
}

/**
 * The figures outside every act's sentence that a report's one act takes beside its own: not a
 * stated zero when its own sentence counts dead ("Trois civils ont été tués par des obus ... Il y a
 * trois jours, des tirs similaires avaient visé l'aéroport sans faire de victimes": the zero is the
 * recalled act's).
 */
function looseBeside(loose: FigureMention[], own: FigureMention[]): FigureMention[] {
  if (!own.some((f) => f.kind === 'killed' && f.value > 0)) return loose;
  return loose.filter((f) => !(f.kind === 'killed' && f.value === 0));
}

function triggerStarts(cues: EventCue[]): number[] {
  const starts: number[] = [];
  for (const k of cues) starts.push(k.span.start);
  return starts;
}

function codeCandidate(
  c: Candidate,
  a: Analysis,
  lexicon: EventLexicon,
  classifier: EventTypeModel,
  report: Report,
  figures: FigureMention[],
  loose: FigureMention[],
  single: boolean,
  farther: FigureMention[] = [],
): CodedCandidate | null {
  const when = chooseDate(a, c.daySentence, triggerStarts(c.cues), report.dates, c.cue.subEventType === STATEMENT);
  if (!when) return null;
  const country = countryName(c.place.country);
  const family = familyOf(c.cue.kind);
  // A change of a group's activity (a siege declared, a threat made) kills no one: the dead of its
  // sentence are the attack's (ACLED codes all 41 of its Mali such events with 0 fatalities).
  const statement = c.cue.subEventType === STATEMENT;
  // Figures outside any event's sentence belong to the report's one event, or are claims about its violence.
  // An act whose own sentence says no one died ("… endommageant un véhicule, sans faire de victime") takes no other sentence's dead.
  const noneDied = figures.some((f) => f.kind === 'killed' && f.value === 0) && !figures.some((f) => f.kind === 'killed' && f.value > 0);
  const own = statement ? [] : single && !noneDied ? [...figures, ...looseBeside(loose, figures)] : figures;
  const told = statement ? own : [...own, ...farther, ...deadNamedBack(a, c, family, own)];
  const counted = countFatalities(told);
  const claimFigures = [...figures, ...(family === 'violence' ? loose : [])];
  const roles = chooseRoles(c, a, country, own, lexicon, report.actors);
  let { actor1 } = roles;
  if (!actor1) return null;
  // A change of a group's activity is coded on the group alone, as ACLED does: whom it threatens
  // is not a side of an event (37 of its 41 Mali such events).
  let actor2 = statement ? null : roles.actor2;
  let assoc2 = statement ? null : roles.assoc2;

  let eventType = c.cue.eventType;
  let sub = c.cue.subEventType;
  // "De violents affrontements ont opposé des orpailleurs à des éléments de la gendarmerie": people
  // who fight the security forces are rioters, as ACLED codes them, not a side of a battle.
  // So are people a state's forces at home fight in any fight both sides join (« des heurts entre des habitants de
  // Mountougoula, commune rurale du cercle de Kati, et les forces de l'ordre »), however the clause runs.
  const crowd = crowdInFight(a, c, actor1, actor2);
  if (crowd) actor1 = choose(crowd, country);
  const riot =
    actor2 !== null && ((actor1.inter === 1 && actor2.inter === 7) || (actor1.inter === 7 && actor2.inter === 1)) &&
    ((c.cue.kind === 'clash' && !c.cue.shots && inFightClause(a.doc.text, c.cue.span, actor1.span) && inFightClause(a.doc.text, c.cue.span, actor2.span)) ||
      ((c.cue.kind === 'clash' || c.cue.kind === 'attack') && c.cues.some(fightBothJoin)));
  const burnt = riot || statement ? null : crowdBurnsForce(a, c);
  if (riot) {
    const [force, crowd] = actor1.inter === 1 ? [actor1, actor2!] : [actor2!, actor1];
    actor1 = { name: `Rioters (${country})`, inter: 5, span: crowd.span };
    actor2 = force;
    eventType = 'Riots';
    sub = 'Violent demonstration';
  } else if (burnt) {
    actor1 = { name: `Rioters (${country})`, inter: 5, span: burnt.crowd.span };
    actor2 = choose(burnt.force, country);
    assoc2 = null;
    eventType = 'Riots';
    sub = 'Violent demonstration';
  } else if (c.cue.kind === 'territory') {
    // A town taken is a battle for it, whoever else the report names: a group took it from the
    // state, or the state took it back from a group (unidentified when none is named), as ACLED codes it.
    if (actor2 === null || actor2.inter === 7) {
      actor2 = STATE.has(actor1.inter) ? { name: `Unidentified Armed Group (${country})`, inter: 3, span: null } : { name: `Military Forces of ${country}`, inter: 1, span: null };
    }
  } else if (family === 'violence' && c.cue.kind !== 'remote') {
    // An attack is a battle between armed sides, or violence against civilians when the target is unarmed.
    if (actor2?.inter === 7 && c.cues.some(fightBothJoin)) {
      // "attacked the village ... Fulani youths returned fire", "were fought off by residents": the
      // people attacked fought back, a battle with their militia, as ACLED codes it.
      actor2 = defendersOf(actor2, roles.assoc2, c.place, country);
      assoc2 = null;
      eventType = 'Battles';
      sub = 'Armed clash';
    } else if (actor2?.inter === 7) {
      eventType = 'Violence against civilians';
      sub = 'Attack';
    } else {
      eventType = 'Battles';
      sub = 'Armed clash';
    }
  }
  // Who takes a town decides the sub-type: the state regains it, a group overtakes it.
  // A state's forces at home (inter 1) or abroad (8: "French troops regain control of Tessalit") regain it.
  if (c.cue.kind === 'territory') sub = STATE.has(actor1.inter) ? 'Government regains territory' : 'Non-state actor overtakes territory';
  if (family === 'protest' && sub === 'Peaceful protest' && c.dispersedBy) sub = 'Protest with intervention';
  if (family === 'protest') sub = demonstrationSubType(eventType, sub, counted.value);
  // Protesters killed by a force no one names in the protest's sentence ("Un élève a été tué par balle ... lors de la
  // dispersion d'une manifestation", the police named after): crowds are policed, so the police.
  if (sub === EXCESSIVE_FORCE && actor2 === null) actor2 = { name: `Police Forces of ${country}`, inter: 1, span: null };
  // "Malian soldiers crossed into southern Mauritania and detained five herders": people a state's
  // forces take in another country they entered uninvited are abducted, not arrested.
  if (sub === 'Arrests' && forcesAbroad(actor1.name, country) && sentenceHolds(a, c.sentence, lexicon.incursion)) {
    eventType = 'Violence against civilians';
    sub = 'Abduction/forced disappearance';
  }
  // The classifier trained on ACLED's coding overrules the rules only when it is confident, and only
  // where the trigger was a general one ("attack", "killed"): a named weapon or act is not second-guessed.
  if (!riot && GENERAL_TRIGGERS.has(c.cue.kind)) {
    const second = classify(c, a, classifier, report);
    if (second.probability > CLASSIFIER_OVERRULES && fitsSides(second.eventType, actor1, actor2, a, c, country, severalPlaces(report.actors))) {
      eventType = second.eventType;
      sub = second.subEventType;
    }
  }

  // "soldiers detained five men ..., who have not been seen since": a forced disappearance, not an arrest.
  if (sub === 'Arrests' && STATE.has(actor1.inter) && (report.vanished || vanishedAfter(a, c.sentence, lexicon))) {
    eventType = 'Violence against civilians';
    sub = 'Abduction/forced disappearance';
  }
  actor2 = targetOf(eventType, actor2, country);
  // A battle has two sides: a state's forces who fought no one the report names fought an unidentified armed group.
  if (eventType === 'Battles' && actor2 === null && STATE.has(actor1.inter)) actor2 = { name: `Unidentified Armed Group (${country})`, inter: 3, span: null };

  const evidence: Evidence[] = [];
  cite(evidence, TYPE_FIELDS, c.cue.span);
  for (const other of c.cues) if (other !== c.cue) cite(evidence, SUB_TYPE_FIELDS, other.span);
  if (sub !== c.cue.subEventType) cite(evidence, SUB_TYPE_FIELDS, c.dispersedBy?.span);
  cite(evidence, DATE_FIELDS, when.mention?.span);
  cite(evidence, ACTOR1_FIELDS, actor1.span);
  cite(evidence, ACTOR2_FIELDS, actor2?.span);
  cite(evidence, PLACE_FIELDS, c.place.span);

  const inter2 = actor2?.inter ?? null;
  const event: CodedEvent = {
    event_date: when.date,
    time_precision: when.timePrecision,
    event_type: eventType,
    sub_event_type: sub,
    actor1: nameOn(actor1, when.date, c.place.admin1),
    assoc_actor_1: null,
    inter1: actor1.inter,
    actor2: actor2 ? nameOn(actor2, when.date, c.place.admin1) : null,
    assoc_actor_2: assoc2,
    inter2,
    interaction: inter2 ? Math.min(actor1.inter, inter2) * 10 + Math.max(actor1.inter, inter2) : actor1.inter * 10,
    country,
    admin1: c.place.admin1,
    admin2: c.place.admin2,
    admin3: c.place.admin3,
    location: c.place.name,
    latitude: c.place.latitude,
    longitude: c.place.longitude,
    geo_precision: c.place.geoPrecision,
    fatalities: counted.value,
    evidence,
    claims: toClaims(claimFigures),
  };
  return { event, killedFigures: told, typeScore: c.cue.score, sentence: c.sentence, atUnit: c.place.kind !== 'place' };
}

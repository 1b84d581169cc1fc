import { readFileSync } from 'node:fs';
import type { Analysis, EventCue, PlaceMention, Token } from '../types.ts';
import type { EventLexicon, RouteWord } from '../events/event.lexicon.ts';
import { PhraseIndex } from '../text/phrase-index.ts';

import { normalise, normaliseTerm } from '../text/normalise.ts';
import { memo } from '../text/memo.ts';
import { spansOverlap } from '../text/spans.ts';
import { isDatelinePlace } from './dateline.ts';
import { Clauses } from './clauses.ts';
import { hasHeadline } from './headline.ts';
import { wordsBefore, wordsBetween } from './words.ts';
import { distanceKm } from '../../geo/distance.ts';

interface PeopleFile {
  titles: Record<string, string[]>;
  given_names: Record<string, string[]>;
}

let people: PhraseIndex<'person'> | null = null;
let givenNames: Set<string> | null = null;

/** Given names in Latin script ("Ousmane", "Amadou"): a village of that name followed by a surname is a person. */
function latinGivenNames(): Set<string> {
  if (givenNames) return givenNames;
  const data = JSON.parse(readFileSync(new URL('../../../data/lexicons/people.json', import.meta.url), 'utf8')) as PeopleFile;
  givenNames = new Set([...(data.given_names.fr ?? []), ...(data.given_names.en ?? [])].map(normaliseTerm));
  return givenNames;
}

function peopleIndex(): PhraseIndex<'person'> {
  if (people) return people;
  const data = JSON.parse(readFileSync(new URL('../../../data/lexicons/people.json', import.meta.url), 'utf8')) as PeopleFile;
  const words = [...Object.values(data.titles), ...Object.values(data.given_names)].flat();
  people = new PhraseIndex(words.map((phrase) => ({ phrase, value: 'person' as const })));
  return people;
}

/**
 * The place mentions that can be where an event happened, sentence by sentence.
 *
 * Left out: countries; towns inside an organisation's or a person's name ("معهد تومبوكتو",
 * "Ibrahim Boubacar Keïta") or an actor's ("Katiba Macina"); a region or district named as the
 * home of another place of the sentence ("Tiguila in Mondoro, Douentza"); a reference point
 * ("In-Khalil, near Tessalit"). Of what is left, the places of one list ("Diafarabé et Dioura",
 * "كاي ونيورو") are each an event's place: the first list after the sentence's first trigger,
 * else the last one before it.
 */
export function eventPlaces(a: Analysis, lexicon: EventLexicon, trends: ReadonlySet<number>): PlaceMention[] {
  // The five words before each place, read by several of the tests below.
  const before = new Map<PlaceMention, Token[]>();
  const usable: PlaceMention[] = [];
  // A name the report first gives a person ("Ousmane Sonko") is that person wherever it recurs
  // ("against Sonko"); a name first given a town ("مدينة كيتا") stays the town's ("موديبو كيتا" aside).
  const first = new Map<string, boolean>();
  for (const p of a.places) {
    if (p.kind === 'country' || overlapsActor(a, p)) continue;
    const words = wordsBefore(a, p.span.start, 5);
    before.set(p, words);
    const person = namesPerson(a, p, words);
    if (!first.has(p.span.text)) first.set(p.span.text, person);
    if (person) continue;
    if (!first.get(p.span.text) && !namesOrganisation(words, lexicon) && !isSeat(a, p, words, lexicon) && !isGivenName(a, p) && !isDatelinePlace(a.doc.text, p.span)) usable.push(p);
  }
  // A road's ends are where the event was only when the report names no other town, and then
  // only the first: "between Seytenga and Dori" is coded at Seytenga.
  const { ends: onRoads, farEnds, roads, asides } = roadEnds(a, usable, before, lexicon);
  // A town named in a sentence that sums up a stretch of time ("les régions de Ségou et Mopti connaissent depuis ...") is no scene.
  const elsewhere = townOffRoad(usable.filter((p) => !trends.has(p.sentence)), onRoads, roads);
  // The places kept, sentence by sentence in the order the report first names them there.
  const bySentence = new Map<number, PlaceMention[]>();
  // "Fajr Tuesday, an IED hit a vehicle on the road between Yourmi and Niafunké": an attack told in a
  // sentence that names no town off its road is still at the road's first end, whatever towns other
  // acts were at (roadAlone). Not a road that protesters blocked ("ont bloqué la route de Kayes").
  for (const usableP of usable) {
    if (elsewhere && !roadAlone(a, usableP, usable, onRoads, farEnds, roads) ? onRoads.includes(usableP) : farEnds.includes(usableP)) continue;
    // "les blessés ont été évacués vers l'hôpital de Bougouni": where people were taken, when the report names a scene, road ends included.
    if (asides.includes(usableP) && sceneBesides(usable, asides, usableP)) continue;
    // "between Seytenga and Dori" is near Seytenga, not in it (ACLED's geo_precision 2).
    const p = usableP.geoPrecision === 1 && roads.includes(usableP) ? nearBy(usableP) : usableP;
    const here = bySentence.get(p.sentence);
    if (here) here.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  const out: PlaceMention[] = [];
  for (const [sentence, places] of bySentence) {
    for (const p of placesOfSentence(a, places, firstCueOf(a, sentence), lexicon)) out.push(p);
  }
  return out;
}

/**
 * Whether a place is the first end of a road named by its two ends ("between Yourmi and Niafunké"; "the
 * road to Kayes" leads elsewhere) in a sentence whose act, not a gathering's, names no town off the
 * road on a day of its own (anotherDay).
 */
function roadAlone(a: Analysis, p: PlaceMention, usable: PlaceMention[], onRoads: PlaceMention[], farEnds: PlaceMention[], roads: PlaceMention[]): boolean {
  if (!roads.includes(p) || !farEnds.some((q) => q.sentence === p.sentence && q.span.start > p.span.start)) return false;
  const kind = firstCueOf(a, p.sentence)?.kind;
  if (kind === undefined || GATHERINGS.has(kind)) return false;
  return !townOffRoad(usable.filter((q) => q.sentence === p.sentence), onRoads, roads) && anotherDay(a, p.sentence, usable, onRoads, roads);
}

/**
 * Whether a place is named as a mission's seat ("L'ambassade de Chine à Bamako a confirmé
 * l'enlèvement", "the embassy in Niamey"): where it speaks from, not where the act was; unless
 * people gathered at it ("a sit-in in front of the Libyan Embassy in Bamako").
 */
function isSeat(a: Analysis, p: PlaceMention, words: Token[], lexicon: EventLexicon): boolean {
  if (!lexicon.seats.occursIn(words.slice(-SEAT_WORDS))) return false;
  const kind = firstCueOf(a, p.sentence)?.kind;
  return kind === undefined || !GATHERINGS.has(kind);
}

/** How many words before a place a mission's word may stand ("ambassade | de Chine à"). */
const SEAT_WORDS = 4;

/**
 * Whether a sentence names a day that no sentence naming a town off the roads names: its act is
 * another than theirs ("Monday ... near Kanèy. Fajr Tuesday, an IED ... on the road between Yourmi
 * and Niafunké"), not the same one placed by a second sentence ("ambushed a convoy between Timbuktu
 * and Gourma-Rharous on Sunday. The convoy was hit ... near Arbichi").
 */
function anotherDay(a: Analysis, sentence: number, usable: PlaceMention[], onRoads: PlaceMention[], roads: PlaceMention[]): boolean {
  const days = new Set<string>();
  for (const d of a.dates) if (d.sentence === sentence && d.timePrecision === 1) days.add(d.date);
  for (const q of usable) {
    if (q.sentence === sentence || q.kind !== 'place' || onRoads.includes(q) || roads.some((r) => r.placeId === q.placeId)) continue;
    const theirs = a.dates.filter((d) => d.sentence === q.sentence && d.timePrecision === 1);
    // The next sentence, telling an act at another town with no day of its own, tells the same act.
    if (theirs.length === 0 ? q.sentence === sentence + 1 && a.cues.some((k) => k.sentence === q.sentence) : theirs.some((d) => days.has(d.date))) return false;
  }
  return true;
}

/** Kinds of trigger of gatherings, whose roads are ones they blocked or marched on. */
const GATHERINGS: ReadonlySet<string> = new Set(['protest', 'riot', 'intervention']);

/** The mention with geo_precision 2, spelt out so that every mention has one shape. */
function nearBy(p: PlaceMention): PlaceMention {
  return {
    span: p.span, sentence: p.sentence, placeId: p.placeId, name: p.name, country: p.country, admin1: p.admin1, admin2: p.admin2, admin3: p.admin3,
    latitude: p.latitude, longitude: p.longitude, geoPrecision: 2, kind: p.kind, score: p.score,
  };
}

/** Whether a place's words are (part of) an actor's ("Katiba Macina"). */
function overlapsActor(a: Analysis, p: PlaceMention): boolean {
  for (const m of a.actors) if (spansOverlap(m.span, p.span)) return true;
  return false;
}

/**
 * Whether the report names a town that is not a road's end: a mention off the roads, of a town no
 * road's end names ("attaque entre Boni et Hombori ... à Boni" names Boni on the road too). A town
 * named where the wounded were treated ("المستشفى الإقليمي بكولدا") is not a road's end: Kolda,
 * the scene, is still off the road.
 */
function townOffRoad(places: PlaceMention[], onRoads: PlaceMention[], roads: PlaceMention[]): boolean {
  for (const p of places) {
    if (p.kind !== 'place' || onRoads.includes(p)) continue;
    let onRoad = false;
    for (const q of roads) if (q.placeId === p.placeId) onRoad = true;
    if (!onRoad) return true;
  }
  return false;
}

function firstCueOf(a: Analysis, sentence: number): EventCue | undefined {
  for (const c of a.cues) if (c.sentence === sentence) return c;
  return undefined;
}

function placesOfSentence(a: Analysis, places: PlaceMention[], cue: EventCue | undefined, lexicon: EventLexicon): PlaceMention[] {
  const sorted = places.length > 1 ? [...places].sort(byStart) : places;
  const named: PlaceMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    if (!isHomeOfAnother(a, p, sorted, lexicon) && !(i > 0 && isReference(a, sorted[i - 1]!, p, lexicon))) named.push(p);
  }
  // "dans le quartier de Carrefour, à Arafat (Nouakchott)": a quarter, or a place whose town is
  // named after it in brackets, is the town's part; the event is at the town.
  if (named.length > 1) {
    const parts = named.filter((p) => isQuarter(a, p, lexicon) || townInBrackets(a, p, named) !== null);
    if (parts.length > 0 && parts.length < named.length) for (const p of parts) named.splice(named.indexOf(p), 1);
  }
  const kept = named.length > 1 ? named.filter((p) => !isHomeOfLater(a, p, named, lexicon)) : named;
  const all = coordinatedLists(a, kept, lexicon);
  // "marched on Monday ..., two days after a protest in the garrison town of Kati turned violent":
  // the places of an act named back are that act's.
  const own = all.length > 1 ? all.filter((l) => !afterNamedBack(a, l[0]!)) : all;
  const lists = own.length > 0 ? own : all;
  if (lists.length <= 1 || !cue) return lists[0] ?? [];
  // A title line "nuit d'émeutes à Illéla, deux élèves tués lors d'une marche à Madaoua": a list of acts, each at its clause's towns.
  const listed = cue.sentence === 0 && hasHeadline(a) ? listsOfActs(a, lists, cue.sentence) : null;
  if (listed) return listed;
  // The first list after the trigger, else the last one before it.
  let lastBefore: PlaceMention[] | undefined;
  for (const l of lists) {
    if (l[0]!.span.start >= cue.span.end) return l;
    if (l[0]!.span.start < cue.span.start) lastBefore = l;
  }
  return lastBefore ?? lists[0]!;
}

const byStart = (x: PlaceMention, y: PlaceMention) => x.span.start - y.span.start;

/**
 * The towns of a title line that tells an act in each of several clauses, each clause with its own
 * list of towns and its own trigger; a label before a colon ("Tahoua :") left out. Null otherwise.
 */
function listsOfActs(a: Analysis, lists: PlaceMention[][], sentence: number): PlaceMention[] | null {
  const s = a.sentences[sentence];
  if (!s) return null;
  const clauses = new Clauses(a.doc.text, s);
  if (clauses.count === 1) return null;
  const withCues = new Set<number>();
  for (const c of a.cues) if (c.sentence === sentence) withCues.add(clauses.at(c.span.start));
  const seen = new Set<number>();
  const out: PlaceMention[] = [];
  for (const l of lists) {
    const k = clauses.at(l[0]!.span.start);
    if (!withCues.has(k)) {
      if (clauses.isLabel(k)) continue;
      return null;
    }
    if (seen.has(k)) return null;
    seen.add(k);
    out.push(...l);
  }
  return seen.size > 1 ? out : null;
}

/**
 * Whether a quarter word ends right before the place ("le quartier de | Carrefour", "حي | ..."),
 * or before a capitalised word of the quarter's name ("quartier Koira | Kano").
 */
function isQuarter(a: Analysis, p: PlaceMention, lexicon: EventLexicon): boolean {
  const before = wordsBefore(a, p.span.start, 4);
  const last = before[before.length - 1];
  const named = last !== undefined && /^\p{Lu}/u.test(a.doc.text[a.norm.toOriginal[last.start]!] ?? '');
  for (let i = 0; i < before.length; i++) {
    const end = lexicon.quarterWords.matchAt(before, i)?.end;
    if (end === before.length || (named && end === before.length - 1)) return true;
  }
  return false;
}

/** The town named in brackets right after p ("Arafat (Nouakchott)", "Tonou (Tondo Erkokoni)"), or null. */
function townInBrackets(a: Analysis, p: PlaceMention, places: PlaceMention[]): PlaceMention | null {
  const text = a.doc.text;
  let i = p.span.end;
  while (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x28) return null;
  for (const q of places) {
    if (q === p || q.span.start <= i || q.span.start > i + 3 || q.kind !== 'place') continue;
    let j = q.span.end;
    while (text.charCodeAt(j) === 0x20) j++;
    // "Arafat (Nouakchott)": a part of the town, or a homonym read far away. Between the two, two
    // neighbouring places ("Gama (Gawa)") may each be the one meant: both are kept.
    const km = distanceKm(p.latitude, p.longitude, q.latitude, q.longitude);
    if (text.charCodeAt(j) === 0x29 && (q.country !== p.country || km < PART_KM || km > BRACKET_KM)) return q;
  }
  return null;
}

/** Within this distance a place named in brackets after another is its town; beyond BRACKET_KM, the first was read as a far homonym. */
const PART_KM = 10;
const BRACKET_KM = 50;


/** Whether the trigger nearest before a place in its sentence names back an act told elsewhere ("after a protest in Kati"). */
function afterNamedBack(a: Analysis, p: PlaceMention): boolean {
  let nearest: EventCue | undefined;
  for (const c of a.cues) if (c.sentence === p.sentence && c.span.end <= p.span.start && (!nearest || c.span.start > nearest.span.start)) nearest = c;
  return nearest?.claimed === true;
}

/**
 * Whether p is named as the region, district or commune of a place just before it ("Tiguila in
 * Mondoro, Douentza"). Not when "and" joins them: "Kayes and Nioro" are two towns, though Nioro
 * lies in the Kayes region.
 */
function isHomeOfAnother(a: Analysis, p: PlaceMention, places: PlaceMention[], lexicon: EventLexicon): boolean {
  let name: string | undefined;
  let unitAfter: boolean | undefined;
  for (const q of places) {
    if (q.placeId === p.placeId || q.span.end > p.span.start) continue;
    const between = wordsBetween(a, q.span.end, p.span.start);
    // A place named as a unit ("dans le département d'Ayorou", "in Kita district") after a town of its
    // country is its home, though the gazetteer may file the town under another unit (Niger's
    // departments were redrawn) or under none.
    const named = () => between.some((w) => lexicon.unitWords.has(w.text)) || (unitAfter ??= unitWordAfter(a, p, lexicon) || unitWordOpens(a, p, lexicon));
    const unit = isUnitOf(q, (name ??= term(p.name))) || (q.kind === 'place' && q.country === p.country && named());
    if (unit && between.length <= 4 && !lexicon.conjunctions.occursIn(between)) return true;
  }
  return false;
}


/** Whether a unit word follows a place's name ("Kita district", "the Douentza circle"). */
function unitWordAfter(a: Analysis, p: PlaceMention, lexicon: EventLexicon): boolean {
  const next = wordsBetween(a, p.span.end, Math.min(a.doc.text.length, p.span.end + UNIT_WORD_CHARS))[0];
  return next !== undefined && lexicon.unitWords.has(next.text);
}

/** Whether a unit's mention opens on its unit word (« province des Balé »: the words matched hold it). */
function unitWordOpens(a: Analysis, p: PlaceMention, lexicon: EventLexicon): boolean {
  if (p.kind === 'place' || p.kind === 'country') return false;
  const first = wordsBetween(a, p.span.start, p.span.end)[0];
  return first !== undefined && lexicon.unitWords.has(first.text);
}

/** How far after a place's name its unit word may end ("Kita district"). */
const UNIT_WORD_CHARS = 16;

/**
 * Whether p is a unit named just before a place in it, as that place's home: "in the Segou region
 * between Niono and Diabaly", « dans le cercle de Bankass, à Ségué », 'في منطقة موبتي، قرب بانكاس'.
 * Not when "and" joins them ("in the Mopti region and in Ségou's Niono").
 */
function isHomeOfLater(a: Analysis, p: PlaceMention, places: PlaceMention[], lexicon: EventLexicon): boolean {
  if (p.kind === 'place' || p.kind === 'country') return false;
  let name: string | undefined;
  for (const q of places) {
    if (q.kind !== 'place' || q.span.start < p.span.end || !isUnitOf(q, (name ??= term(p.name)))) continue;
    const between = wordsBetween(a, p.span.end, q.span.start);
    if (between.length <= HOME_BEFORE && !lexicon.conjunctions.occursIn(between)) return true;
  }
  return false;
}

/** How many words may stand between a unit and a town of it named after it ("in Mali's Mopti region, where gunmen attacked Ogossagou"). */
const HOME_BEFORE = 8;

/** Whether one of q's administrative units has this (normalised) name. */
function isUnitOf(q: PlaceMention, name: string): boolean {
  return (!!q.admin1 && term(q.admin1) === name) || (!!q.admin2 && term(q.admin2) === name) || (!!q.admin3 && term(q.admin3) === name);
}

// Place and unit names come from the gazetteer, a closed set, and are compared for every pair of
// places of a sentence; the words of place mentions recur too: each is normalised once.
const MAX_CACHED_TERMS = 50_000;
const term = memo(normaliseTerm, MAX_CACHED_TERMS);

/** "In-Khalil, near Tessalit": a place right after another, introduced by "near", is a reference point. */
function isReference(a: Analysis, previous: PlaceMention, p: PlaceMention, lexicon: EventLexicon): boolean {
  // "In the Gao region, near Ansongo": a town near a unit narrows it down.
  if (previous.kind !== 'place') return false;
  const words = wordsBetween(a, previous.span.end, p.span.start);
  // "in Kati, 15 kilometres (nine miles) north of Bamako": a distance may stand between; "near Titao
  // and five civilians in a village outside Ouahigouya" tells a second act.
  if (words.length > 12 || (words.length > 5 && lexicon.conjunctions.occursIn(words))) return false;
  // "Zénégué-Toucouleur, village situé à une dizaine de kilomètres à l'ouest de Sélibabi": the words
  // describing the first place may run long. An act told between ("سفير مالي في نواكشوط ... على مقتل خمسة رعاة ... قرب بلدة كيراني",
  // « la foire de Nioro du Sahel ont été enlevés près de Possé ») is at the second place.
  if (a.cues.some((c) => c.span.start >= previous.span.end && c.span.end <= p.span.start)) return false;
  // "about 12 km from the provincial capital Bogande": the nouns of the place itself stand between.
  const end = beforePlaceNouns(words, lexicon);
  for (let i = 0; i < end; i++) {
    const m = lexicon.near.matchAt(words, i);
    if (m && (m.end === words.length || m.end === end)) return true;
  }
  return false;
}

/**
 * Splits places into lists: neighbours joined by commas and coordination words ("Diafarabé et à
 * Dioura"), or by a conjunction with a short phrase ("le poste de Diboli ainsi que le camp militaire
 * de Sandaré").
 */
function coordinatedLists(a: Analysis, places: PlaceMention[], lexicon: EventLexicon): PlaceMention[][] {
  const lists: PlaceMention[][] = [];
  for (const p of places) {
    const current = lists.at(-1);
    const prev = current?.at(-1);
    const between = prev ? wordsBetween(a, prev.span.end, p.span.start) : null;
    const joined =
      between !== null &&
      ((between.length <= 3 && between.every((w) => lexicon.coordination.has(w.text))) ||
        (between.length <= 12 && lexicon.conjunctions.occursIn(between)));
    if (current && joined) {
      if (!current.some((q) => q.placeId === p.placeId)) current.push(p);
    } else lists.push([p]);
  }
  return lists;
}

/** Places named as a road's ends: after a road word, and the place joined to one ("relie Bamako à Dakar"). */
function roadEnds(a: Analysis, places: PlaceMention[], before: Map<PlaceMention, Token[]>, lexicon: EventLexicon) {
  const sorted = places.length > 1 ? [...places].sort(byStart) : places;
  const ends: PlaceMention[] = [];
  const farEnds: PlaceMention[] = [];
  // The ends named by road words ("entre", "طريق"), not by where people went or were treated.
  const roads: PlaceMention[] = [];
  // Where people went or were treated ("évacués vers l'hôpital de", 'نقلوا إلى').
  const asides: PlaceMention[] = [];
  let prevKind: RouteWord | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    const last = sorted[i - 1];
    const joined: boolean = last !== undefined && prevKind !== null && last.placeId !== p.placeId && ROAD_JOIN.test(a.doc.text.slice(last.span.end, p.span.start));
    if (joined) farEnds.push(p);
    const kind: RouteWord | null = joined ? prevKind : onRoad(before.get(p)!, lexicon);
    prevKind = kind;
    if (kind !== null) ends.push(p);
    if (kind === 'route') roads.push(p);
    else if (kind === 'aside' || kind === 'origin') asides.push(p);
  }
  return { ends, farEnds, roads, asides };
}

/** Whether the report names a town other than p that is not where people went or were treated. */
function sceneBesides(places: PlaceMention[], asides: PlaceMention[], p: PlaceMention): boolean {
  for (const q of places) if (q.kind === 'place' && q.placeId !== p.placeId && !asides.includes(q)) return true;
  return false;
}

/** "Ousmane Sonko": a place that is also a given name, followed by a capitalised word, names a person. */
function isGivenName(a: Analysis, p: PlaceMention): boolean {
  // The word after is read first: it is seldom capitalised, and the name is then not normalised.
  // Most places are followed by no space at all (a comma, a full stop): that is seen without a pattern.
  if (a.doc.text.charCodeAt(p.span.end) !== 0x20 || !CAPITALISED_WORD.test(a.doc.text.slice(p.span.end, p.span.end + 3))) return false;
  return latinGivenNames().has(term(p.span.text));
}

// Not a literal in the function: the TypeScript loader builds a \p{...} literal anew at each call.
const CAPITALISED_WORD = /^ \p{Lu}\p{Ll}/u;

/**
 * What may stand between two ends of one road ("Bamako à Dakar", "Gao-Ansongo", "Bamako–San"), with
 * a nationality and the second end's settlement noun ("مدينة نارا المالية وبلدة كوكي", "Nara and the town of Gogui").
 */
const ROAD_JOIN = /^[\s,،]*(?:[^\s,،]+(?:ية|يه|ienne|ien|ian|ese|aise|ais)\s+)?(a|à|et|and|to|و|الى|إلى|-|–|—)?\s*(?:(?:la|le|the)\s+)?(?:ville|village|localité|town|city|بلدة|بلده|مدينة|مدينه|قرية|قريه)?(?:\s+(?:de|d'|of))?[\s,،]*$/u;

/** What the words before a place say it is: a road's end ('route'), where people went or were treated ('aside'), where they came from ('origin'), or none of these. */
function onRoad(words: Token[], lexicon: EventLexicon): RouteWord | null {
  // "fled to the town of Gayeri": the nouns of the place itself stand between.
  const end = beforePlaceNouns(words, lexicon);
  for (let i = 0; i < end; i++) {
    const m = lexicon.route.matchAt(words, i);
    // "blocked a road at Imourarene": the road is at the place, not leading to it; so is "the road near Tabia".
    if (m && m.end >= end - 1 && !(m.end === end - 1 && m.value === 'route' && lexicon.roadAt.has(words[end - 1]!.text)) && !(m.value === 'route' && nearUpTo(words, m.end, end, lexicon))) return m.value;
  }
  return null;
}

/** Whether a word of nearness runs from `from` to `end` ("on the road | near | Tabia", « sur la route | près de | Tabia »). */
function nearUpTo(words: Token[], from: number, end: number, lexicon: EventLexicon): boolean {
  return from < end && lexicon.near.matchAt(words, from)?.end === end;
}

/** Where the words before a place end once up to three nouns of the place itself ("the town of", « la ville de ») are left out. */
function beforePlaceNouns(words: Token[], lexicon: EventLexicon): number {
  let end = words.length;
  while (end > 0 && words.length - end < 3 && lexicon.placeNouns.has(words[end - 1]!.text)) end--;
  return end;
}

/** Words that may link an organisation's name to the place in it. */
const NAME_LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'of', 'd']);

function namesOrganisation(words: Token[], lexicon: EventLexicon): boolean {
  // Skip one linking word: "Institut de Tombouctou", "University of Bamako".
  for (let i = words.length - 1; i >= Math.max(0, words.length - 2); i--) {
    if (lexicon.organisationHeads.matchAt(words, i)) return true;
    if (!NAME_LINKS.has(words[i]!.text)) break;
  }
  // Or one word of the name: "جمعية تابيتال بولاكو", « l'association Tabital Pulaaku » (not "a medical center in Bankass").
  const between = words[words.length - 1];
  return between !== undefined && !lexicon.smallWords.has(between.text) && lexicon.organisationHeads.matchAt(words, words.length - 2)?.end === words.length - 1;
}

function namesPerson(a: Analysis, p: PlaceMention, words: Token[]): boolean {
  const last = words.length - 1;
  // Only the word right before, and only with nothing but a space between ("Boubacar Keïta", not "Bamako, Kita").
  return last >= 0 && peopleIndex().matchAt(words, last) !== null && SPACE.test(normalisedChar(a.doc.text.slice(p.span.start - 1, p.span.start)));
}

const SPACE = /^\s$/;
// The character before a place is normalised for every place of every report: few distinct ones.
const normalisedChar = memo((ch: string) => normalise(ch).text, MAX_CACHED_TERMS);

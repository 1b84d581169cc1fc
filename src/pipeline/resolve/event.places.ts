import { readFileSync } from 'node:fs';
import type { Analysis, EventCue, PlaceMention } from '../types.ts';
import type { EventLexicon } from '../events/event.lexicon.ts';
import { PhraseIndex } from '../text/phrase-index.ts';
import { normalise, normaliseTerm } from '../text/normalise.ts';
import { wordsBefore, wordsBetween } from './words.ts';

interface PeopleFile {
  titles: Record<string, string[]>;
  given_names: Record<string, string[]>;
}

let people: PhraseIndex<'person'> | null = null;

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
export function eventPlaces(a: Analysis, lexicon: EventLexicon): PlaceMention[] {
  const usable = a.places.filter(
    (p) =>
      p.kind !== 'country' &&
      !a.actors.some((m) => m.span.start < p.span.end && p.span.start < m.span.end) &&
      !namesOrganisation(a, p, lexicon) &&
      !namesPerson(a, p),
  );
  // A road's ends are where the event was only when the report names no other town.
  const onRoads = roadEnds(a, usable, lexicon);
  const towns = new Set(usable.filter((p) => p.kind === 'place').map((p) => p.placeId));
  const elsewhere = [...towns].some((id) => !onRoads.some((p) => p.placeId === id));
  const located = elsewhere ? usable.filter((p) => !onRoads.includes(p)) : usable;
  const bySentence = new Map<number, PlaceMention[]>();
  for (const p of located) {
    const here = bySentence.get(p.sentence);
    if (here) here.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  const out: PlaceMention[] = [];
  for (const [sentence, places] of bySentence) {
    const firstCue = a.cues.find((c) => c.sentence === sentence);
    out.push(...placesOfSentence(a, places, firstCue, lexicon));
  }
  return out;
}

function placesOfSentence(a: Analysis, places: PlaceMention[], cue: EventCue | undefined, lexicon: EventLexicon): PlaceMention[] {
  const sorted = [...places].sort((x, y) => x.span.start - y.span.start);
  const kept = sorted.filter((p, i) => !isHomeOfAnother(a, p, sorted, lexicon) && !(i > 0 && isReference(a, sorted[i - 1]!, p, lexicon)));
  const lists = coordinatedLists(a, kept, lexicon);
  if (lists.length <= 1 || !cue) return lists[0] ?? [];
  return lists.find((l) => l[0]!.span.start >= cue.span.end) ?? lists.filter((l) => l[0]!.span.start < cue.span.start).at(-1) ?? lists[0]!;
}

/**
 * Whether p is named as the region, district or commune of a place just before it ("Tiguila in
 * Mondoro, Douentza"). Not when "and" joins them: "Kayes and Nioro" are two towns, though Nioro
 * lies in the Kayes region.
 */
function isHomeOfAnother(a: Analysis, p: PlaceMention, places: PlaceMention[], lexicon: EventLexicon): boolean {
  const name = normaliseTerm(p.name);
  return places.some((q) => {
    if (q.placeId === p.placeId || q.span.end > p.span.start) return false;
    if (![q.admin1, q.admin2, q.admin3].some((unit) => unit && normaliseTerm(unit) === name)) return false;
    const between = wordsBetween(a, q.span.end, p.span.start);
    return between.length <= 4 && lexicon.conjunctions.matchAll(between).length === 0;
  });
}

/** "In-Khalil, near Tessalit": a place right after another, introduced by "near", is a reference point. */
function isReference(a: Analysis, previous: PlaceMention, p: PlaceMention, lexicon: EventLexicon): boolean {
  const words = wordsBetween(a, previous.span.end, p.span.start);
  if (words.length > 5) return false;
  for (let i = 0; i < words.length; i++) {
    const m = lexicon.near.matchAt(words, i);
    if (m && m.end === words.length) return true;
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
        (between.length <= 12 && lexicon.conjunctions.matchAll(between).length > 0));
    if (current && joined) {
      if (!current.some((q) => q.placeId === p.placeId)) current.push(p);
    } else lists.push([p]);
  }
  return lists;
}

/** Places named as a road's ends: after a road word, and the place joined to one ("relie Bamako à Dakar"). */
function roadEnds(a: Analysis, places: PlaceMention[], lexicon: EventLexicon): PlaceMention[] {
  const sorted = [...places].sort((x, y) => x.span.start - y.span.start);
  const out: PlaceMention[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    const joined = prev && out.includes(prev) && /^[\s,،]*(a|à|et|and|to|و|الى|إلى|-)?[\s,،]*$/u.test(a.doc.text.slice(prev.span.end, p.span.start));
    if (joined || isOnRoad(a, p, lexicon)) out.push(p);
  });
  return out;
}

function isOnRoad(a: Analysis, p: PlaceMention, lexicon: EventLexicon): boolean {
  const words = wordsBefore5(a, p);
  for (let i = Math.max(0, words.length - 3); i < words.length; i++) {
    const m = lexicon.route.matchAt(words, i);
    if (m && m.end >= words.length - 1) return true;
  }
  return false;
}

function wordsBefore5(a: Analysis, p: PlaceMention) {
  return wordsBefore(a, p.span.start, 5);
}

function namesOrganisation(a: Analysis, p: PlaceMention, lexicon: EventLexicon): boolean {
  const words = wordsBefore5(a, p);
  // Skip one linking word: "Institut de Tombouctou", "University of Bamako".
  for (let i = words.length - 1; i >= Math.max(0, words.length - 2); i--) {
    if (lexicon.organisationHeads.matchAt(words, i)) return true;
    if (!['de', 'du', 'des', 'of', 'd'].includes(words[i]!.text)) break;
  }
  return false;
}

function namesPerson(a: Analysis, p: PlaceMention): boolean {
  const words = wordsBefore5(a, p);
  const last = words.length - 1;
  // Only the word right before, and only with nothing but a space between ("Boubacar Keïta", not "Bamako, Kita").
  if (last < 0 || !/^\s$/.test(normalise(a.doc.text.slice(p.span.start - 1, p.span.start)).text)) return false;
  return peopleIndex().matchAt(words, last) !== null;
}

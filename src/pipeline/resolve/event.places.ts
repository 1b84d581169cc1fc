import { readFileSync } from 'node:fs';
import type { Analysis, PlaceMention } from '../types.ts';
import type { EventLexicon } from '../events/event.lexicon.ts';
import { PhraseIndex } from '../text/phrase-index.ts';
import { normalise } from '../text/normalise.ts';
import { tokenise } from '../text/tokenise.ts';

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
 * The place mentions that can be where an event happened: not countries, not a town inside an
 * organisation's name ("معهد تومبوكتو", "Institut de Tombouctou"), not a family name that is also a
 * town ("Ibrahim Boubacar Keïta" is not Kita).
 */
export function eventPlaces(a: Analysis, lexicon: EventLexicon): PlaceMention[] {
  return a.places.filter((p) => p.kind !== 'country' && !namesOrganisation(a.doc.text, p, lexicon) && !namesPerson(a.doc.text, p));
}

function wordsBefore(text: string, p: PlaceMention) {
  return tokenise(normalise(text.slice(Math.max(0, p.span.start - 30), p.span.start)));
}

function namesOrganisation(text: string, p: PlaceMention, lexicon: EventLexicon): boolean {
  const words = wordsBefore(text, p);
  // Skip one linking word: "Institut de Tombouctou", "University of Bamako".
  for (let i = words.length - 1; i >= Math.max(0, words.length - 2); i--) {
    if (lexicon.organisationHeads.matchAt(words, i)) return true;
    if (!['de', 'du', 'des', 'of', 'd'].includes(words[i]!.text)) break;
  }
  return false;
}

function namesPerson(text: string, p: PlaceMention): boolean {
  const words = wordsBefore(text, p);
  const last = words.length - 1;
  // Only the word right before, and only with nothing but a space between ("Boubacar Keïta", not "Bamako, Kita").
  if (last < 0 || !/^\s$/.test(normalise(text.slice(p.span.start - 1, p.span.start)).text)) return false;
  return peopleIndex().matchAt(words, last) !== null;
}

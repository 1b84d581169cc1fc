import { readFileSync } from 'node:fs';
import type { Span, TextView } from '../types.ts';
import { normalise, normaliseTerm } from '../text/normalise.ts';
import { tokenise } from '../text/tokenise.ts';
import { memo } from '../text/memo.ts';
import { countryName } from './countries.ts';
import { wordsBefore, wordsBetween } from './words.ts';

interface Nationalities {
  /** Adjectives of nationalities from outside the Sahel five. */
  foreign: Set<string>;
  /** The Sahel five's own demonyms → ACLED country name. */
  sahel: Map<string, string>;
  /** Adjectives of the states whose forces strike from the air → ACLED country name. */
  states: Map<string, string>;
}

let cached: Nationalities | null = null;

function load(): Nationalities {
  if (cached) return cached;
  const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
  const foreign = read('../../../data/lexicons/nationalities.json') as Record<string, string[] | string>;
  const sahel = read('../../../data/gazetteer/country-words.json') as { demonyms: Record<string, string[]> };
  const states = (foreign as unknown as { states: Record<string, string[]> }).states;
  cached = {
    foreign: new Set(['ar', 'fr', 'en'].flatMap((l) => (foreign[l] as string[]).map(normaliseTerm))),
    states: new Map(Object.entries(states).flatMap(([country, words]) => words.map((w) => [normaliseTerm(w), country] as [string, string]))),
    sahel: new Map(Object.entries(sahel.demonyms).flatMap(([code, words]) => words.map((w) => [normaliseTerm(w), countryName(code)] as [string, string]))),
  };
  return cached;
}

/**
 * Whether the people the words name are foreigners where the event took place: "two Chinese
 * workers", "deux ressortissants étrangers", "two Mauritanian herders" in Mali. ACLED codes them
 * 'Civilians (International)'.
 */
export function namesForeigners(span: Span, eventCountry: string): boolean {
  const people = nationalitiesIn(span.text);
  if (people.foreign) return true;
  for (const country of people.sahel) if (country !== eventCountry) return true;
  return false;
}

/**
 * The state an air or drone strike's own words say it was: the adjective right before it in English
 * ("French airstrikes"), right after it in French and Arabic ("une frappe de drone malienne",
 * "غارة جوية فرنسية"). Null when the strike is not qualified so.
 */
export function strikingState(view: TextView, span: Span): string | null {
  const { states } = load();
  const word = view.lang === 'en' ? wordsBefore(view, span.start, 1)[0] : wordsBetween(view, span.end, span.end + 40)[0];
  return (word && states.get(word.text)) ?? null;
}

/** The nationalities words name: whether any from outside the Sahel five, and the Sahel five's countries named. */
interface Named {
  foreign: boolean;
  sahel: string[];
}

// A figure's words recur from report to report ("two soldiers", "trois civils"), and reading them
// normalises and tokenises them: each is read once.
const nationalitiesIn = memo((text: string): Named => {
  const { foreign, sahel } = load();
  const found: Named = { foreign: false, sahel: [] };
  for (const t of tokenise(normalise(text))) {
    if (foreign.has(t.text)) found.foreign = true;
    const country = sahel.get(t.text);
    if (country !== undefined) found.sahel.push(country);
  }
  return found;
}, 20_000);

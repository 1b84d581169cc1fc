/**
 * What several benchmarks seed: a seeded random stream (mulberry32, the same numbers on every run)
 * and synthetic imported events over three years at 2,000 of the gazetteer's towns.
 */
import { interactionCode } from '../src/pipeline/ingest/import/fields.ts';
import { loadGazetteer } from '../src/pipeline/places/index.ts';
import type { EventType } from '../src/pipeline/types.ts';
import type { ImportedEvent } from '../src/store/event.repository.ts';

/** A random number generator in [0, 1) that gives the same stream for the same seed. */
export function seededRandom(seed: number): { rand: () => number; pick: <T>(xs: readonly T[]) => T } {
  let s = seed;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { rand, pick: <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]! };
}

const KINDS: Array<[EventType, string, number]> = [
  ['Battles', 'Armed clash', 2], ['Violence against civilians', 'Attack', 2], ['Explosions/Remote violence', 'Air/drone strike', 1],
  ['Protests', 'Peaceful protest', 6], ['Riots', 'Mob violence', 5], ['Strategic developments', 'Looting/property destruction', 2],
];
const ACTORS = ['JNIM: Group for Support of Islam and Muslims', 'Islamic State (Sahel)', 'Dozo Communal Militia (Mali)', 'Military Forces of Burkina Faso (2022-)'];

/** `count` imported events from 2023 on, at towns of 1,000 people or more (seed 11). */
export function syntheticEvents(count: number): ImportedEvent[] {
  const { rand, pick } = seededRandom(11);
  const towns = loadGazetteer().towns(1000).slice(0, 2000);
  const start = Date.parse('2023-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const town = pick(towns);
    const [event_type, sub_event_type, inter1] = pick(KINDS);
    return {
      external_id: `bench-${i}`, event_date: new Date(start + Math.floor(rand() * 3 * 365) * 86_400_000).toISOString().slice(0, 10),
      time_precision: 1, event_type, sub_event_type, actor1: event_type === 'Protests' ? 'Protesters (Mali)' : pick(ACTORS), assoc_actor_1: null, inter1,
      actor2: 'Civilians (Mali)', assoc_actor_2: null, inter2: 7, interaction: interactionCode(inter1, 7), country: town.country, admin1: town.admin1,
      admin2: null, admin3: null, location: town.name, latitude: town.lat + (rand() - 0.5) * 0.05, longitude: town.lon + (rand() - 0.5) * 0.05,
      geo_precision: 1, fatalities: Math.floor(rand() * 5), evidence: [], claims: [],
    };
  });
}

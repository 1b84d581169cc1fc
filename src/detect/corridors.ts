/**
 * The trade corridors, kept as data (data/corridors/corridors.json): named routes with their
 * towns in order, resolved to names and coordinates through the gazetteer.
 */
import { readFileSync } from 'node:fs';
import type { Gazetteer } from '../pipeline/places/index.ts';

export interface CorridorTown {
  id: number;
  name: string;
  country: string;
  latitude: number;
  longitude: number;
  population: number;
}

export interface Corridor {
  id: string;
  name: string;
  crossing: string | null;
  goods: string[];
  towns: CorridorTown[];
}

interface CorridorFile {
  corridors: { id: string; name: string; crossing?: string; goods: string[]; towns: number[] }[];
}

const FILE = new URL('../../data/corridors/corridors.json', import.meta.url);

/** @example loadCorridors(loadGazetteer()).find((c) => c.id === 'nioro-gogui')!.towns.map((t) => t.name) // ['Nioro', 'Gogui'] */
export function loadCorridors(gazetteer: Gazetteer): Corridor[] {
  const file = JSON.parse(readFileSync(FILE, 'utf8')) as CorridorFile;
  return file.corridors.map((c) => ({
    id: c.id,
    name: c.name,
    crossing: c.crossing ?? null,
    goods: c.goods,
    towns: c.towns.map((id) => {
      const e = gazetteer.byId(id);
      if (!e) throw new Error(`corridor ${c.id}: no place ${id} in the gazetteer`);
      return { id, name: e.name, country: e.cc, latitude: e.lat, longitude: e.lon, population: e.population };
    }),
  }));
}

/** What `serve` and `demo` hand the HTTP app: the store and the gazetteer's towns. */
import { loadGazetteer } from '../pipeline/places/gazetteer.ts';
import type { Town } from '../server/app.ts';

/** Towns of at least minPopulation people, read from the gazetteer when first asked for. */
export function gazetteerTowns(minPopulation: number): Town[] {
  return loadGazetteer()
    .towns(minPopulation)
    .map((t) => ({ name: t.name, latitude: t.lat, longitude: t.lon, population: t.population, admin1: t.admin1, country: t.country }));
}

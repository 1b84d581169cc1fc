import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './gazetteer.ts';
import { formatEntry, parseEntry } from './gazetteer.format.ts';

describe('loadGazetteer', () => {
  // How fast it loads is measured by the benchmark (bench/extract.bench.ts, load_resources_ms), not here.
  it('loads once and finds places by id', () => {
    const g = loadGazetteer();
    expect(g.entries.length).toBeGreaterThan(40_000);
    expect(loadGazetteer()).toBe(g);
    expect(g.byId(2455518)?.name).toBe('Kayes');
    expect(g.byId(2455518)?.admin1).toBe('Kayes');
  });

  it('lists towns for map labels, largest first', () => {
    const towns = loadGazetteer().towns(100_000);
    expect(towns[0]!.population).toBeGreaterThanOrEqual(towns[1]!.population);
    expect(towns.map((t) => t.name)).toContain('Bamako');
    expect(towns.find((t) => t.name === 'Bamako')?.country).toBe('Mali');
  });

  it('names the first-level units of a country', () => {
    const g = loadGazetteer();
    expect(g.admin1Names('Mali')).toEqual(expect.arrayContaining(['Kayes', 'Segou', 'Mopti', 'Tombouctou', 'Kidal', 'Gao']));
    expect(g.admin1Names('NE')).toContain('Tillaberi');
  });

  it('places a unit at its seat, also when GeoNames spells the two differently (Bassiknou, Bassikounou)', () => {
    const g = loadGazetteer();
    const [unit, town] = [g.byId(9222754)!, g.byId(2381152)!];
    expect([unit.fcode, town.name]).toEqual(['ADM2', 'Bassikounou']);
    expect([unit.lat, unit.lon]).toEqual([town.lat, town.lon]);
  });

  it('gives a place GeoNames files under no region the region of its neighbours (Sagabari, in the Kita cercle)', () => {
    expect(loadGazetteer().byId(2451943)?.admin1).toBe('Kayes');
  });

  it("files a place ACLED coded at its point under ACLED's region (Madiakoye, Anefis), but keeps Ménaka's region", () => {
    const g = loadGazetteer();
    expect(g.byId(11427411)?.admin1).toBe('Tombouctou');
    expect(g.byId(2461022)?.admin1).toBe('Kidal');
    expect(g.byId(2453514)?.admin1).toBe('Menaka');
  });

  it('reads back what the build writes, and skips a line without coordinates', () => {
    const kayes = loadGazetteer().byId(2455518)!;
    expect(parseEntry(formatEntry(kayes))).toEqual({ ...kayes, lat: +kayes.lat.toFixed(5), lon: +kayes.lon.toFixed(5) });
    const withLatitude = (lat: string) => formatEntry(kayes).split('\t').map((f, k) => (k === 4 ? lat : f)).join('\t');
    expect(parseEntry(withLatitude('14.44'))?.lat).toBe(14.44);
    for (const lat of ['NaN', '', 'x']) expect(parseEntry(withLatitude(lat))).toBeNull();
  });
});

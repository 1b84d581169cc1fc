import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isProminent, parseEntry, type GazetteerEntry } from './gazetteer.format.ts';
import { NameIndex } from './place.index.ts';
import { readWordList, readWrittenList } from './word-lists.ts';

export type { GazetteerEntry } from './gazetteer.format.ts';

const DATA = new URL('../../../data/gazetteer/', import.meta.url);

/** Country names as ACLED writes them, by ISO code. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  ML: 'Mali', BF: 'Burkina Faso', NE: 'Niger', SN: 'Senegal', MR: 'Mauritania',
};

/** A town for map labels. */
export interface Town { id: number; name: string; lat: number; lon: number; population: number; admin1: string | null; country: string }

/** The places of the five countries, with a name index for the places stage. */
export class Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly index: NameIndex;
  private readonly ids = new Map<number, GazetteerEntry>();

  /**
   * @param stopwords never matched as places
   * @param commonWords common Arabic words (common-words.ar.txt): matched only by a published name or a major town's
   * @param writtenStopwords Arabic words never places as written, hamza and all (stoplist.ar.written.txt)
   */
  constructor(entries: GazetteerEntry[], stopwords: Set<string>, private readonly commonWords: ReadonlySet<string> = new Set(), readonly writtenStopwords: ReadonlySet<string> = new Set()) {
    this.entries = entries;
    for (const e of entries) this.ids.set(e.id, e);
    this.index = new NameIndex(entries, stopwords, isProminent, (id) => this.byId(id));
  }

  byId(id: number): GazetteerEntry | undefined {
    return this.ids.get(id);
  }

  /** Whether a normalised Arabic word is a common word of news text ("كانوا"), not a name. */
  isCommonWord(word: string): boolean {
    return this.commonWords.has(word);
  }

  /** Populated places of at least `minPopulation` people (and every seat of a unit), largest first. */
  towns(minPopulation = 1): Town[] {
    return this.entries
      .filter((e) => e.fcode.startsWith('PPL') && (e.population >= minPopulation || e.fcode === 'PPLC' || e.fcode === 'PPLA'))
      .sort((a, b) => b.population - a.population || a.id - b.id)
      .map((e) => ({ id: e.id, name: e.name, lat: e.lat, lon: e.lon, population: e.population, admin1: e.admin1, country: COUNTRY_NAMES[e.cc] ?? e.cc }));
  }

  /** First-level unit names of a country (ISO code or name), sorted. */
  admin1Names(country: string): string[] {
    const cc = Object.entries(COUNTRY_NAMES).find(([code, name]) => code === country || name === country)?.[0] ?? country;
    return [...new Set(this.entries.filter((e) => e.cc === cc && e.fcode === 'ADM1').map((e) => e.name))].sort();
  }
}

let cached: Gazetteer | null = null;

/** The shipped gazetteer, read once. @example loadGazetteer().byId(2455518)?.name === 'Kayes' */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const text = gunzipSync(readFileSync(new URL('gazetteer.tsv.gz', DATA))).toString('utf8');
  const entries: GazetteerEntry[] = [];
  for (const line of text.split('\n')) {
    const e = line ? parseEntry(line) : null;
    if (e) entries.push(e);
  }
  const stop = new Set(['ar', 'fr', 'en'].flatMap((l) => readWordList(new URL(`stoplist.${l}.txt`, DATA))));
  cached = new Gazetteer(entries, stop, new Set(readWordList(new URL('common-words.ar.txt', DATA))), new Set(readWrittenList(new URL('stoplist.ar.written.txt', DATA))));
  return cached;
}

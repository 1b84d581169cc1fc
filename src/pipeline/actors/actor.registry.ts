import { readFileSync } from 'node:fs';
import type { Lang } from '../types.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { withoutArticle } from '../text/clitics.ts';

/** One actor as data/actors/registry.json writes it. */
export interface ActorEntry {
  /** ACLED canonical name without the period suffix; "{country}" where the solver fills it. */
  name: string;
  inter: number;
  country: string | null;
  aliases: Record<Lang, string[]>;
  /** True for words that only say "armed men" and may stand for a named group of the report. */
  generic: boolean;
  /** Names ACLED used before ("Islamic State (Greater Sahara)"). */
  formerNames?: string[];
  /** 'associate' for groups ACLED puts in assoc_actor columns (Fulani, students, journalists); 'authority' for governments, which speak about events far more often than they fight in them. */
  role?: 'associate' | 'authority';
  /** The name ACLED codes this actor under from a date on (groups that merged into JNIM in 2017), or in some regions (IS in Diffa: ISWAP). */
  codedAs?: Array<{ name: string; from?: string; admin1?: string[] }>;
  /** A foreign force that fights beside the army of the country it is in (Barkhane, Wagner, Africa Corps): never the other side of that army's act. */
  ally?: boolean;
  /** A state's armed auxiliaries (the VDP, from 2020): combatants, whom an attack on makes a battle, though the event-type classifier, trained on ACLED's notes to 2019, never saw them. */
  auxiliary?: boolean;
}

/** An alias ready for matching: its normalised word keys and the entry it names. */
export interface ActorPattern {
  keys: string[];
  entry: ActorEntry;
  /** The languages whose alias lists hold it. */
  langs: Lang[];
  /** Written in capitals (JNIM, DNA, CMA): the text must have a capital too. */
  acronym: boolean;
}

export interface ActorRegistry {
  entries: ActorEntry[];
  /** Patterns by the key of their first word, longest first. */
  byFirstKey: Map<string, ActorPattern[]>;
  byName: Map<string, ActorEntry>;
}

const REGISTRY_URL = new URL('../../../data/actors/registry.json', import.meta.url);
let cached: ActorRegistry | undefined;

/** The shipped registry, loaded and indexed once. */
export function loadActorRegistry(): ActorRegistry {
  cached ??= buildActorRegistry(JSON.parse(readFileSync(REGISTRY_URL, 'utf8')));
  return cached;
}

/**
 * Indexes registry data ({ actors: ActorEntry[], generic: ActorEntry[] }). Throws on malformed
 * data, naming the entry, so a bad edit fails at start-up rather than matching nothing.
 */
export function buildActorRegistry(data: unknown): ActorRegistry {
  const { actors, generic } = (data ?? {}) as { actors?: unknown; generic?: unknown };
  if (!Array.isArray(actors)) throw new Error('actor registry: "actors" must be an array');
  const entries = [...actors, ...(Array.isArray(generic) ? generic : [])].map(checkEntry);
  const byFirstKey = new Map<string, ActorPattern[]>();
  const byName = new Map<string, ActorEntry>();
  for (const entry of entries) {
    if (!byName.has(entry.name)) byName.set(entry.name, entry);
    for (const lang of ['ar', 'fr', 'en'] as const) {
      for (const alias of entry.aliases[lang]) {
        const keys = wordKeys(alias);
        if (keys.length === 0) continue;
        const list = byFirstKey.get(keys[0]!) ?? [];
        const same = list.find((p) => p.entry === entry && sameKeys(p.keys, keys));
        if (same) same.langs.push(lang);
        else list.push({ keys, entry, langs: [lang], acronym: /^[A-Z0-9-]{2,6}$/.test(alias) });
        byFirstKey.set(keys[0]!, list);
      }
    }
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { entries, byFirstKey, byName };
}

/** The comparison key of a normalised word: Arabic words lose the article. */
export function wordKey(word: string): string {
  return withoutArticle(word);
}

function wordKeys(alias: string): string[] {
  return normaliseTerm(alias).split(' ').filter(Boolean).map(wordKey);
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

function checkEntry(raw: unknown, index: number): ActorEntry {
  const e = raw as Partial<ActorEntry> | null;
  const where = `actor registry entry ${index} (${typeof e?.name === 'string' ? e.name : 'no name'})`;
  if (!e || typeof e.name !== 'string' || !e.name) throw new Error(`${where}: "name" must be a non-empty string`);
  if (typeof e.inter !== 'number' || e.inter < 1 || e.inter > 8) throw new Error(`${where}: "inter" must be 1..8`);
  if (!e.aliases || typeof e.aliases !== 'object') throw new Error(`${where}: "aliases" must be an object`);
  const aliases = Object.assign({ ar: [], fr: [], en: [] }, e.aliases) as Record<Lang, string[]>;
  for (const lang of ['ar', 'fr', 'en'] as const) {
    if (!Array.isArray(aliases[lang]) || aliases[lang].some((a) => typeof a !== 'string')) {
      throw new Error(`${where}: "aliases.${lang}" must be an array of strings`);
    }
  }
  return Object.freeze({ ...e, name: e.name, inter: e.inter, country: e.country ?? null, generic: e.generic === true, aliases });
}

/**
 * Fills the "{country}" of a templated actor name; names without it are returned unchanged.
 *
 * @example fillCountry('Civilians ({country})', 'Mali') === 'Civilians (Mali)'
 * @example fillCountry('Military Forces of {country}', 'Niger') === 'Military Forces of Niger'
 */
export function fillCountry(name: string, country: string): string {
  // Called for every actor of every candidate: most names have no template, and are not rebuilt.
  return needsCountry(name) ? name.replaceAll('{country}', country) : name;
}

/** Whether an actor name still waits for its country. */
export function needsCountry(name: string): boolean {
  return name.includes('{country}');
}

/** ACLED inter codes: state forces (1) and foreign forces (8); rebels, militias and communal militias (2, 3, 4). */
export const STATE: ReadonlySet<number> = new Set([1, 8]);
export const ARMED: ReadonlySet<number> = new Set([2, 3, 4]);
/** Both: the inter codes of armed forces and groups, state or not. */
export const FORCES: ReadonlySet<number> = new Set([...STATE, ...ARMED]);

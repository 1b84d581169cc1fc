import { readFileSync } from 'node:fs';
import type { Token } from '../types.ts';
import { normaliseTerm } from '../text/normalise.ts';
import { PhraseList } from './place.phrases.ts';

/** What the words around a name say about it (data/gazetteer/context.json). */
export type ContextKind = 'admin1' | 'admin2' | 'near' | 'settlement' | 'called' | 'feature' | 'river' | 'group' | 'road' | 'calledElsewhere';

/**
 * The context kinds found around a name, one bit each (`CONTEXT.near` ...): a name's context is
 * read for every name of every report, and a number costs no allocation where a set would.
 */
export type Context = number;
// `calledElsewhere` is no words around the name: the report calls the same word a town or village elsewhere (set by findPlaces).
const CONTEXT: Readonly<Record<ContextKind, number>> = { admin1: 1, admin2: 2, near: 4, settlement: 8, river: 16, group: 32, called: 64, feature: 128, road: 512, calledElsewhere: 256 };

/** Whether a context shows this kind. */
export function has(context: Context, kind: ContextKind): boolean {
  return (context & CONTEXT[kind]) !== 0;
}

/** A context with one more kind. */
export function withKind(context: Context, kind: ContextKind): Context {
  return context | CONTEXT[kind];
}

/** A phrase of the lexicon: its words and the kind of context it shows (as its bit). */
interface Phrase { kind: number; words: string[] }

/**
 * Phrases that end right before a name (the first word may carry clitics), those that start right
 * after it, by their first word, and the unit names that are also wider areas.
 */
interface Lexicon { before: PhraseList<Phrase>; afterFirst: Map<string, Phrase[]>; areas: ReadonlySet<string> }

const FILE = new URL('../../../data/gazetteer/context.json', import.meta.url);
const KINDS = ['admin1', 'admin2', 'near', 'settlement', 'called', 'feature', 'river', 'group', 'road'] as const;

let lexicon: Lexicon | null = null;

/** Whether a unit of this name is also a wider area (context.json "areas"): taken as the unit only with a unit word. */
export function isArea(name: string): boolean {
  return load().areas.has(name);
}

function load(): Lexicon {
  if (lexicon) return lexicon;
  const raw = JSON.parse(readFileSync(FILE, 'utf8')) as Record<(typeof KINDS)[number], { before: string[]; after: string[] }> & {
    areas: { names: string[] };
  };
  const split = (p: string) => normaliseTerm(p).split(' ');
  const before: Phrase[] = [];
  const afterFirst = new Map<string, Phrase[]>();
  for (const kind of KINDS) {
    const bit = CONTEXT[kind];
    for (const words of raw[kind]!.before.map(split)) before.push({ kind: bit, words });
    for (const words of raw[kind]!.after.map(split)) {
      const list = afterFirst.get(words[0]!);
      if (list) list.push({ kind: bit, words });
      else afterFirst.set(words[0]!, [{ kind: bit, words }]);
    }
  }
  lexicon = { before: new PhraseList(before), afterFirst, areas: new Set(raw.areas.names) };
  return lexicon;
}

/** The context kinds that the words right before token `start` or right after token `end` show. */
export function contextOf(tokens: Token[], start: number, end: number): Context {
  let found = 0;
  const { before, afterFirst } = load();
  for (const { kind, words } of before.endingBefore(tokens, start)) {
    // A settlement noun calls the next word by name only in construct: no article, no pause ("القرية، وقالوا").
    if (kind === CONTEXT.called && (tokens[start]!.pause || hasArticle(tokens[start - 1]!.text))) continue;
    found |= kind;
    // "قرب مدينة نيونو", « près du village de Dabo », "near the town of Sandare": near the place the settlement word names.
    if (kind === CONTEXT.settlement) for (const p of before.endingBefore(tokens, start - words.length)) if (p.kind === CONTEXT.near) found |= p.kind;
  }
  if (end < tokens.length) {
    for (const { kind, words } of afterFirst.get(tokens[end]!.text) ?? NONE) {
      if (end + words.length <= tokens.length && plainFrom(tokens, end, words)) found |= kind;
    }
  }
  return found;
}

const NONE: readonly Phrase[] = [];

/** Whether an Arabic word carries the article, after at most one proclitic letter ("القريه", "بالقريه", "للقريه"). */
function hasArticle(word: string): boolean {
  return /^[وفبك]?ال|^لل/.test(word);
}

/** Whether the phrase's words after the first are the tokens from `from` + 1 on. */
function plainFrom(tokens: Token[], from: number, p: string[]): boolean {
  for (let k = 1; k < p.length; k++) if (tokens[from + k]!.text !== p[k]) return false;
  return true;
}

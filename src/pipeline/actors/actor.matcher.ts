import type { ActorMention, Document, Lang, NormalisedText, Span, Token } from '../types.ts';
import { cliticReadings, procliticLength } from '../text/clitics.ts';
import { sentenceAt, toSpan } from '../text/spans.ts';
import { WordTable } from '../text/vocabulary.ts';
import { wordKey, type ActorPattern, type ActorRegistry } from './actor.registry.ts';

export interface ActorView {
  doc: Document;
  lang: Lang;
  norm: NormalisedText;
  tokens: Token[];
  sentences: Span[];
}

/** Scores: a named actor is surer than a templated one ("l'armée"), which is surer than a generic word. */
const SCORE = { named: 0.9, templated: 0.8, generic: 0.5, perExtraWord: 0.02, otherLanguage: -0.05 };
/** What may stand between two words of one name: spaces, quotes, hyphens, apostrophes. */
const JOINER = /^[\s'"’‘“”«»\-‐‑–_]*$/u;
const CAPITAL = /\p{Lu}/u;

/**
 * Finds the actors a report names: the longest registry alias at each word, left to right, the first
 * word read with and without Arabic proclitics ("للقوات" → القوات). An alias naming several actors
 * gives one mention each.
 *
 * @example findActors(view("Des combattants du JNIM"), registry)[1].actor === 'JNIM: Group for Support of Islam and Muslims'
 */
export function findActors(view: ActorView, registry: ActorRegistry): ActorMention[] {
  const { tokens, norm, doc } = view;
  const firstWords = firstWordCache(registry);
  // Each token's comparison key, worked out when an alias first needs it (most tokens never are).
  const keys: (string | undefined)[] = new Array(tokens.length);
  const mentions: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longestAt(i, view, registry, firstWords, keys);
    if (match === null) {
      i++;
      continue;
    }
    const { patterns: found, reading } = match;
    const length = found[0]!.keys.length;
    const skip = procliticLength(tokens[i]!.text, reading);
    const span = toSpan(doc.text, norm, tokens[i]!.start + skip, tokens[i + length - 1]!.end);
    const sentence = sentenceAt(view.sentences, span.start);
    for (const p of found) {
      mentions.push({
        span,
        sentence,
        actor: p.entry.name,
        inter: p.entry.inter,
        generic: p.entry.generic,
        ...(p.entry.role ? { role: p.entry.role } : {}),
        ...(p.entry.codedAs ? { codedAs: p.entry.codedAs } : {}),
        score: score(p, view.lang),
      });
    }
    i += length;
  }
  return mentions;
}

/** A reading of a word (with or without its proclitics) that is the first word of aliases, with those aliases. */
interface FirstWord {
  reading: string;
  /** The registry's patterns for the reading's key, longest first. */
  patterns: ActorPattern[];
}

const NONE: readonly FirstWord[] = [];
// Most words start no alias. Which readings of a word do is worked out once per word (and registry:
// a registry is not changed once built), not at every token of every report.
const firstWordCaches = new WeakMap<ActorRegistry, WordTable<readonly FirstWord[]>>();

function firstWordCache(registry: ActorRegistry): WordTable<readonly FirstWord[]> {
  let cache = firstWordCaches.get(registry);
  if (!cache) {
    cache = new WordTable<readonly FirstWord[]>(NONE);
    firstWordCaches.set(registry, cache);
  }
  return cache;
}

/** The readings of a token's word that can start an alias, in the order `cliticReadings` gives them. */
function firstWordsOf(token: Token, registry: ActorRegistry, cache: WordTable<readonly FirstWord[]>): readonly FirstWord[] {
  let found = cache.get(token);
  if (found === undefined) {
    const list: FirstWord[] = [];
    for (const reading of cliticReadings(token.text)) {
      const patterns = registry.byFirstKey.get(wordKey(reading));
      // "القوات" and "قوات" have one key: its aliases are tried once, as trying them again adds
      // only aliases already found (which `unique` drops), never a longer one.
      if (patterns && !list.some((f) => f.patterns === patterns)) list.push({ reading, patterns });
    }
    found = cache.set(token, list.length > 0 ? list : NONE);
  }
  return found;
}

/** The patterns of the longest alias starting at token i (one per actor), or null. */
function longestAt(
  i: number,
  view: ActorView,
  registry: ActorRegistry,
  cache: WordTable<readonly FirstWord[]>,
  keys: (string | undefined)[],
): { patterns: ActorPattern[]; reading: string } | null {
  const firstWords = firstWordsOf(view.tokens[i]!, registry, cache);
  if (firstWords.length === 0) return null;
  let best: ActorPattern[] = [];
  let reading = view.tokens[i]!.text;
  for (const first of firstWords) {
    for (const p of first.patterns) {
      const longest = best[0]?.keys.length ?? 0;
      if (p.keys.length < longest) break;
      if (!matchesAt(p, i, view, keys)) continue;
      if (p.keys.length > longest) reading = first.reading;
      best = p.keys.length > longest ? [p] : [...best, p];
    }
  }
  return best.length === 0 ? null : { patterns: unique(best), reading };
}

function matchesAt(p: ActorPattern, i: number, view: ActorView, keys: (string | undefined)[]): boolean {
  const { tokens, norm, doc } = view;
  if (i + p.keys.length > tokens.length) return false;
  for (let k = 1; k < p.keys.length; k++) {
    if ((keys[i + k] ??= wordKey(tokens[i + k]!.text)) !== p.keys[k]) return false;
    if (!JOINER.test(norm.text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))) return false;
  }
  if (p.acronym) {
    const t = tokens[i]!;
    const original = toSpan(doc.text, norm, t.start, t.end).text;
    if (!CAPITAL.test(original)) return false;
  }
  return true;
}

/** One pattern per actor (and generic or not): an alias listed twice for an actor gives one mention. */
function unique(patterns: ActorPattern[]): ActorPattern[] {
  if (patterns.length === 1) return patterns;
  const seen = new Set<string>();
  return patterns.filter((p) => !seen.has(p.entry.name + '|' + p.entry.generic) && seen.add(p.entry.name + '|' + p.entry.generic));
}

function score(p: ActorPattern, lang: Lang): number {
  const base = p.entry.generic ? SCORE.generic : p.entry.name.includes('{country}') ? SCORE.templated : SCORE.named;
  const s = base + SCORE.perExtraWord * (p.keys.length - 1) + (p.langs.includes(lang) ? 0 : SCORE.otherLanguage);
  return Math.round(Math.min(1, Math.max(0, s)) * 100) / 100;
}

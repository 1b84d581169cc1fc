import type { ActorMention, Lang, Span, TextView, Token } from '../types.ts';
import { cliticReadings, procliticLength } from '../text/clitics.ts';
import { sentenceAt, toSpan } from '../text/spans.ts';
import { unitTest } from '../text/unit-table.ts';
import { WordTable } from '../text/vocabulary.ts';
import { wordKey, type ActorPattern, type ActorRegistry } from './actor.registry.ts';

export type ActorView = TextView;

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
  const mentions: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const match = longestAt(i, view, firstWords);
    if (match === null) {
      i++;
      continue;
    }
    const { patterns: found, skip } = match;
    const length = found[0]!.keys.length;
    const span = toSpan(doc.text, norm, tokens[i]!.start + skip, tokens[i + length - 1]!.end);
    const sentence = sentenceAt(view.sentences, span.start);
    // "armed foreigners", « des étrangers armés », 'أجانب مسلحين': armed people are no civilians.
    const armed = isArmed(tokens[i - 1], view.lang, 'before') || isArmed(tokens[i + length], view.lang, 'after');
    for (const p of found) if (!(armed && p.entry.name.startsWith('Civilians'))) mentions.push(toMention(p, span, sentence, view.lang));
    i += length;
  }
  return withoutParentNames(mentions, doc.text);
}

/** The word for "armed" as it stands beside a noun of people: before it in English, after it in French and Arabic (normalised). */
const ARMED_WORDS: Record<Lang, { before: ReadonlySet<string>; after: ReadonlySet<string> }> = {
  en: { before: new Set(['armed']), after: new Set() },
  fr: { before: new Set(), after: new Set(['armes', 'armés', 'armees', 'armées']) },
  ar: { before: new Set(), after: new Set(['مسلحين', 'مسلحون', 'مسلحه', 'المسلحين']) },
};

function isArmed(t: Token | undefined, lang: Lang, side: 'before' | 'after'): boolean {
  return t !== undefined && ARMED_WORDS[lang][side].has(t.text);
}

/**
 * "تنظيم الدولة – ولاية غرب أفريقيا", "the Islamic State – West Africa Province": a group named by its
 * parent, then, after a dash, by the branch, is one mention of the branch, from the parent's first word.
 */
function withoutParentNames(mentions: ActorMention[], text: string): ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1]!;
    if (m.inter !== 2 || next.inter !== 2 || m.generic || next.generic || m.actor === next.actor) continue;
    if (!BRANCH_DASH.test(text.slice(m.span.end, next.span.start))) continue;
    const span: Span = { start: m.span.start, end: next.span.end, text: text.slice(m.span.start, next.span.end) };
    const whole: ActorMention = { span, sentence: m.sentence, actor: next.actor, inter: next.inter, generic: next.generic, role: next.role, codedAs: next.codedAs, ...(next.ally ? { ally: true } : {}), ...(next.auxiliary ? { auxiliary: true } : {}), score: next.score };
    out ??= mentions.slice();
    out.splice(out.indexOf(m), 2, whole);
    k++;
  }
  return out ?? mentions;
}

/** A dash between two names, with spaces around it. */
const BRANCH_DASH = /^\s*[-–—]\s*$/u;

/**
 * One actor mention, always of one shape: the optional fields are present and undefined when they
 * do not hold (JSON leaves them out), so that the stages after this one see one kind of object and
 * stay optimised; mentions of several shapes made the optimising compiler give up and recompile them.
 */
function toMention(p: ActorPattern, span: Span, sentence: number, lang: Lang): ActorMention {
  const { name: actor, inter, generic, role, codedAs, ally, auxiliary } = p.entry;
  const s = score(p, lang);
  return { span, sentence, actor, inter, generic, role, codedAs, ...(ally ? { ally: true } : {}), ...(auxiliary ? { auxiliary: true } : {}), score: s };
}

/** A reading of a word (with or without its proclitics) that is the first word of aliases: those aliases. */
interface FirstWord {
  /** The registry's patterns for the reading's key, longest first. */
  patterns: ActorPattern[];
  /** The same patterns by their second key (longest first), so that a token only tries those its next word continues. */
  bySecond: ReadonlyMap<string, readonly ActorPattern[]>;
  /** The one-word patterns among them. */
  oneWord: readonly ActorPattern[];
  /** The proclitic letters a mention read this way leaves out of its span (`procliticLength`). */
  skip: number;
}

const NONE: readonly FirstWord[] = [];

/**
 * What is worked out once per word (and registry: a registry is not changed once built), not at
 * every token of every report: which readings of the word start an alias (most words start none),
 * and the word's comparison key.
 */
interface FirstWordCache {
  registry: ActorRegistry;
  firstWords: WordTable<readonly FirstWord[]>;
  keys: WordTable<string>;
  /** Per first key's pattern list, its patterns by second key (shared by every word read as that key). */
  bySecond: Map<ActorPattern[], Pick<FirstWord, 'bySecond' | 'oneWord'>>;
}

const firstWordCaches = new WeakMap<ActorRegistry, FirstWordCache>();

function firstWordCache(registry: ActorRegistry): FirstWordCache {
  let cache = firstWordCaches.get(registry);
  if (!cache) {
    cache = { registry, firstWords: new WordTable<readonly FirstWord[]>(NONE), keys: new WordTable<string>(), bySecond: new Map() };
    firstWordCaches.set(registry, cache);
  }
  return cache;
}

/** A token's comparison key (`wordKey`), once per word. */
function keyOf(token: Token, keys: WordTable<string>): string {
  return keys.get(token) ?? keys.set(token, wordKey(token.text));
}

/** Whether text[start, end) holds only what may stand between two words of one name (`JOINER`), read in place. */
function onlyJoiners(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isJoiner(text.charCodeAt(k))) return false;
  return true;
}

/** Per UTF-16 unit, whether `JOINER` allows it. None is astral, so a unit at a time gives `JOINER`'s answer. */
const isJoiner = unitTest(JOINER);

/** The readings of a token's word that can start an alias, in the order `cliticReadings` gives them. */
function firstWordsOf(token: Token, cache: FirstWordCache): readonly FirstWord[] {
  let found = cache.firstWords.get(token);
  if (found === undefined) {
    const list: FirstWord[] = [];
    for (const reading of cliticReadings(token.text)) {
      const patterns = cache.registry.byFirstKey.get(wordKey(reading));
      // "القوات" and "قوات" have one key: its aliases are tried once, as trying them again adds
      // only aliases already found (which `unique` drops), never a longer one.
      if (patterns && !list.some((f) => f.patterns === patterns)) list.push(firstWord(patterns, procliticLength(token.text, reading), cache));
    }
    found = cache.firstWords.set(token, list.length > 0 ? list : NONE);
  }
  return found;
}

function firstWord(patterns: ActorPattern[], skip: number, cache: FirstWordCache): FirstWord {
  let split = cache.bySecond.get(patterns);
  if (split === undefined) cache.bySecond.set(patterns, (split = bySecond(patterns)));
  return { patterns, bySecond: split.bySecond, oneWord: split.oneWord, skip };
}

/** A first key's patterns by their second key, and its one-word patterns, each list longest first. */
function bySecond(patterns: ActorPattern[]): Pick<FirstWord, 'bySecond' | 'oneWord'> {
  const bySecond = new Map<string, ActorPattern[]>();
  const oneWord: ActorPattern[] = [];
  for (const p of patterns) {
    if (p.keys.length === 1) oneWord.push(p);
    else {
      const list = bySecond.get(p.keys[1]!);
      if (list) list.push(p);
      else bySecond.set(p.keys[1]!, [p]);
    }
  }
  return { bySecond, oneWord };
}

const NO_PATTERNS: readonly ActorPattern[] = [];

/**
 * The patterns of the longest alias starting at token i (one per actor), and the span's proclitic
 * letters to skip, or null. Of the aliases matched, those of the greatest length, in the order the
 * readings and their patterns are listed; the reading is the first that matched that long. A
 * longer alias of a reading must go on with the next token's key: only those are tried.
 */
function longestAt(i: number, view: ActorView, cache: FirstWordCache): { patterns: ActorPattern[]; skip: number } | null {
  const firstWords = firstWordsOf(view.tokens[i]!, cache);
  if (firstWords.length === 0) return null;
  const next = view.tokens[i + 1];
  const nextKey = next === undefined ? null : keyOf(next, cache.keys);
  let best: ActorPattern[] | null = null;
  let longest = 0;
  let skip = 0;
  for (const first of firstWords) {
    const longer = nextKey === null ? NO_PATTERNS : first.bySecond.get(nextKey) ?? NO_PATTERNS;
    // Longest first, as `first.patterns` lists them: the longer patterns, then the one-word ones.
    for (let k = 0; k < longer.length + first.oneWord.length; k++) {
      const p = k < longer.length ? longer[k]! : first.oneWord[k - longer.length]!;
      if (p.keys.length < longest) break;
      if (!matchesAt(p, i, view, cache.keys)) continue;
      if (best === null || p.keys.length > longest) {
        best = [p];
        longest = p.keys.length;
        skip = first.skip;
      } else best.push(p);
    }
  }
  return best === null ? null : { patterns: unique(best), skip };
}

function matchesAt(p: ActorPattern, i: number, view: ActorView, keys: WordTable<string>): boolean {
  const { tokens, norm, doc } = view;
  if (i + p.keys.length > tokens.length) return false;
  for (let k = 1; k < p.keys.length; k++) {
    if (keyOf(tokens[i + k]!, keys) !== p.keys[k]) return false;
    if (!onlyJoiners(norm.text, tokens[i + k - 1]!.end, tokens[i + k]!.start)) return false;
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
  // A handful of patterns: compared pairwise, without building a key string for each.
  const out: ActorPattern[] = [];
  for (const p of patterns) if (!hasActor(out, p)) out.push(p);
  return out;
}

function hasActor(patterns: ActorPattern[], p: ActorPattern): boolean {
  for (const q of patterns) if (q.entry.name === p.entry.name && q.entry.generic === p.entry.generic) return true;
  return false;
}

function score(p: ActorPattern, lang: Lang): number {
  const base = p.entry.generic ? SCORE.generic : p.entry.name.includes('{country}') ? SCORE.templated : SCORE.named;
  const s = base + SCORE.perExtraWord * (p.keys.length - 1) + (p.langs.includes(lang) ? 0 : SCORE.otherLanguage);
  return Math.round(Math.min(1, Math.max(0, s)) * 100) / 100;
}

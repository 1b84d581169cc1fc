import type { ActorMention, Document, Lang, NormalisedText, Span, Token } from '../types.ts';
import { cliticReadings, procliticLength } from '../text/clitics.ts';
import { sentenceAt, toSpan } from '../text/spans.ts';
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

/**
 * Finds the actors a report names: the longest registry alias at each word, left to right, the first
 * word read with and without Arabic proclitics ("للقوات" → القوات). An alias naming several actors
 * gives one mention each.
 *
 * @example findActors(view("Des combattants du JNIM"), registry)[1].actor === 'JNIM: Group for Support of Islam and Muslims'
 */
export function findActors(view: ActorView, registry: ActorRegistry): ActorMention[] {
  const { tokens, norm, doc } = view;
  const keys = tokens.map((t) => wordKey(t.text));
  const mentions: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const { patterns: found, reading } = longestAt(i, view, keys, registry);
    if (found.length === 0) {
      i++;
      continue;
    }
    const length = found[0]!.keys.length;
    const skip = procliticLength(tokens[i]!.text, reading);
    const span = toSpan(doc.text, norm, tokens[i]!.start + skip, tokens[i + length - 1]!.end);
    for (const p of found) {
      mentions.push({
        span,
        sentence: sentenceAt(view.sentences, span.start),
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

/** The patterns of the longest alias starting at token i (one per actor), or none. */
function longestAt(i: number, view: ActorView, keys: string[], registry: ActorRegistry): { patterns: ActorPattern[]; reading: string } {
  let best: ActorPattern[] = [];
  let reading = view.tokens[i]!.text;
  for (const first of cliticReadings(view.tokens[i]!.text)) {
    for (const p of registry.byFirstKey.get(wordKey(first)) ?? []) {
      const longest = best[0]?.keys.length ?? 0;
      if (p.keys.length < longest) break;
      if (!matchesAt(p, i, view, keys)) continue;
      if (p.keys.length > longest) reading = first;
      best = p.keys.length > longest ? [p] : [...best, p];
    }
  }
  return { patterns: unique(best), reading };
}

function matchesAt(p: ActorPattern, i: number, view: ActorView, keys: string[]): boolean {
  const { tokens, norm, doc } = view;
  if (i + p.keys.length > tokens.length) return false;
  for (let k = 1; k < p.keys.length; k++) {
    if (keys[i + k] !== p.keys[k]) return false;
    if (!JOINER.test(norm.text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start))) return false;
  }
  if (p.acronym) {
    const t = tokens[i]!;
    const original = toSpan(doc.text, norm, t.start, t.end).text;
    if (!/\p{Lu}/u.test(original)) return false;
  }
  return true;
}

function unique(patterns: ActorPattern[]): ActorPattern[] {
  const seen = new Set<string>();
  return patterns.filter((p) => !seen.has(p.entry.name + '|' + p.entry.generic) && seen.add(p.entry.name + '|' + p.entry.generic));
}

function score(p: ActorPattern, lang: Lang): number {
  const base = p.entry.generic ? SCORE.generic : p.entry.name.includes('{country}') ? SCORE.templated : SCORE.named;
  const s = base + SCORE.perExtraWord * (p.keys.length - 1) + (p.langs.includes(lang) ? 0 : SCORE.otherLanguage);
  return Math.round(Math.min(1, Math.max(0, s)) * 100) / 100;
}

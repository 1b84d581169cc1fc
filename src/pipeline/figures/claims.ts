import type { Lang, Token } from '../types.ts';
import type { FigureLexicon } from './lexicon.ts';
import { entryAt } from './match.ts';
import type { Claimant } from './words.ts';

/** A source named with an attribution word, as a token range [first, next). */
export interface FoundClaim {
  claimant: Claimant;
  first: number;
  next: number;
}

/** How far a source may stand from its attribution word, in tokens ("selon un communiqué de l'état-major"). */
const AFTER_MARKER = 6;
const BEFORE_MARKER = 3;

/**
 * Attributions in tokens [lo, hi): each attribution word ("selon", "said", "وفق") paired with the
 * nearest source ("le gouvernement", "a security source", "وزارة الدفاع"). Claims naming the same
 * source words are merged, so "selon un communiqué de l'état-major" is one claim.
 */
export function findClaims(tokens: Token[], lo: number, hi: number, lex: FigureLexicon, lang: Lang): FoundClaim[] {
  const sources: FoundClaim[] = [];
  for (let i = lo; i < hi; i++) {
    const s = entryAt(tokens, i, lex.sources, lang);
    if (s && s.next <= hi) {
      sources.push({ claimant: s.value, first: i, next: s.next });
      i = s.next - 1;
    }
  }
  const claims = new Map<FoundClaim, FoundClaim>();
  for (let i = lo; i < hi; i++) {
    const m = entryAt(tokens, i, lex.markers, lang);
    if (!m || m.next > hi) continue;
    const near = sources
      .map((s) => ({ s, d: s.first >= m.next ? s.first - m.next : m.first - s.next }))
      .filter(({ s, d }) => d >= 0 && (s.first >= m.next ? d < AFTER_MARKER : d < BEFORE_MARKER))
      .sort((a, b) => a.d - b.d)[0];
    if (!near) continue;
    const prev = claims.get(near.s);
    const first = Math.min(m.first, near.s.first, prev?.first ?? Infinity);
    const next = Math.max(m.next, near.s.next, prev?.next ?? -Infinity);
    claims.set(near.s, { claimant: near.s.claimant, first, next });
    i = m.next - 1;
  }
  return [...claims.values()].sort((a, b) => a.first - b.first);
}

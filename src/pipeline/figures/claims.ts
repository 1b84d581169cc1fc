import type { FigureLexicon } from './lexicon.ts';
import { entryAt, type MarkedTokens } from './match.ts';
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
export function findClaims(w: MarkedTokens, lo: number, hi: number, lex: FigureLexicon): FoundClaim[] {
  const sources: FoundClaim[] = [];
  for (let i = lo; i < hi; i++) {
    const s = entryAt(w, i, lex.sources);
    if (s && s.next <= hi) {
      sources.push({ claimant: s.value, first: i, next: s.next });
      i = s.next - 1;
    }
  }
  const claims = new Map<FoundClaim, FoundClaim>();
  for (let i = lo; i < hi; i++) {
    const m = entryAt(w, i, lex.markers);
    if (!m || m.next > hi) continue;
    const source = nearestSource(sources, m, w);
    if (!source) continue;
    const prev = claims.get(source);
    const first = Math.min(m.first, source.first, prev?.first ?? Infinity);
    const next = Math.max(m.next, source.next, prev?.next ?? -Infinity);
    claims.set(source, { claimant: source.claimant, first, next });
    i = m.next - 1;
  }
  return [...claims.values()].sort((a, b) => a.first - b.first);
}

/**
 * The source nearest an attribution word, within reach of it (the first of those as near, as a stable
 * sort by distance gives). A source after it is not past punctuation: in "the governor put the toll at
 * eight dead; residents said 12", the residents are the next clause's source, not the toll's.
 */
function nearestSource(sources: FoundClaim[], m: { first: number; next: number }, w: MarkedTokens): FoundClaim | null {
  let best: FoundClaim | null = null;
  let bestDistance = Infinity;
  for (const s of sources) {
    const after = s.first >= m.next;
    const d = after ? s.first - m.next : m.first - s.next;
    if (after && pauseIn(w, m.next, s.first)) continue;
    if (d >= 0 && d < (after ? AFTER_MARKER : BEFORE_MARKER) && d < bestDistance) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}

/** Whether punctuation stands before any token in (from, to]: token.pause. */
function pauseIn(w: MarkedTokens, from: number, to: number): boolean {
  for (let j = from + 1; j <= to; j++) if (w.tokens[j]?.pause) return true;
  return false;
}

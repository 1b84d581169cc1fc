import type { Claim, FigureMention } from '../types.ts';

/**
 * ACLED's conservative fatality count from the figures reported for one event: per kind of victim the
 * lowest figure reported (two sources for one toll are one toll), summed over kinds of victim
 * ("two soldiers and five attackers"). "Neutralised" is never a confirmed death: it stays a claim.
 */
export function countFatalities(figures: FigureMention[]): { value: number; used: FigureMention[] } {
  const lowestByVictim = new Map<string, FigureMention>();
  for (const f of figures) {
    if (f.kind !== 'killed') continue;
    const key = f.victim ?? '?';
    const prev = lowestByVictim.get(key);
    if (!prev || f.value < prev.value) lowestByVictim.set(key, f);
  }
  const used = [...lowestByVictim.values()];
  return { value: used.reduce((sum, f) => sum + f.value, 0), used };
}

/** Every figure as a claim by its source, so nothing reported is lost or silently chosen. */
export function toClaims(figures: FigureMention[]): Claim[] {
  return figures.map((f) => ({
    kind: f.kind,
    value: f.value,
    claimed_by: f.claimedBy,
    qualifier: f.qualifier,
    text: f.span.text,
    start: f.span.start,
    end: f.span.end,
  }));
}

/**
 * The claims ledger: every figure claimed about an event, by kind (killed, injured, abducted,
 * "neutralised"...), each with the source and the words, and a kind flagged as contested when two
 * sources' figures cannot both be true. Nothing is chosen here: the event's fatalities come from
 * event.fields.ts; the ledger shows what they were chosen from.
 */
import type { StoredClaim } from '../store/types.ts';

export interface LedgerLine {
  kind: string;
  claims: StoredClaim[];
  /** Lowest and highest figure claimed. */
  low: number;
  high: number;
  /** Two sources give figures that cannot both be true. */
  contested: boolean;
}

/** How far an approximate figure ("about 30", "dozens") reaches either way. */
const APPROXIMATE = 0.3;

/**
 * @example claimsLedger([{ kind: 'killed', value: 4, qualifier: 'exact', source_name: 'ORTM', ... },
 *                        { kind: 'killed', value: 12, qualifier: 'exact', source_name: 'AFP', ... }])
 *   // → [{ kind: 'killed', low: 4, high: 12, contested: true, claims: [...] }]
 */
export function claimsLedger(claims: readonly StoredClaim[]): LedgerLine[] {
  const byKind = new Map<string, StoredClaim[]>();
  for (const c of claims) (byKind.get(c.kind) ?? byKind.set(c.kind, []).get(c.kind)!).push(c);
  return [...byKind].map(([kind, list]) => ({
    kind,
    claims: list,
    low: Math.min(...list.map((c) => c.value)),
    high: Math.max(...list.map((c) => c.value)),
    contested: list.some((a, i) => list.slice(i + 1).some((b) => a.source_name !== b.source_name && !overlap(range(a), range(b)))),
  }));
}

/** The counts a claim allows: "12" is 12, "at least 10" is 10 or more, "about 30" is 21 to 39. */
function range(c: StoredClaim): [number, number] {
  if (c.qualifier === 'at least') return [c.value, Infinity];
  if (c.qualifier === 'approximate') return [c.value * (1 - APPROXIMATE), c.value * (1 + APPROXIMATE)];
  return [c.value, c.value];
}

function overlap(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

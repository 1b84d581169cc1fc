/**
 * Groups mentions into events. The grouping is a function of the set of mentions alone (never of
 * the order they arrived in): pairs are taken strongest first, ties broken by the mentions' keys,
 * and two groups join only if every pair across them could be one event, so that "A is like B,
 * B is like C" never chains two different attacks together.
 */
import { dayNumber, pairScore, PAIR_LIMITS, reachDays, type Mention } from './mention.pair.ts';

/** Mentions an analyst put in one event (merge, split, review) carry that event's id as a pin. */
export type Pins = ReadonlyMap<number, number>;

interface Pair {
  a: number;
  b: number;
  score: number;
}

/**
 * @example clusterMentions([afpKayes, saharaKayes, reutersNioro]) // → [[afpKayes, saharaKayes], [reutersNioro]]
 */
export function clusterMentions(mentions: readonly Mention[], pins: Pins = new Map()): Mention[][] {
  const sorted = [...mentions].sort((x, y) => cmp(x.key, y.key));
  const parent = sorted.map((_, i) => i);
  const members = sorted.map((_, i) => [i]);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (i: number, j: number) => {
    const [keep, gone] = i < j ? [i, j] : [j, i];
    parent[gone] = keep;
    members[keep]!.push(...members[gone]!);
    members[gone] = [];
  };
  // An analyst's groups first, whatever their scores.
  const byPin = new Map<number, number>();
  sorted.forEach((m, i) => {
    const pin = pins.get(m.id);
    if (pin === undefined) return;
    const first = byPin.get(pin);
    if (first === undefined) byPin.set(pin, i);
    else if (find(first) !== find(i)) union(find(first), find(i));
  });
  const pinOf = (root: number) => {
    for (const k of members[root]!) {
      const p = pins.get(sorted[k]!.id);
      if (p !== undefined) return p;
    }
    return undefined;
  };
  const compatible = (x: number, y: number) => {
    const px = pinOf(x);
    const py = pinOf(y);
    if (px !== undefined && py !== undefined && px !== py) return false;
    for (const i of members[x]!) for (const j of members[y]!) if (pairScore(sorted[i]!, sorted[j]!) === null) return false;
    return true;
  };
  for (const { a, b } of strongPairs(sorted)) {
    const x = find(a);
    const y = find(b);
    if (x !== y && compatible(x, y)) union(x, y);
  }
  return members.filter((g) => g.length > 0).map((g) => g.map((i) => sorted[i]!));
}

/** Pairs alike enough to be one event, strongest first (then by position, i.e. by key). */
function strongPairs(sorted: readonly Mention[]): Pair[] {
  const pairs: Pair[] = [];
  for (const [i, j] of candidatePairs(sorted)) {
    const score = pairScore(sorted[i]!, sorted[j]!);
    if (score !== null && score >= PAIR_LIMITS.threshold) pairs.push({ a: i, b: j, score });
  }
  return pairs.sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
}

/**
 * Pairs close enough in time to be compared: mentions bucketed by day, each compared with the
 * buckets its date precision reaches. Never all pairs of a large batch.
 */
function* candidatePairs(sorted: readonly Mention[]): Generator<[number, number]> {
  const byDay = new Map<number, number[]>();
  const day = sorted.map(dayOf);
  day.forEach((d, i) => {
    const list = byDay.get(d);
    if (list) list.push(i);
    else byDay.set(d, [i]);
  });
  const reach = sorted.map((m) => reachDays(m.coded.time_precision));
  for (let i = 0; i < sorted.length; i++) {
    for (let d = day[i]! - reach[i]!; d <= day[i]! + reach[i]!; d++) {
      for (const j of byDay.get(d) ?? []) {
        // A pair is produced once: by its earlier member, or by the one that reaches further.
        if (j === i) continue;
        const seenFromJ = Math.abs(day[j]! - day[i]!) <= reach[j]!;
        if (seenFromJ && j < i) continue;
        yield i < j ? [i, j] : [j, i];
      }
    }
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The candidates alike enough to pair with at least one of `anchors`: the strong links that make
 * a neighbourhood grow. Compared by day bucket, as in clustering, never all pairs.
 */
export function linkedTo<T extends Mention>(anchors: readonly Mention[], candidates: readonly T[]): T[] {
  const byDay = new Map<number, Mention[]>();
  for (const a of anchors) {
    const d = dayOf(a);
    (byDay.get(d) ?? byDay.set(d, []).get(d)!).push(a);
  }
  const anchorReach = Math.max(0, ...anchors.map((a) => reachDays(a.coded.time_precision)));
  return candidates.filter((c) => {
    const d = dayOf(c);
    const reach = Math.max(anchorReach, reachDays(c.coded.time_precision));
    for (let k = d - reach; k <= d + reach; k++) {
      for (const a of byDay.get(k) ?? []) if ((pairScore(a, c) ?? 0) >= PAIR_LIMITS.threshold) return true;
    }
    return false;
  });
}

function dayOf(m: Mention): number {
  return dayNumber(m.coded.event_date);
}

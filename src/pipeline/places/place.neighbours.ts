import type { Prepared } from './place.solver.ts';

/**
 * Distances from a report's candidate places to its anchors (the places guessed for its names),
 * which the solver adds to every score: what the solver reads most often, so worked out once per
 * candidate and report, and bounded before it is computed.
 */

/** Kilometres between two points (equirectangular: plenty at Sahel scale). */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * Math.PI / 180);
  return Math.hypot(x, b.lat - a.lat) * 111.2;
}

/** The two nearest distances from an entry to a report's anchors, and which anchor is the nearest. */
interface Nearest { first: number; second: number; at: number }

/**
 * A report's anchors: the places guessed for its names. Each name is scored against all of them
 * but its own, and the same entries are candidates of many names: for each entry the nearest
 * anchor and the next one are worked out once per report, which answers for every anchor left out.
 */
export class Neighbours {
  /** A number of its own, which marks the candidates' memos of it. */
  private readonly serial = ++neighbourhoods;

  /** Per anchor, the cosine of its latitude: what bounds its distances from below by longitude. */
  private readonly cosLat: Float64Array;

  constructor(readonly points: readonly { lat: number; lon: number }[]) {
    this.cosLat = new Float64Array(points.length);
    for (let k = 0; k < points.length; k++) this.cosLat[k] = cosOfLatitude(points[k]!.lat);
  }

  /** How many anchors there are with the one at index `without` left out (-1: none). */
  count(without: number): number {
    return without >= 0 ? this.points.length - 1 : this.points.length;
  }

  /** Kilometres from c's entry to the nearest anchor but the one at index `without`; Infinity when there is none. */
  nearest(c: Prepared, without: number): number {
    if (c.nearFor !== this.serial) {
      const n = nearestTwo(this.points, this.cosLat, c);
      c.nearFor = this.serial;
      c.nearFirst = n.first;
      c.nearSecond = n.second;
      c.nearAt = n.at;
    }
    return c.nearAt === without ? c.nearSecond : c.nearFirst;
  }
}

let neighbourhoods = 0;

/**
 * The nearest and second nearest anchors' distances (the minimum over any set of anchors that
 * leaves out at most one is one of them). An anchor that its latitude or its longitude alone puts
 * no nearer than the second so far is passed over (`atLeast`).
 */
function nearestTwo(anchors: readonly { lat: number; lon: number }[], cosLat: Float64Array, e: { lat: number; lon: number }): Nearest {
  let first = Infinity;
  let second = Infinity;
  let at = -1;
  const cosE = cosOfLatitude(e.lat);
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k]!;
    if (atLeast(a, e, Math.min(cosE, cosLat[k]!)) >= second) continue;
    const d = km(a, e);
    if (d < first) {
      second = first;
      first = d;
      at = k;
    } else if (d < second) second = d;
  }
  return { first, second, at };
}

/** cos(|latitude|), 0 where it is too small to bound a distance safely (within a few metres of a pole). */
function cosOfLatitude(lat: number): number {
  const c = Math.cos(Math.abs(lat) * Math.PI / 180);
  return c > 1e-3 ? c : 0;
}

/**
 * A lower bound of `km(a, e)`. `km` is never less than its latitude part, nor than its longitude
 * part, whose cosine (of the mean latitude) is at least the smaller of the two latitudes' cosines,
 * `cosMin`; the bound is lowered by a billionth so that rounding never puts it above the distance
 * `km` computes.
 */
function atLeast(a: { lat: number; lon: number }, e: { lat: number; lon: number }, cosMin: number): number {
  const byLat = Math.abs(e.lat - a.lat) * 111.2;
  const byLon = Math.abs(e.lon - a.lon) * cosMin * 111.2 * (1 - 1e-9);
  return Math.max(byLat, byLon);
}

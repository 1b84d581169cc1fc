/**
 * What a subscriber wants to hear about, and the test of an alert against it. Every given part
 * must match; an empty filter matches everything. Areas match when any of the alert's places
 * with coordinates lies inside (a place known only to its region cannot be placed in a polygon).
 *
 * @example matchesAlert(alert, { bbox: [-12.5, 13, -9, 16], min_severity: 'high' })
 */
import { z } from 'zod';
import pointInPolygon from 'point-in-polygon-hao';
import type { Finding, Severity } from '../detect/finding.ts';

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);

export const AlertFilter = z
  .object({
    bbox: z.tuple([Lon, Lat, Lon, Lat]).refine(([w, s, e, n]) => w <= e && s <= n, 'bbox is west,south,east,north').optional(),
    /** A ring of [lon, lat] points; closed or not. */
    polygon: z.array(z.tuple([Lon, Lat])).min(3).optional(),
    actors: z.array(z.string().min(1)).optional(),
    kinds: z.array(z.enum(['coordinated_offensive', 'escalation', 'siege', 'blockade', 'corridor', 'civilian_threat', 'abduction', 'aid_attack'])).optional(),
    countries: z.array(z.string().min(1)).optional(),
    min_severity: z.enum(['info', 'low', 'medium', 'high', 'critical']).optional(),
  })
  .strict();
export type AlertFilter = z.infer<typeof AlertFilter>;

export interface FilterableAlert {
  kind: Finding['kind'];
  severity: Severity;
  payload: Pick<Finding, 'actors' | 'places'>;
}

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function matchesAlert(alert: FilterableAlert, f: AlertFilter): boolean {
  const { actors, places } = alert.payload;
  if (f.kinds && !f.kinds.includes(alert.kind)) return false;
  if (f.min_severity && RANK[alert.severity] < RANK[f.min_severity]) return false;
  // "JNIM" should find "JNIM: Group for Support of Islam and Muslims".
  if (f.actors && !actors.some((a) => f.actors!.some((want) => a.toLowerCase().includes(want.toLowerCase())))) return false;
  if (f.countries && !places.some((p) => f.countries!.includes(p.country))) return false;
  if (f.bbox || f.polygon) {
    const inside = places.some((p) => p.longitude !== null && p.latitude !== null && inArea(p.longitude, p.latitude, f));
    if (!inside) return false;
  }
  return true;
}

function inArea(lon: number, lat: number, f: AlertFilter): boolean {
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    if (lon < w || lon > e || lat < s || lat > n) return false;
  }
  if (f.polygon) {
    const ring = closed(f.polygon);
    // pointInPolygon answers 0 on the boundary: a town on the edge counts as inside.
    if (pointInPolygon([lon, lat], [ring]) === false) return false;
  }
  return true;
}

function closed(ring: readonly (readonly [number, number])[]): number[][] {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  const points = ring.map((p) => [p[0], p[1]]);
  return first[0] === last[0] && first[1] === last[1] ? points : [...points, [first[0], first[1]]];
}

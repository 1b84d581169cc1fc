/**
 * Runs of attacks (on a corridor, around a town's supply) are keyed by their first event; but
 * detectors read only so many days back, so a long run would be cut at the start and raised
 * again as a new situation. Here a finding that continues a known one (same kind, same prefix,
 * its first day within the gap of the known one's last day) takes that alert's key, its first
 * day, and its events and places as well: the alert grows, it is not repeated.
 */
import type { Queryable } from '../store/db.ts';
import type { Finding, FindingPlace } from './finding.ts';

interface Known {
  key: string;
  first_day: string;
  event_ids: number[];
  places: FindingPlace[];
}

export async function continueEpisodes(db: Queryable, findings: readonly Finding[]): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.episode) {
      out.push(f);
      continue;
    }
    const { rows } = await db.query<Known>(
      `select key, to_char(first_day, 'YYYY-MM-DD') as first_day, event_ids, payload->'places' as places from alerts
       where kind = $1 and starts_with(key, $2) and key <> $3
         and last_day >= $4::date - $5::int and first_day <= $4::date
       order by last_day desc, id desc limit 1`,
      [f.kind, f.episode.prefix, f.key, f.first_day, f.episode.gapDays],
    );
    const known = rows[0];
    out.push(known ? merged(f, known) : f);
  }
  return out;
}

function merged(f: Finding, known: Known): Finding {
  const eventIds = [...new Set([...known.event_ids.map(Number), ...f.event_ids])].sort((a, b) => a - b);
  const places = new Map<string, FindingPlace>();
  for (const p of [...known.places, ...f.places]) {
    const key = `${p.country}|${p.name}`;
    const seen = places.get(key);
    places.set(key, seen ? { ...seen, event_ids: [...new Set([...seen.event_ids, ...p.event_ids])].sort((a, b) => a - b) } : p);
  }
  const first = known.first_day < f.first_day ? known.first_day : f.first_day;
  const facts = { ...f.facts, day: first, ...('attacks' in f.facts ? { attacks: eventIds.length } : {}) };
  return { ...f, key: known.key, first_day: first, event_ids: eventIds, places: [...places.values()].sort((a, b) => a.name.localeCompare(b.name)), facts };
}

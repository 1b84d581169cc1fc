/**
 * Weekly counts per region (admin1) and district (admin2): what the escalation detector compares
 * with each area's own past. Weeks start on Monday; weeks without events have no row (the
 * detector counts them as zeros from the first week the store covers).
 */
import type { Queryable } from './db.ts';

export interface AreaWeek {
  level: 'admin1' | 'admin2';
  country: string;
  /** The region or district name. */
  area: string;
  /** The region a district lies in (null for regions). */
  admin1: string | null;
  /** Monday, YYYY-MM-DD. */
  week: string;
  /** Acts of political violence (battles, explosions and remote violence, violence against civilians): protests and statements are not escalation. */
  events: number;
  fatalities: number;
  /** Events of ACLED's type Violence against civilians. */
  civilian_events: number;
  latitude: number | null;
  longitude: number | null;
  /** The events of the week, for weeks from `judgedFrom` on (empty before). */
  event_ids: number[];
}

const VIOLENCE = `('Battles', 'Explosions/Remote violence', 'Violence against civilians')`;

const BY_AREA = (level: 'admin1' | 'admin2') => `
  select '${level}' as level, country, ${level} as area, ${level === 'admin2' ? 'admin1' : 'null::text'} as admin1,
         to_char(date_trunc('week', event_date), 'YYYY-MM-DD') as week,
         (count(*) filter (where event_type in ${VIOLENCE}))::int as events, coalesce(sum(fatalities), 0)::int as fatalities,
         (count(*) filter (where event_type = 'Violence against civilians'))::int as civilian_events,
         avg(latitude) as latitude, avg(longitude) as longitude,
         coalesce(array_agg(id order by id) filter (where event_date >= $3::date and event_type in ${VIOLENCE}), '{}') as event_ids
  from events
  where retired_at is null and status <> 'rejected' and ${level} is not null and event_date between $1::date and $2::date
  group by country, ${level === 'admin2' ? 'admin1, admin2' : 'admin1'}, date_trunc('week', event_date)`;

/** Counts for the weeks from `from` to `to` (YYYY-MM-DD), with event ids from `judgedFrom` on. */
export async function areaWeeks(db: Queryable, from: string, to: string, judgedFrom: string): Promise<AreaWeek[]> {
  const { rows } = await db.query<AreaWeek>(`${BY_AREA('admin1')} union all ${BY_AREA('admin2')} order by level, country, area, week`, [from, to, judgedFrom]);
  return rows.map((r) => ({ ...r, event_ids: r.event_ids.map(Number) }));
}

/** The first day any event is recorded: weeks before it are unknown, not quiet. */
export async function firstEventDay(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ first: string | null }>(
    `select to_char(min(event_date), 'YYYY-MM-DD') as first from events where retired_at is null`,
  );
  return rows[0]?.first ?? null;
}

/** The newest event day: the "today" of the data, on which standing situations are judged. */
export async function newestEventDay(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ last: string | null }>(
    `select to_char(max(event_date), 'YYYY-MM-DD') as last from events where retired_at is null`,
  );
  return rows[0]?.last ?? null;
}

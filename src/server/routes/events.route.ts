import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { countEvents, listEvents } from '../../store/event.repository.ts';
import { partialEvents } from '../../store/partial-events.ts';
import type { EventFilter, StoredEvent } from '../../store/types.ts';
import type { Viewer } from '../../store/viewer.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { EventFeatures, EventList, EventsQuery, problemResponses } from '../schemas.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Coded events, newest first, filtered; as a list or a GeoJSON FeatureCollection of points.',
  request: { query: EventsQuery },
  responses: {
    200: {
      description: 'One page of events. GeoJSON holds only the events that have coordinates.',
      content: {
        'application/json': { schema: EventList },
        'application/geo+json': { schema: EventFeatures },
      },
    },
    ...problemResponses,
  },
});

// The stages, in order: validated query → store filter → one page from the store → the asked format.
export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const query = c.req.valid('query');
    const filter = toFilter(query);
    const page = await fetchPage(db, filter, viewerOf(c));
    if (query.format === 'geojson') {
      return c.json(toFeatureCollection(page.events), 200, { 'Content-Type': 'application/geo+json' });
    }
    return c.json(page, 200);
  };

/** Query parameters → the repository's filter; checks what one field alone cannot. */
export function toFilter(q: Omit<EventsQuery, 'limit' | 'offset' | 'format'> & Partial<Pick<EventsQuery, 'limit' | 'offset'>>): EventFilter {
  if (q.from && q.to && q.from > q.to) {
    throw new HttpError(400, 'invalid_request', `from (${q.from}) is after to (${q.to}).`);
  }
  const bbox = q.bbox?.split(',').map(Number) as [number, number, number, number] | undefined;
  return {
    from: q.from,
    to: q.to,
    country: q.country,
    admin1: q.admin1,
    actor: q.actor,
    type: q.type,
    status: q.status,
    source: q.source,
    q: q.q,
    bbox,
    limit: q.limit,
    offset: q.offset,
  };
}

/**
 * Matches are counted up to this many past the end of the page, then the page says "more than":
 * counting every match of a 100,000-event store on every page is what a busy server cannot afford.
 */
const COUNT_AHEAD = 1_000;

async function fetchPage(db: AppDeps['db'], filter: EventFilter, viewer: Viewer): Promise<{ total: number; total_capped: boolean; events: StoredEvent[] }> {
  const upTo = (filter.offset ?? 0) + (filter.limit ?? 100) + COUNT_AHEAD;
  // The partly visible events are read once, for the count and the page.
  const partly = await partialEvents(db, viewer, filter);
  const [n, events] = await Promise.all([countEvents(db, filter, viewer, upTo, partly), listEvents(db, filter, viewer, { partly })]);
  return { total: Math.min(n, upTo), total_capped: n > upTo, events };
}

/** Events with coordinates as GeoJSON points ([longitude, latitude], RFC 7946). */
export function toFeatureCollection(events: StoredEvent[]) {
  return {
    type: 'FeatureCollection' as const,
    features: events.flatMap((e) =>
      e.latitude === null || e.longitude === null
        ? []
        : [
            {
              type: 'Feature' as const,
              id: e.id,
              geometry: { type: 'Point' as const, coordinates: [e.longitude, e.latitude] as [number, number] },
              properties: e,
            },
          ],
    ),
  };
}

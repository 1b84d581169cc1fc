import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { listEvents } from '../../store/event.repository.ts';
import { facets, mapSummary } from '../../store/map.repository.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { Facets, MapAnswer, MapQuery, problemResponses } from '../schemas.ts';
import { toFilter } from './events.route.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/map',
  summary: 'The map and timeline of the filtered events: counts per grid cell and type (the event itself when alone), and per day.',
  description: 'Cells are a quarter of a 256-pixel tile at the zoom asked for. Days ignore from and to, so a timeline can show what lies outside the range.',
  request: { query: MapQuery },
  responses: {
    200: { description: 'Cells, days and the total.', content: { 'application/json': { schema: MapAnswer } } },
    ...problemResponses,
  },
});

/** Degrees of longitude a quarter of a 256-pixel tile spans at this zoom (about 64 pixels). */
export const cellDegrees = (zoom: number): number => 360 / 2 ** Math.floor(zoom) / 4;

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const query = c.req.valid('query');
    const filter = toFilter(query);
    const size = cellDegrees(query.zoom);
    const viewer = viewerOf(c);
    const { cells, days } = await mapSummary(db, filter, size, viewer);
    const total = days.reduce((n, d) => n + (inRange(d.day, filter.from, filter.to) ? d.count : 0), 0);
    // The list's first page rides along: one request per filter change, and its total is counted
    // already (which also tells the list how to look for them).
    const events = query.limit > 0 ? await listEvents(db, { ...filter, limit: query.limit }, viewer, { matching: total }) : [];
    return c.json({ total, cell_degrees: size, cells, days, events }, 200);
  };

const inRange = (day: string, from?: string, to?: string) => (!from || day >= from) && (!to || day <= to);

export const facetsRoute = createRoute({
  method: 'get',
  path: '/api/facets',
  summary: "The values the dashboard's filters offer: countries with their admin1, actors (most frequent first), types, sources.",
  responses: {
    200: { description: 'The values.', content: { 'application/json': { schema: Facets } } },
    ...problemResponses,
  },
});

export const handleFacets =
  ({ db }: AppDeps): RouteHandler<typeof facetsRoute> =>
  async (c) => c.json(await facets(db, 300, viewerOf(c)), 200);

import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.ts';
import { Town, TownsQuery, problemResponses } from '../schemas.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/towns',
  summary: 'Towns of at least min_population people, for map labels.',
  request: { query: TownsQuery },
  responses: {
    200: { description: 'The towns.', content: { 'application/json': { schema: z.array(Town) } } },
    ...problemResponses,
  },
});

export const handle =
  ({ towns }: AppDeps): RouteHandler<typeof route> =>
  (c) => {
    const { min_population } = c.req.valid('query');
    // Labels change only when the gazetteer is rebuilt: let the browser keep them for an hour.
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(towns(min_population), 200);
  };

import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { countEvents } from '../../store/event.repository.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { Health, problemResponses } from '../schemas.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Whether the server and its store answer, and how many events the store holds.',
  responses: {
    200: { description: 'The server is up.', content: { 'application/json': { schema: Health } } },
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const events = await countEvents(db, {}, viewerOf(c));
    return c.json({ status: 'ok' as const, store: db.driver, events }, 200);
  };

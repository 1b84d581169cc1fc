import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { listChanges } from '../../store/event-state.repository.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { ChangeFeed, ChangesQuery, problemResponses } from '../schemas.ts';
import { asJson } from './event-history.route.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/changes',
  summary: 'The change feed: every creation, update, merge, split, retirement and review after a cursor, in order.',
  description: 'Keep `next` and ask again with since=next; an empty list means you are up to date.',
  request: { query: ChangesQuery },
  responses: {
    200: { description: 'The changes after `since`.', content: { 'application/json': { schema: ChangeFeed } } },
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { since, limit } = c.req.valid('query');
    const changes = await listChanges(db, since, limit, viewerOf(c));
    return c.json({ changes: changes.map(asJson), next: changes.at(-1)?.id ?? since }, 200);
  };

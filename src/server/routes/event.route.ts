import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { getEvent } from '../../store/event.repository.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { EventDetail, EventId, Problem, problemResponses } from '../schemas.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/events/{id}',
  summary: 'One event with its reports verbatim, the evidence behind each coded field, and the claims.',
  request: { params: EventId },
  responses: {
    200: { description: 'The event.', content: { 'application/json': { schema: EventDetail } } },
    404: { description: 'No such event.', content: { 'application/problem+json': { schema: Problem } } },
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { id } = c.req.valid('param');
    const event = await getEvent(db, id, viewerOf(c));
    if (!event) throw new HttpError(404, 'event_not_found', `No event with id ${id}.`);
    return c.json(event, 200);
  };

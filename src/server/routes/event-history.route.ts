import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { eventHistory } from '../../store/event-state.repository.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { EventId, History, notFound, problemResponses } from '../schemas.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/events/{id}/history',
  summary: 'Every change to the event, oldest first: who (the resolver or a person), when, why, before and after.',
  request: { params: EventId },
  responses: {
    200: { description: 'The history.', content: { 'application/json': { schema: History } } },
    ...notFound,
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { id } = c.req.valid('param');
    const changes = await eventHistory(db, id, viewerOf(c));
    if (changes.length === 0) throw new HttpError(404, 'event_not_found', `No event with id ${id}, or it has no history (imported rows).`);
    return c.json({ event_id: id, changes: changes.map(asJson) }, 200);
  };

/** Timestamps as ISO strings, as JSON carries them. */
export function asJson<T extends { at: Date }>(c: T): Omit<T, 'at'> & { at: string } {
  return { ...c, at: c.at.toISOString() };
}

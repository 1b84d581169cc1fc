import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { reviewEvent, type Review } from '../../dedup/event.review.ts';
import type { AppDeps } from '../deps.ts';
import { EventId, notFound, Problem, problemResponses, ReviewBody, ReviewResult } from '../schemas.ts';

export const route = createRoute({
  method: 'post',
  path: '/api/events/{id}/review',
  summary: 'Confirm, reject, edit, merge or split an event; each becomes a versioned change in its history.',
  request: { params: EventId, body: { content: { 'application/json': { schema: ReviewBody } }, required: true } },
  responses: {
    200: { description: 'The events changed, this one first.', content: { 'application/json': { schema: ReviewResult } } },
    ...notFound,
    409: { description: 'The event was merged away or retired.', content: { 'application/problem+json': { schema: Problem } } },
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { id } = c.req.valid('param');
    const { by, reason, ...review } = c.req.valid('json');
    const events = await reviewEvent(db, id, review as Review, { by, reason });
    return c.json({ events }, 200);
  };

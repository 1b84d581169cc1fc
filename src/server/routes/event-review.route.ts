import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { reviewEvent, type Review } from '../../dedup/event.review.ts';
import { appendAudit } from '../../store/audit.repository.ts';
import { eventsSeenWhole, getEvent } from '../../store/event.repository.ts';
import { actorOf } from '../../store/viewer.ts';
import { requireRole } from '../access.ts';
import { HttpError } from '../errors.ts';
import type { AppDeps } from '../deps.ts';
import { EventId, notFound, Problem, problemResponses, ReviewBody, ReviewResult } from '../schemas.ts';

export const route = createRoute({
  method: 'post',
  path: '/api/events/{id}/review',
  summary: 'Confirm, reject, edit, merge or split an event; each becomes a versioned change in its history. Needs the analyst role and sight of all the reports of the events changed.',
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
    const viewer = requireRole(c, 'analyst');
    const { by: _typed, reason, ...review } = c.req.valid('json');
    // Changing an event rewrites fields drawn from all its reports: only someone who sees them all may.
    const touched = [id, ...(review.action === 'merge' ? review.others : [])];
    if (!(await eventsSeenWhole(db, touched, viewer))) throw new HttpError(404, 'event_not_found', `No event with id ${touched.join(' or ')} that you may change.`);
    if ((await getEvent(db, id, viewer))?.origin === 'imported') throw new HttpError(409, 'conflict', `Event ${id} was imported from a dataset: review it there.`);
    const actor = actorOf(viewer);
    const events = await reviewEvent(db, id, review as Review, { by: actor, reason });
    await appendAudit(db, { actor, action: `event.${review.action}`, subject: `event:${id}`, detail: { review, reason: reason ?? null, events } });
    return c.json({ events }, 200);
  };

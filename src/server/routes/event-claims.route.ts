import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { claimsLedger } from '../../dedup/claims.ledger.ts';
import { eventClaims } from '../../store/event.repository.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { ClaimsLedger, EventId, notFound, problemResponses } from '../schemas.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/events/{id}/claims',
  summary: 'The claims ledger: every figure each source claims about the event, by kind, contradictions flagged.',
  request: { params: EventId },
  responses: {
    200: { description: 'The ledger.', content: { 'application/json': { schema: ClaimsLedger } } },
    ...notFound,
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { id } = c.req.valid('param');
    const claims = await eventClaims(db, id, viewerOf(c));
    if (!claims) throw new HttpError(404, 'event_not_found', `No event with id ${id}.`);
    return c.json({ event_id: id, kinds: claimsLedger(claims) }, 200);
  };

import { createRoute, z, type RouteHandler } from '@hono/zod-openapi';
import { alertView } from '../../deliver/alert.view.ts';
import { listAlerts, setAlertStatus } from '../../store/alert.repository.ts';
import { appendAudit } from '../../store/audit.repository.ts';
import { actorOf } from '../../store/viewer.ts';
import { requireRole, viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { IsoDate, Problem, problemResponses } from '../schemas.ts';

const AlertsQuery = z.object({
  since: IsoDate.optional().openapi({ description: 'Alerts whose days reach this date or later.' }),
  status: z.enum(['new', 'acknowledged', 'resolved']).optional(),
  lang: z.enum(['en', 'fr', 'ar']).default('en').openapi({ description: 'Language of the titles.' }),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

export const Alert = z
  .object({
    id: z.number().int(),
    kind: z.string().openapi({ example: 'coordinated_offensive' }),
    title: z.string(),
    severity: z.enum(['info', 'low', 'medium', 'high', 'critical']),
    status: z.enum(['new', 'acknowledged', 'resolved']),
    version: z.number().int().openapi({ description: 'Raised each time the finding changes.' }),
    first_day: z.string(),
    last_day: z.string(),
    event_ids: z.array(z.number().int()).openapi({ description: 'The events the alert rests on.' }),
    payload: z.object({ actors: z.array(z.string()), places: z.array(z.record(z.string(), z.unknown())), facts: z.record(z.string(), z.unknown()) }),
  })
  .openapi('Alert');

export const route = createRoute({
  method: 'get',
  path: '/api/alerts',
  summary: 'Alerts raised by the detectors (coordinated offensives, ...), most recently changed first, titled in the asked language.',
  request: { query: AlertsQuery },
  responses: {
    200: { description: 'The alerts.', content: { 'application/json': { schema: z.object({ alerts: z.array(Alert) }) } } },
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { since, status, lang, limit } = c.req.valid('query');
    const alerts = await listAlerts(db, { since, status, limit }, viewerOf(c));
    return c.json({ alerts: alerts.map((a) => alertView(a, lang)) }, 200);
  };

export const statusRoute = createRoute({
  method: 'post',
  path: '/api/alerts/{id}/status',
  summary: 'Move an alert along its lifecycle: new, acknowledged, resolved. Needs the analyst role.',
  request: {
    params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({ param: { name: 'id', in: 'path' } }) }),
    body: { content: { 'application/json': { schema: z.object({ status: z.enum(['new', 'acknowledged', 'resolved']) }) } }, required: true },
  },
  responses: {
    200: { description: 'The alert and its new status.', content: { 'application/json': { schema: z.object({ id: z.number().int(), status: z.string() }) } } },
    404: { description: 'No such alert.', content: { 'application/problem+json': { schema: Problem } } },
    ...problemResponses,
  },
});

export const handleStatus =
  ({ db }: AppDeps): RouteHandler<typeof statusRoute> =>
  async (c) => {
    const { id } = c.req.valid('param');
    const { status } = c.req.valid('json');
    const viewer = requireRole(c, 'analyst');
    await setAlertStatus(db, id, status, viewer);
    await appendAudit(db, { actor: actorOf(viewer), action: 'alert.status', subject: `alert:${id}`, detail: { status } });
    return c.json({ id, status }, 200);
  };

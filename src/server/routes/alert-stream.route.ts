import { createRoute, z, type RouteHandler } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import { AlertFilter, matchesAlert } from '../../deliver/alert.filter.ts';
import { visibleAlertIds, type AlertChange } from '../../store/alert.repository.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { Bbox, problemResponses } from '../schemas.ts';
import { alertView } from '../../deliver/alert.view.ts';

const list = (what: string) => z.string().min(1).max(1000).optional().openapi({ description: `Comma-separated ${what}.` });

const StreamQuery = z.object({
  lang: z.enum(['en', 'fr', 'ar']).default('en'),
  kinds: list('alert kinds (coordinated_offensive, siege, ...)'),
  actors: list('actor names or parts of names'),
  countries: list('countries'),
  min_severity: z.enum(['info', 'low', 'medium', 'high', 'critical']).optional(),
  bbox: Bbox.optional(),
  since: z.coerce.number().int().min(0).optional().openapi({ description: 'A cursor (an earlier message id): replay what came after it. The Last-Event-ID header does the same.' }),
});

export const route = createRoute({
  method: 'get',
  path: '/api/alerts/stream',
  summary: 'Alerts as they are raised or change, as Server-Sent Events: `event: alert`, `id: CURSOR`, `data:` one alert as in GET /api/alerts.',
  request: { query: StreamQuery },
  responses: {
    200: { description: 'An endless event stream; a comment line every 15 s keeps it open.', content: { 'text/event-stream': { schema: z.string() } } },
    ...problemResponses,
  },
});

const HEARTBEAT_MS = 15_000;

export const handle =
  ({ alertFeed, db }: Required<Pick<AppDeps, 'alertFeed' | 'db'>>): RouteHandler<typeof route> =>
  (c) => {
    const q = c.req.valid('query');
    const viewer = viewerOf(c);
    const filter = toFilter(q);
    const from = q.since ?? lastEventId(c.req.header('Last-Event-ID'));
    return streamSSE(c, async (stream) => {
      let wake: () => void = () => {};
      const inbox: AlertChange[] = [];
      const stop = await alertFeed.listen((changes) => {
        inbox.push(...changes);
        wake();
      }, from);
      stream.onAbort(stop);
      while (!stream.aborted && !stream.closed) {
        const batch = inbox.splice(0);
        const visible = await visibleAlertIds(db, batch.map((ch) => ch.alert.id), viewer);
        for (const change of batch) {
          if (!visible.has(change.alert.id) || !matchesAlert(change.alert, filter)) continue;
          await stream.writeSSE({ event: 'alert', id: String(change.cursor), data: JSON.stringify(alertView(change.alert, q.lang)) });
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, HEARTBEAT_MS);
          wake = () => (clearTimeout(timer), resolve());
        });
        if (inbox.length === 0) await stream.write(': keep-alive\n\n');
      }
      stop();
    }) as unknown as ReturnType<RouteHandler<typeof route>>;
  };

function toFilter(q: z.infer<typeof StreamQuery>): AlertFilter {
  const split = (s?: string) => s?.split(',').map((x) => x.trim()).filter(Boolean);
  const parsed = AlertFilter.safeParse({
    kinds: split(q.kinds), actors: split(q.actors), countries: split(q.countries), min_severity: q.min_severity,
    bbox: q.bbox?.split(',').map(Number),
  });
  if (!parsed.success) throw new HttpError(400, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

function lastEventId(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  if (!/^\d{1,15}$/.test(header)) throw new HttpError(400, 'invalid_request', 'Last-Event-ID must be a cursor sent by this stream');
  return Number(header);
}

import { createRoute, z, type RouteHandler } from '@hono/zod-openapi';
import { eventPages } from '../../export/event-pages.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.ts';
import { appendAudit } from '../../store/audit.repository.ts';
import { actorOf } from '../../store/viewer.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { ExportQuery, problemResponses } from '../schemas.ts';
import { toFilter } from './events.route.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/export',
  summary: 'Every event matching the filters (the map area as bbox), as ACLED-style CSV, GeoJSON or HXL CSV, downloaded as a file.',
  description: 'The same filters as /api/events, without paging. CSV cells a spreadsheet would run as formulas are neutralised.',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'The file, streamed.',
      content: {
        'text/csv': { schema: z.string() },
        'application/geo+json': { schema: z.string() },
      },
    },
    ...problemResponses,
  },
});

const FORMATS: Record<z.infer<typeof ExportQuery>['format'], { writer: ExportFormat; type: string; ext: string }> = {
  acled: { writer: 'acled-csv', type: 'text/csv; charset=utf-8', ext: 'acled.csv' },
  hxl: { writer: 'hxl-csv', type: 'text/csv; charset=utf-8', ext: 'hxl.csv' },
  geojson: { writer: 'geojson', type: 'application/geo+json; charset=utf-8', ext: 'geojson' },
};

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { format, ...query } = c.req.valid('query');
    const filter = toFilter(query);
    const viewer = viewerOf(c);
    await appendAudit(db, { actor: actorOf(viewer), action: 'export', subject: `events:${format}`, detail: { filter: { ...filter } } });
    const { writer, type, ext } = FORMATS[format];
    const encoder = new TextEncoder();
    // Each write waits for the reader: a slow client slows the reading of the store instead of filling memory.
    const { readable: body, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const out = writable.getWriter();
    EXPORT_FORMATS[writer](eventPages(db, filter, viewer), (chunk) => out.write(encoder.encode(chunk))).then(
      () => out.close(),
      (err: unknown) => {
        // The answer has begun: all that is left is to cut it short, which the client sees as a failed download.
        console.error(err);
        return out.abort(err);
      },
    );
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="sahelwatch-events.${ext}"` },
    }) as never;
  };

/**
 * POST /api/reports: the field-report inbox. A report sent here goes through the same pipeline as
 * `ingest` (extraction, resolution into events, detectors). Sending it again with the same
 * client_id, or the same text, finds the first one: 200 with created false. It needs the analyst
 * role; the report belongs to the sender's organisation, private unless the sender says public.
 */
import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { loadExtractor, type Extract } from '../../cli/extractor.ts';
import { ingestDocuments } from '../../cli/ingest-documents.ts';
import { contentHash, reportByClientId, setClientId } from '../../store/report.repository.ts';
import type { AppDeps } from '../deps.ts';
import { requireRole } from '../access.ts';
import { HttpError } from '../errors.ts';
import { FIELD_REPORT_MAX_CHARS, FieldReportBody, FieldReportResult, Problem, problemResponses } from '../schemas.ts';

/** Room for the longest text in UTF-8 (up to 3 bytes a character, JSON escapes aside) and the other fields. */
const MAX_BODY_BYTES = FIELD_REPORT_MAX_CHARS * 3 + 16 * 1024;

export const route = createRoute({
  method: 'post',
  path: '/api/reports',
  summary: 'Send a field report: stored, then coded and resolved into events like any ingested report. Needs the analyst role; owned by the sender’s organisation, private by default.',
  middleware: [
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new HttpError(413, 'too_large', `The body is over ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  ] as const,
  request: { body: { content: { 'application/json': { schema: FieldReportBody } }, required: true } },
  responses: {
    201: { description: 'Stored as a new report.', content: { 'application/json': { schema: FieldReportResult } } },
    200: { description: 'Already stored (same client_id, same text, or a near-duplicate).', content: { 'application/json': { schema: FieldReportResult } } },
    409: { description: 'The client_id was used for another text.', content: { 'application/problem+json': { schema: Problem } } },
    413: { description: 'The body is too large.', content: { 'application/problem+json': { schema: Problem } } },
    ...problemResponses,
  },
});

export const handle = (deps: AppDeps): RouteHandler<typeof route> => {
  // The pipeline's resources (gazetteer, registries) load once, at the first report.
  let pipeline: Promise<Extract> | undefined;
  const extractor = deps.extract ?? (() => (pipeline ??= loadExtractor()));
  return async (c) => {
    const viewer = requireRole(c, 'analyst');
    const { text, title, published_at, lang, source, client_id, sharing } = c.req.valid('json');
    const owner = viewer.kind === 'member' ? { organisationId: viewer.org.id, sharing } : undefined;
    if (client_id) {
      const earlier = await reportByClientId(deps.db, client_id);
      if (earlier && earlier.content_hash !== contentHash(text)) {
        throw new HttpError(409, 'conflict', `client_id ${client_id} was sent before with another text.`);
      }
      if (earlier) return c.json({ report_id: earlier.id, created: false }, 200);
    }
    const extract = await extractor();
    const doc = { id: client_id ?? 'field report', text, ...(title ? { title } : {}), ...(published_at ? { published: published_at } : {}), ...(lang ? { lang } : {}) };
    const summary = await ingestDocuments(deps.db, extract, [{ doc, source: { name: source, type: 'field report' }, ...(owner ? { owner } : {}) }]);
    const reportId = summary.reportIds[0]!;
    if (client_id) await setClientId(deps.db, reportId, client_id);
    const created = summary.reportsNew === 1;
    return c.json({ report_id: reportId, created }, created ? 201 : 200);
  };
};

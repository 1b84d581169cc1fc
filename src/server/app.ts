import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './deps.ts';
import { authenticate } from './access.ts';
import { HttpError, handleError } from './errors.ts';
import { DEFAULT_LIMITS, rateLimit, requestLimits } from './limits.ts';
import { endOnWrite, readCache } from './read-cache.ts';
import { dashboard } from './routes/dashboard.route.ts';
import { AlertFeed } from '../deliver/alert.feed.ts';
import * as alertStream from './routes/alert-stream.route.ts';
import * as alerts from './routes/alerts.route.ts';
import * as changes from './routes/changes.route.ts';
import * as corridors from './routes/corridors.route.ts';
import * as eventClaims from './routes/event-claims.route.ts';
import * as eventHistory from './routes/event-history.route.ts';
import * as eventReview from './routes/event-review.route.ts';
import * as event from './routes/event.route.ts';
import * as events from './routes/events.route.ts';
import * as exportFile from './routes/export.route.ts';
import * as health from './routes/health.route.ts';
import * as map from './routes/map.route.ts';
import * as session from './routes/session.route.ts';
import * as situations from './routes/situations.route.ts';
import * as reports from './routes/reports.route.ts';
import * as towns from './routes/towns.route.ts';

export type { AppDeps, Town } from './deps.ts';

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * The HTTP API and the dashboard, as one Hono app: call `app.request(...)` in tests, or hand it
 * to startServer. Every query and path parameter is checked by the route's zod schema, which also
 * writes /api/openapi.json.
 *
 * @example const app = createApp({ db: await openStore({}), towns: () => [] });
 *          await app.request('/api/health');
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    // Validation failures take the same road as every other error: to handleError.
    defaultHook: (result) => {
      if (!result.success) {
        const detail = result.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
        throw new HttpError(400, 'invalid_request', detail, { cause: result.error });
      }
    },
  });
  app.onError(handleError);
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false }));
  // Then, for the API: size and time limits, the rate per token or address, and who is asking
  // (resolved here once; every route reads it with viewerOf and hands it to the store).
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  app.use('/api/*', ...requestLimits(limits), rateLimit(limits, deps.clock), authenticate(deps.db));
  if (deps.dataWatch) {
    const cache = readCache(deps.dataWatch);
    app.use('/api/*', endOnWrite(deps.dataWatch));
    app.use('/api/events', cache);
    app.use('/api/map', cache);
  }

  app.openapi(health.route, health.handle(deps));
  app.openapi(session.route, session.handle(deps));
  app.openapi(session.whoRoute, session.handleWho(deps));
  app.openapi(session.signOutRoute, session.handleSignOut(deps));
  app.openapi(events.route, events.handle(deps));
  app.openapi(event.route, event.handle(deps));
  app.openapi(eventHistory.route, eventHistory.handle(deps));
  app.openapi(eventClaims.route, eventClaims.handle(deps));
  app.openapi(eventReview.route, eventReview.handle(deps));
  app.openapi(changes.route, changes.handle(deps));
  app.openapi(alertStream.route, alertStream.handle({ alertFeed: deps.alertFeed ?? new AlertFeed(deps.db), db: deps.db }));
  app.openapi(alerts.route, alerts.handle(deps));
  app.openapi(alerts.statusRoute, alerts.handleStatus(deps));
  app.openapi(towns.route, towns.handle(deps));
  app.openapi(map.route, map.handle(deps));
  app.openapi(map.facetsRoute, map.handleFacets(deps));
  app.openapi(corridors.route, corridors.handle(deps));
  app.openapi(situations.route, situations.handle(deps));
  app.openapi(situations.detailRoute, situations.handleDetail(deps));
  app.openapi(exportFile.route, exportFile.handle(deps));
  app.openapi(reports.route, reports.handle(deps));
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'sahelwatch',
      version: VERSION,
      description:
        'Conflict events in the Sahel coded on ACLED’s taxonomy, each field backed by evidence in the reports. ' +
        'Without credentials the API answers public data only; send `Authorization: Bearer TOKEN` (sahelwatch token create) ' +
        'or sign in (POST /api/session) to see what your organisation and its partners share. Errors are RFC 9457 problem details.',
    },
    security: [{}, { bearer: [] }, { session: [] }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'An API token.' });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey', in: 'cookie', name: 'sahelwatch_session',
    description: 'The cookie POST /api/session sets; unsafe requests also send X-CSRF-Token.',
  });
  app.get('*', dashboard(deps.webRoot ?? DEFAULT_WEB_ROOT));
  app.notFound(() => {
    throw new HttpError(404, 'not_found', 'No such resource.');
  });
  return app;
}

// The dashboard is all same-origin files: no inline script or style, no other host.
// img-src allows data: for the few icons Leaflet's stylesheet inlines.
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

import { createRoute, z, type RouteHandler } from '@hono/zod-openapi';
import type { UiLang } from '../../detect/alert.title.ts';
import { listAlerts, type StoredAlert } from '../../store/alert.repository.ts';
import { eventsAt } from '../../store/map.repository.ts';
import { viewerOf } from '../access.ts';
import type { AppDeps } from '../deps.ts';
import { HttpError } from '../errors.ts';
import { LangQuery, Problem, Situation, SituationDetail, problemResponses } from '../schemas.ts';
import { corridorsWithStatus, titleOf } from './corridors.route.ts';

/** The alert kinds that are standing situations around towns. */
const SITUATION_KINDS = ['siege', 'blockade'];

export const route = createRoute({
  method: 'get',
  path: '/api/situations',
  summary: 'Standing situations (sieges, blockades): their towns with coordinates and the corridors threatened through them.',
  request: { query: LangQuery },
  responses: {
    200: { description: 'The situations, most recently changed first.', content: { 'application/json': { schema: z.object({ situations: z.array(Situation) }) } } },
    ...problemResponses,
  },
});

export const handle =
  ({ db }: AppDeps): RouteHandler<typeof route> =>
  async (c) => {
    const { lang } = c.req.valid('query');
    const viewer = viewerOf(c);
    const [situations, corridorAlerts] = await Promise.all([listAlerts(db, { kinds: SITUATION_KINDS, limit: 5000 }, viewer), listAlerts(db, { kinds: ['corridor'], limit: 5000 }, viewer)]);
    return c.json({ situations: situations.map((s) => situationOf(s, corridorAlerts, lang)) }, 200);
  };

export const detailRoute = createRoute({
  method: 'get',
  path: '/api/situations/{id}',
  summary: 'One situation with the events at its towns since it began and the corridors it threatens.',
  request: {
    params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({ param: { name: 'id', in: 'path' }, example: 3 }) }),
    query: LangQuery,
  },
  responses: {
    200: { description: 'The situation.', content: { 'application/json': { schema: SituationDetail } } },
    404: { description: 'No such situation.', content: { 'application/problem+json': { schema: Problem } } },
    ...problemResponses,
  },
});

export const handleDetail =
  (deps: AppDeps): RouteHandler<typeof detailRoute> =>
  async (c) => {
    const { id } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const viewer = viewerOf(c);
    const alert = (await listAlerts(deps.db, { kinds: SITUATION_KINDS, limit: 5000 }, viewer)).find((a) => a.id === id);
    if (!alert) throw new HttpError(404, 'situation_not_found', `No siege or blockade with id ${id}.`);
    const situation = situationOf(alert, await listAlerts(deps.db, { kinds: ['corridor'], limit: 5000 }, viewer), lang);
    const events = await eventsAt(deps.db, alert.payload.places, alert.first_day, 1000, viewer);
    const corridors = (await corridorsWithStatus(deps, lang, viewer)).filter((k) => situation.corridor_ids.includes(k.id));
    return c.json({ ...situation, events, corridors }, 200);
  };

/** The corridor detector keys what a siege threatens as "<corridor>|siege|<siege key>". */
function situationOf(a: StoredAlert, corridorAlerts: StoredAlert[], lang: UiLang): z.infer<typeof Situation> {
  const corridorIds = corridorAlerts.filter((k) => k.key.endsWith(`|siege|${a.key}`)).map((k) => String(k.payload.facts.corridor_id));
  return {
    id: a.id, kind: a.kind, title: titleOf(a, lang), severity: a.severity, status: a.status,
    first_day: a.first_day, last_day: a.last_day, actors: a.payload.actors,
    places: a.payload.places.map((p) => ({ name: p.name, country: p.country, latitude: p.latitude, longitude: p.longitude })),
    event_ids: a.event_ids, corridor_ids: [...new Set(corridorIds)],
  };
}

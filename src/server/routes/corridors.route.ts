import { createRoute, z, type RouteHandler } from '@hono/zod-openapi';
import { alertTitle, type UiLang } from '../../detect/alert.title.ts';
import { loadCorridors, type Corridor as CorridorData } from '../../detect/corridors.ts';
import { loadGazetteer } from '../../pipeline/places/gazetteer.ts';
import { listAlerts, type StoredAlert } from '../../store/alert.repository.ts';
import { viewerOf } from '../access.ts';
import type { Viewer } from '../../store/viewer.ts';
import type { AppDeps } from '../deps.ts';
import { Corridor, LangQuery, problemResponses } from '../schemas.ts';

export const route = createRoute({
  method: 'get',
  path: '/api/corridors',
  summary: 'The trade corridors: their towns in order with coordinates, and whether an unresolved alert says they are threatened.',
  request: { query: LangQuery },
  responses: {
    200: { description: 'The corridors.', content: { 'application/json': { schema: z.object({ corridors: z.array(Corridor) }) } } },
    ...problemResponses,
  },
});

export const handle =
  (deps: AppDeps): RouteHandler<typeof route> =>
  async (c) => c.json({ corridors: await corridorsWithStatus(deps, c.req.valid('query').lang, viewerOf(c)) }, 200);

let shipped: CorridorData[] | null = null;
/** The shipped corridors, placed through the gazetteer on first use. */
const shippedCorridors = () => (shipped ??= loadCorridors(loadGazetteer()));

export type CorridorAnswer = z.infer<typeof Corridor>;

/** Every corridor with the unresolved corridor alerts that name it (newest first). */
export async function corridorsWithStatus(deps: AppDeps, lang: UiLang, viewer: Viewer): Promise<CorridorAnswer[]> {
  const alerts = (await listAlerts(deps.db, { kinds: ['corridor'], limit: 5000 }, viewer)).filter((a) => a.status !== 'resolved');
  return (deps.corridors ?? shippedCorridors)().map((c) => {
    const mine = alerts.filter((a) => a.payload.facts.corridor_id === c.id);
    return {
      id: c.id,
      name: c.name,
      crossing: c.crossing,
      goods: c.goods,
      towns: c.towns.map((t) => ({ name: t.name, country: t.country, latitude: t.latitude, longitude: t.longitude })),
      status: mine.length > 0 ? ('threatened' as const) : ('no_alert' as const),
      alerts: mine.map((a) => ({ id: a.id, title: titleOf(a, lang), reason: String(a.payload.facts.reason ?? ''), severity: a.severity, first_day: a.first_day })),
    };
  });
}

export const titleOf = (a: StoredAlert, lang: UiLang) => alertTitle({ kind: a.kind, facts: a.payload.facts }, lang);

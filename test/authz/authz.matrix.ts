/**
 * The authorisation matrix: every route of the OpenAPI description, called by every caller
 * (anonymous; viewer, analyst, editor, admin of the owning, a partner and another organisation)
 * on data at every sharing level. A leak is an answer holding a marker of data the caller may not
 * see, or a change it may not make; a miss is data it may see that does not show.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { hasRole } from '../../src/store/viewer.ts';
import { ALLOWED, LEVELS, type Caller, type Fixture, type Level } from './authz.fixture.ts';

export interface Finding { caller: string; request: string; problem: string }
interface Call { method: string; path: string; body?: unknown; target?: Level | 'merged' }

export async function walkMatrix(app: OpenAPIHono, fx: Fixture): Promise<{ leaks: Finding[]; misses: Finding[]; calls: number }> {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, any>> };
  const calls = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).flatMap(([method, op]) => callsOf(method, path, op, fx)));
  const leaks: Finding[] = [];
  const misses: Finding[] = [];
  let n = 0;
  // Each request is made by every caller in turn, starting with a different caller each time: an
  // answer kept for one (server/read-cache.ts) and handed to the next shows up as a leak or a miss.
  const inTurn = (i: number) => [...fx.callers.slice(i % fx.callers.length), ...fx.callers.slice(0, i % fx.callers.length)];
  for (const [i, call] of calls.entries()) {
    for (const caller of inTurn(i)) {
      const allowed = ALLOWED[caller.relation];
      const hidden = LEVELS.filter((l) => !allowed.includes(l)).flatMap((l) => fx.markers[l]);
      n++;
      const request = `${call.method.toUpperCase()} ${call.path}`;
      const { status, text } = await send(app, caller, call, allowed.length);
      if (status >= 500) misses.push({ caller: caller.name, request, problem: `status ${status}` });
      for (const m of hidden) if (text.includes(m)) leaks.push({ caller: caller.name, request, problem: `answer holds ${m}` });
      const whole = call.target === 'merged' ? caller.relation === 'own' : call.target ? allowed.includes(call.target) : true;
      if (call.method !== 'get' && call.target && status === 200 && !(whole && caller.role && hasRole({ kind: 'member', org: { id: 0, name: '' }, role: caller.role, partnerships: [], who: '' }, 'analyst'))) {
        leaks.push({ caller: caller.name, request, problem: `changed what it may not (status ${status})` });
      }
      const importedHistory = call.path.endsWith('/history') && LEVELS.some((l) => call.path.startsWith(`/api/events/${fx.imported[l]}/`));
      if (call.method === 'get' && call.target && call.target !== 'merged' && allowed.includes(call.target) && status !== 200 && !importedHistory) {
        misses.push({ caller: caller.name, request, problem: `status ${status} for data it may see` });
      }
    }
  }
  for (const [i, path] of ['/api/events?limit=5000', '/api/alerts', '/api/situations', '/api/facets', '/api/changes?limit=5000'].entries()) {
    for (const caller of inTurn(i)) {
      const allowed = ALLOWED[caller.relation];
      const { text } = await send(app, caller, { method: 'get', path }, allowed.length);
      for (const l of allowed) if (!text.includes(fx.markers[l][0]!)) misses.push({ caller: caller.name, request: `GET ${path}`, problem: `no ${l} data` });
    }
  }
  return { leaks, misses, calls: n };
}

/** The requests made of one route: each id it can take, each enum of a required parameter, searches for each marker. */
function callsOf(method: string, path: string, op: any, fx: Fixture): Call[] {
  const params: any[] = op.parameters ?? [];
  const ids: Array<[number, Level | 'merged']> = path.startsWith('/api/events/')
    ? [...LEVELS.map((l) => [fx.events[l], l] as [number, Level]), ...LEVELS.map((l) => [fx.imported[l], l] as [number, Level]), [fx.events.merged, 'merged']]
    : path.includes('{id}') ? LEVELS.map((l) => [fx.alerts[l], l]) : [];
  const paths: Array<{ path: string; target?: Level | 'merged' }> = path.includes('{id}') ? ids.map(([id, target]) => ({ path: path.replace('{id}', String(id)), target })) : [{ path }];
  const required = params.filter((p) => p.in === 'query' && p.required);
  const queries = required.length === 0 ? [''] : required[0].schema.enum.map((v: string) => `${required[0].name}=${v}`);
  const searches = params.some((p) => p.name === 'q') ? LEVELS.flatMap((l) => fx.markers[l].map((m) => `q=${m}`)) : [];
  const body = path.endsWith('/review') ? { action: 'confirm' } : path.endsWith('/status') ? { status: 'acknowledged' } : path === '/api/session' && method === 'post' ? { email: 'nobody@example.org', password: 'not a password' } : undefined;
  return paths.flatMap((p) => [...queries, ...searches.map((s) => [queries[0], s].filter(Boolean).join('&'))].map((q) => ({ method, ...p, path: q ? `${p.path}?${q}` : p.path, body })));
}

async function send(app: OpenAPIHono, caller: Caller, call: Call, visibleLevels: number): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(caller.token ? { Authorization: `Bearer ${caller.token}` } : {}) };
  const res = await app.request(call.path.startsWith('/api/alerts/stream') ? `${call.path}?since=0` : call.path, {
    method: call.method.toUpperCase(), headers, ...(call.body ? { body: JSON.stringify(call.body) } : {}),
  });
  if (!call.path.startsWith('/api/alerts/stream')) return { status: res.status, text: await res.text() };
  // The stream never ends: read as many alerts as the caller may see (a leak, made first, comes before them).
  const reader = res.body!.getReader();
  let text = '';
  while ((text.match(/^event: alert$/gm) ?? []).length < visibleLevels) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  await reader.cancel();
  return { status: res.status, text };
}

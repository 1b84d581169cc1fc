// The dashboard's only way to the server: same-origin JSON, typed with the server's own types.
import type { z } from '@hono/zod-openapi';
import type { Corridor, Facets, MapAnswer, Situation, SituationDetail } from '../../src/server/schemas.ts';
import type { ClaimsLedger, History } from '../../src/server/schemas.ts';
import type { EventDetail, StoredEvent } from '../../src/store/types.ts';
import type { Town } from '../../src/server/deps.ts';

export type { EventDetail, StoredEvent, Town };
export type MapData = Omit<z.infer<typeof MapAnswer>, 'events'> & { events: StoredEvent[] };
export type FacetData = z.infer<typeof Facets>;
export type CorridorData = z.infer<typeof Corridor>;
export type SituationData = z.infer<typeof Situation>;
export type SituationPage = z.infer<typeof SituationDetail>;
export type Ledger = z.infer<typeof ClaimsLedger>;
export type EventHistory = z.infer<typeof History>;

/** An alert as GET /api/alerts lists it (and the live stream sends it). */
export interface Alert {
  id: number;
  kind: string;
  title: string;
  severity: 'info' | 'low' | 'medium' | 'high' | 'critical';
  status: 'new' | 'acknowledged' | 'resolved';
  version: number;
  first_day: string;
  last_day: string;
  event_ids: number[];
  payload: { actors: string[]; places: Array<{ name: string; latitude: number | null; longitude: number | null }>; facts: Record<string, unknown> };
}

export interface Change {
  id: number;
  event_id: number;
  version: number;
  action: string;
  actor: string;
  reason: string | null;
  at: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The session's CSRF token (set at sign-in, readable on purpose), sent back with every change. */
export function csrfHeader(): Record<string, string> {
  const token = document.cookie.split('; ').find((c) => c.startsWith('sahelwatch_csrf='))?.slice('sahelwatch_csrf='.length);
  return token ? { 'X-CSRF-Token': decodeURIComponent(token) } : {};
}

export interface SessionAnswer {
  email: string;
  organisation: string;
  role: 'viewer' | 'analyst' | 'editor' | 'admin';
  csrf_token: string;
  expires_at: string;
}

const unauthorized: Array<() => void> = [];
/** Called when a change is answered 401: the session ran out or was ended elsewhere. */
export const onUnauthorized = (listener: () => void) => void unauthorized.push(listener);
export const notifyUnauthorized = () => unauthorized.forEach((l) => l());

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const unsafe = (init?.method ?? 'GET') !== 'GET';
  const res = await fetch(path, {
    ...init,
    headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}), ...(unsafe ? csrfHeader() : {}) },
  });
  if (!res.ok) {
    if (res.status === 401 && unsafe && path !== '/api/session') notifyUnauthorized();
    // Problem details (RFC 9457) carry a human detail; fall back to the status line.
    const problem = (await res.json().catch(() => null)) as { detail?: string } | null;
    throw new ApiError(res.status, problem?.detail ?? `${res.status} ${res.statusText}`);
  }
  return (res.status === 204 ? null : await res.json()) as T;
}

const post = <T>(path: string, body: unknown) => call<T>(path, { method: 'POST', body: JSON.stringify(body) });

/** Sign in: the server sets the session cookies; a 401 for a wrong email or password, or a locked account. */
export const signIn = (email: string, password: string) => post<SessionAnswer>('/api/session', { email, password });
export const signOut = () => call<null>('/api/session', { method: 'DELETE' });
/** Who is signed in on this browser, if anyone. */
export const fetchSession = () => call<({ signed_in: true } & SessionAnswer) | { signed_in: false }>('/api/session');
export const fetchMap = (query: string, signal?: AbortSignal) => call<MapData>(`/api/map?${query}`, { signal });
export const fetchEvents = (query: string) => call<{ total: number; events: StoredEvent[] }>(`/api/events?${query}`);
export const fetchFacets = () => call<FacetData>('/api/facets');
export const fetchEvent = (id: number) => call<EventDetail>(`/api/events/${id}`);
export const fetchLedger = (id: number) => call<Ledger>(`/api/events/${id}/claims`);
export const fetchHistory = (id: number) => call<EventHistory>(`/api/events/${id}/history`);
export const review = (id: number, body: Record<string, unknown>) => post<{ events: number[] }>(`/api/events/${id}/review`, body);
export const fetchTowns = (minPopulation: number) => call<Town[]>(`/api/towns?min_population=${minPopulation}`);
export const fetchAlerts = (lang: string) => call<{ alerts: Alert[] }>(`/api/alerts?lang=${lang}`);
export const setAlertStatus = (id: number, status: Alert['status']) => post<{ id: number; status: string }>(`/api/alerts/${id}/status`, { status });
export const fetchCorridors = (lang: string) => call<{ corridors: CorridorData[] }>(`/api/corridors?lang=${lang}`);
export const fetchSituations = (lang: string) => call<{ situations: SituationData[] }>(`/api/situations?lang=${lang}`);
export const fetchSituation = (id: number, lang: string) => call<SituationPage>(`/api/situations/${id}?lang=${lang}`);
export const fetchChanges = (since: number) => call<{ changes: Change[]; next: number }>(`/api/changes?since=${since}&limit=500`);

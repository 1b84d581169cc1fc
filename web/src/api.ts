// The dashboard's only way to the server: same-origin JSON, typed with the store's own row types.
import type { EventDetail, StoredEvent } from '../../src/store/types.ts';
import type { Town } from '../../src/server/deps.ts';

export type { EventDetail, StoredEvent, Town };

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    id: number;
    geometry: { type: 'Point'; coordinates: [number, number] };
    properties: StoredEvent;
  }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    // Problem details (RFC 9457) carry a human detail; fall back to the status line.
    const problem = (await res.json().catch(() => null)) as { detail?: string } | null;
    throw new ApiError(res.status, problem?.detail ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export const fetchEvents = (limit = 5000) =>
  getJson<{ total: number; events: StoredEvent[] }>(`/api/events?limit=${limit}`);

export const fetchEventFeatures = (limit = 5000) =>
  getJson<EventFeatureCollection>(`/api/events?format=geojson&limit=${limit}`);

export const fetchEvent = (id: number) => getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`);

export const fetchTowns = (minPopulation: number) => getJson<Town[]>(`/api/towns?min_population=${minPopulation}`);

// The dashboard's whole state lives in the URL, so a view can be shared and the back button
// works: filters, the map view, the open panel and the open event or situation.

/** The filters, named as /api/events names them. */
export const FILTER_KEYS = ['from', 'to', 'country', 'admin1', 'actor', 'type', 'source', 'status', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export type Panel = 'events' | 'alerts' | 'since';

export interface ViewState {
  filters: Filters;
  /** Keep list, timeline and exports to the map area (the map always shows its area). */
  area: boolean;
  /** Map view: zoom and centre; null until the map first moves. */
  view: { zoom: number; lat: number; lon: number } | null;
  panel: Panel;
  event: number | null;
  situation: number | null;
}

const PANELS: Panel[] = ['events', 'alerts', 'since'];

export function readState(search = location.search): ViewState {
  const p = new URLSearchParams(search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k)?.trim();
    if (v) filters[k] = v;
  }
  const [zoom, lat, lon] = (p.get('map') ?? '').split('/').map(Number);
  const view = [zoom, lat, lon].every((n) => n !== undefined && Number.isFinite(n)) ? { zoom: zoom!, lat: lat!, lon: lon! } : null;
  const panel = PANELS.find((x) => x === p.get('panel')) ?? 'events';
  return { filters, area: p.get('area') !== '0', view, panel, event: positive(p.get('event')), situation: positive(p.get('situation')) };
}

export function toSearch(s: ViewState): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (!s.area) p.set('area', '0');
  if (s.view) p.set('map', `${s.view.zoom}/${s.view.lat.toFixed(4)}/${s.view.lon.toFixed(4)}`);
  if (s.panel !== 'events') p.set('panel', s.panel);
  if (s.event) p.set('event', String(s.event));
  if (s.situation) p.set('situation', String(s.situation));
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** The filters as a query string for the API, with the map area when asked for. */
export function filterQuery(s: ViewState, bbox: string | null, extra: Record<string, string | number> = {}): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.filters[k]) p.set(k, s.filters[k]!);
  if (bbox) p.set('bbox', bbox);
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p.toString();
}

type Listener = (next: ViewState, prev: ViewState) => void;
const listeners: Listener[] = [];
let state = readState();

export const getState = (): ViewState => state;

/** Subscribes to every change of state, by the page or by the back and forward buttons. */
export function onState(fn: Listener): void {
  listeners.push(fn);
}

/**
 * Changes the state and the URL. A new history entry by default; `replace` for changes not worth
 * a back-button step (the map moving).
 */
export function update(patch: Partial<ViewState>, opts: { replace?: boolean } = {}): void {
  const prev = state;
  state = { ...state, ...patch };
  const url = `${location.pathname}${toSearch(state)}`;
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  for (const fn of listeners) fn(state, prev);
}

addEventListener('popstate', () => {
  const prev = state;
  state = readState();
  for (const fn of listeners) fn(state, prev);
});

function positive(s: string | null): number | null {
  const n = Number(s);
  return s && Number.isInteger(n) && n > 0 ? n : null;
}

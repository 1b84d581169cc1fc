// The dashboard: a map of the Sahel with the events counted on it, corridors and sieges, a
// timeline and filters, the events' list, alerts live, what changed since the last visit, and
// each event with its evidence. Everything follows the state in the URL; start-up is at the bottom.
import 'leaflet/dist/leaflet.css';
import './styles.css';
import L from 'leaflet';
import * as api from './api.ts';
import { createAlertsPanel } from './alerts-panel.ts';
import { addBasemap } from './basemap.ts';
import { drawCells } from './clusters-layer.ts';
import { renderEventDetail } from './event-detail.ts';
import { markSelected, renderEventList } from './event-list.ts';
import { createFieldReports } from './field-report.ts';
import { createFilterBar } from './filter-bar.ts';
import { LANGS, initialLang, isLang, lang, setLang, t, type MessageKey } from './i18n/i18n.ts';
import { addLegend } from './legend.ts';
import { bboxOf, createMap, sameView, viewOf } from './map-view.ts';
import { createSession } from './session.ts';
import { createSinceLast } from './since-last.ts';
import { renderSituation } from './situation-page.ts';
import { drawCorridors, drawSituations } from './situations-layer.ts';
import { filterQuery, getState, onState, update, type Panel, type ViewState } from './state.ts';
import { createTimeline } from './timeline.ts';
import { addTownLabels } from './town-labels.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const list = $<HTMLOListElement>('event-list');
const panels: Record<Panel | 'detail', HTMLElement> = { events: $('list-panel'), alerts: $('alerts-panel'), since: $('since-panel'), detail: $('detail-panel') };
const problem = $<HTMLElement>('problem');
const PAGE = 100;

function showProblem(key: MessageKey, err: unknown, vars: Record<string, string | number> = {}): void {
  problem.hidden = false;
  problem.textContent = `${t(key, vars)}: ${err instanceof Error ? err.message : String(err)}`;
}

const map = createMap(getState().view);
const legend = addLegend(map);
const layers = { events: L.layerGroup().addTo(map), corridors: L.layerGroup().addTo(map), situations: L.layerGroup().addTo(map) };
const open = (id: number) => update({ event: id, situation: null });
const openSituation = (id: number) => update({ situation: id, event: null });
const filterBar = createFilterBar($('filters'), (filters, area) => update({ filters, area, event: null, situation: null }));
const timeline = createTimeline($('timeline'), (from, to) => {
  const { from: _f, to: _t, ...rest } = getState().filters;
  update({ filters: { ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) } });
});
const alerts = createAlertsPanel($('alert-list'), $('toasts'), {
  showOnMap: (a) => {
    update({ filters: { from: a.first_day, to: a.last_day }, panel: 'events', event: null, situation: null });
    fitPlaces(a.payload.places);
  },
  openSituation,
  counted: (n) => ($('alerts-count').textContent = n ? String(n) : ''),
  live: () => void drawOverlays(),
});
const fieldReports = createFieldReports();
// Signed in or out: what the viewer may see changes (an organisation's own events), so the lists
// reload. The open event stays as it is (its review buttons follow by themselves) and keeps the focus.
const session = createSession(() => {
  fieldReports.resend();
  void Promise.all([refresh(), alerts.reload(), since.reload(), drawOverlays()]).catch((err) => showProblem('problem.events', err));
});
// Back online after a cut (the field's usual day): what was missed meanwhile is read again.
addEventListener('online', () => {
  void Promise.all([refresh(), alerts.reload(), since.reload(), drawOverlays()]).catch((err) => showProblem('problem.events', err));
});
const since = createSinceLast(panels.since, { open, counted: (n) => ($('since-count').textContent = n ? String(n) : '') });

function fitPlaces(places: Array<{ latitude: number | null; longitude: number | null }>): void {
  const points = places.flatMap((p) => (p.latitude === null || p.longitude === null ? [] : [L.latLng(p.latitude, p.longitude)]));
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.5), { maxZoom: 8 });
}

/**
 * Map cells, timeline, list and export links for the current state. A newer call cancels an older
 * one: the browser then never waits for an answer no one will draw (it holds one of its six connections).
 */
let pending: AbortController | null = null;
let shown = 0;
async function refresh(): Promise<void> {
  pending?.abort();
  const mine = (pending = new AbortController());
  const s = getState();
  const area = s.area ? bboxOf(map) : null;
  const answer = await api.fetchMap(filterQuery(s, area, { zoom: Math.round(map.getZoom()), limit: PAGE }), mine.signal).catch((err: unknown) => {
    if (mine.signal.aborted) return null;
    throw err;
  });
  if (!answer || mine.signal.aborted) return;
  drawCells(layers.events, answer.cells, { open, zoomTo: (lat, lon) => map.setView([lat, lon], Math.min(map.getMaxZoom(), map.getZoom() + 2)) });
  timeline.render(answer.days, s.filters.from, s.filters.to);
  renderEventList(list, answer.events, open);
  shown = answer.events.length;
  showCounts(answer.total);
  markSelected(list, s.event);
  markMarker(s.event);
  for (const format of ['acled', 'geojson', 'hxl']) $<HTMLAnchorElement>(`export-${format}`).href = `/api/export?${filterQuery(s, area, { format })}`;
  document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes ?? 0) + 1);
}

function showCounts(total: number): void {
  $('summary').textContent = t('summary.events', { total });
  $('list-shown').textContent = t('list.shown', { shown, total });
  $('list-more').hidden = shown >= total;
  $('list-more').dataset.total = String(total);
}

async function more(): Promise<void> {
  const s = getState();
  const page = await api.fetchEvents(filterQuery(s, s.area ? bboxOf(map) : null, { limit: PAGE, offset: shown }));
  renderEventList(list, page.events, open, true);
  shown += page.events.length;
  showCounts(page.total);
}

function markMarker(id: number | null): void {
  for (const path of document.querySelectorAll('.event-marker')) path.classList.toggle('selected', id !== null && path.classList.contains(`event-marker-${id}`));
}

async function drawOverlays(): Promise<void> {
  const [corridors, situations] = await Promise.all([api.fetchCorridors(lang()), api.fetchSituations(lang())]);
  drawCorridors(layers.corridors, corridors.corridors);
  drawSituations(layers.situations, situations.situations, openSituation);
}

/** Which panel shows: an event or a situation when one is open, else the chosen tab. */
async function showPanel(s: ViewState): Promise<void> {
  const which: Panel | 'detail' = s.event || s.situation ? 'detail' : s.panel;
  for (const [name, panel] of Object.entries(panels)) panel.hidden = name !== which;
  for (const tab of document.querySelectorAll<HTMLButtonElement>('.tab')) tab.setAttribute('aria-pressed', String(!s.event && !s.situation && tab.dataset.panel === s.panel));
  markSelected(list, s.event);
  markMarker(s.event);
  const back = () => update({ event: null, situation: null });
  try {
    if (s.event) {
      const id = s.event;
      const [event, ledger, history] = await Promise.all([api.fetchEvent(id), api.fetchLedger(id).catch(() => null), api.fetchHistory(id).catch(() => null)]);
      if (getState().event !== id) return; // another click came first
      renderEventDetail(panels.detail, event, { ledger, history }, { close: back, reviewed: (next) => {
        void refresh();
        if (next === id) void showPanel(getState());
        else open(next);
      } });
    } else if (s.situation) {
      const page = await api.fetchSituation(s.situation, lang());
      if (getState().situation !== page.id) return;
      renderSituation(panels.detail, page, { close: back, open });
      fitPlaces(page.places);
    }
  } catch (err) {
    showProblem('problem.event', err, { id: s.event ?? s.situation ?? 0 });
  }
}

onState((s, prev) => {
  if (!sameView(s.view, viewOf(map)) && s.view) map.setView([s.view.lat, s.view.lon], s.view.zoom); // back button
  // The request first: the filter bar is filled in while the server works.
  if (JSON.stringify(s.filters) !== JSON.stringify(prev.filters) || s.area !== prev.area || !sameView(s.view, prev.view)) void refresh().catch((e) => showProblem('problem.events', e));
  filterBar.show(s);
  if (s.event !== prev.event || s.situation !== prev.situation || s.panel !== prev.panel) void showPanel(s);
});

async function switchLanguage(l: string): Promise<void> {
  if (!isLang(l)) return;
  setLang(l);
  filterBar.build(null);
  legend.redraw();
  fieldReports.redraw();
  session.redraw();
  await Promise.all([refresh(), alerts.reload(), since.reload(), drawOverlays(), showPanel(getState())]);
}

async function start(): Promise<void> {
  setLang(initialLang());
  const select = $<HTMLSelectElement>('lang');
  select.append(...LANGS.map((l) => new Option(l.name, l.code)));
  select.value = lang();
  select.addEventListener('change', () => void switchLanguage(select.value));
  // First, before anything that needs the server: the outbox works without one.
  fieldReports.start();
  session.start();
  if (__SERVICE_WORKER__ && 'serviceWorker' in navigator) {
    // Keeps the page on the device so it opens offline (web/sw.js); only in secure contexts, and the dashboard works without it.
    void navigator.serviceWorker.register('/sw.js').catch((err: unknown) => console.warn('service worker not registered:', err));
  }
  if (matchMedia('(max-width: 760px)').matches) $<HTMLDetailsElement>('filters-box').open = false;
  legend.redraw();
  filterBar.build(null);
  filterBar.show(getState());
  for (const tab of document.querySelectorAll<HTMLButtonElement>('.tab')) tab.addEventListener('click', () => update({ panel: tab.dataset.panel as Panel, event: null, situation: null }));
  $('list-more').addEventListener('click', () => void more());
  map.on('moveend', () => update({ view: viewOf(map) }, { replace: true }));
  // Independent: one failing (say, no towns) leaves the others on the page.
  await Promise.all([
    addBasemap(map).catch((err) => showProblem('problem.basemap', err)),
    refresh().catch((err) => showProblem('problem.events', err)),
    showPanel(getState()),
  ]);
  document.body.dataset.ready = 'true';
  performance.mark('sahelwatch-ready'); // what bench/dashboard.bench.ts reads
  void addTownLabels(map).catch((err) => showProblem('problem.towns', err));
  void drawOverlays().catch((err) => showProblem('problem.layers', err));
  void api.fetchFacets().then((f) => filterBar.build(f), (err) => showProblem('problem.events', err));
  void alerts.reload().catch((err) => showProblem('problem.alerts', err));
  void since.reload().catch((err) => showProblem('problem.events', err));
  alerts.listen();
}

void start();

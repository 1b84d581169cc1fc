// The dashboard: a vector map of the Sahel with the coded events, a list beside it, and the
// detail of one event with its evidence. The stages of start-up are at the bottom, in order.
import 'leaflet/dist/leaflet.css';
import './styles.css';
import L from 'leaflet';
import { fetchEvent, fetchEventFeatures, fetchEvents } from './api.ts';
import { SAHEL_BOUNDS, addBasemap } from './basemap.ts';
import { renderEventDetail } from './event-detail.ts';
import { markSelected, renderEventList } from './event-list.ts';
import { addEventsLayer, addLegend } from './events-layer.ts';
import { addTownLabels } from './town-labels.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const list = $<HTMLOListElement>('event-list');
const listPanel = $<HTMLElement>('list-panel');
const detailPanel = $<HTMLElement>('detail-panel');
const summary = $<HTMLElement>('summary');
const problem = $<HTMLElement>('problem');

function createMap(): L.Map {
  const map = L.map('map', { minZoom: 3, maxZoom: 12, zoomSnap: 0.25, worldCopyJump: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('© GeoNames (CC BY 4.0), Natural Earth');
  // Panes stack the layers: countries (overlay, 400) < town labels < events < tooltips.
  map.createPane('townPane').style.zIndex = '420';
  map.createPane('eventPane').style.zIndex = '430';
  map.fitBounds(SAHEL_BOUNDS);
  return map;
}

function showProblem(what: string, err: unknown): void {
  problem.hidden = false;
  problem.textContent = `${what}: ${err instanceof Error ? err.message : String(err)}`;
}

let selected: number | null = null;

async function select(id: number): Promise<void> {
  selected = id;
  markSelected(list, id);
  for (const path of document.querySelectorAll('.event-marker')) {
    path.classList.toggle('selected', path.classList.contains(`event-marker-${id}`));
  }
  try {
    const event = await fetchEvent(id);
    if (selected !== id) return; // another click came first
    renderEventDetail(detailPanel, event, closeDetail);
    listPanel.hidden = true;
    detailPanel.hidden = false;
    history.replaceState(null, '', `#event-${id}`);
  } catch (err) {
    showProblem(`Event ${id}`, err);
  }
}

function closeDetail(): void {
  selected = null;
  detailPanel.hidden = true;
  listPanel.hidden = false;
  markSelected(list, null);
  for (const path of document.querySelectorAll('.event-marker.selected')) path.classList.remove('selected');
  history.replaceState(null, '', location.pathname);
}

async function start(): Promise<void> {
  const map = createMap();
  addLegend(map);
  // Independent: one failing (say, no towns) leaves the others on the page.
  const basemap = addBasemap(map).catch((err) => showProblem('Country boundaries', err));
  const towns = addTownLabels(map).catch((err) => showProblem('Town labels', err));
  const events = Promise.all([fetchEvents(), fetchEventFeatures()]).then(([page, features]) => {
    renderEventList(list, page.events, select);
    addEventsLayer(map, features, select);
    const shown = page.events.length < page.total ? `${page.events.length} of ${page.total}` : String(page.total);
    summary.textContent = `${shown} event${page.total === 1 ? '' : 's'} · ${features.features.length} on the map`;
  });
  await Promise.all([basemap, towns, events.catch((err) => showProblem('Events', err))]);
  const fromHash = /^#event-(\d+)$/.exec(location.hash);
  if (fromHash) await select(Number(fromHash[1]));
  document.body.dataset.ready = 'true';
}

void start();

// The events on the map as the server counted them on a grid: a ring per cell of many events,
// its arcs coloured by event type, and a dot for a cell of one, which opens its event.
import L from 'leaflet';
import type { MapData } from './api.ts';
import { colorOf } from './colors.ts';
import { formatDay, formatNumber, t, typeName } from './i18n/i18n.ts';

type Cell = MapData['cells'][number];
const SVG = 'http://www.w3.org/2000/svg';

export interface ClusterActions {
  open: (id: number) => void;
  zoomTo: (lat: number, lon: number) => void;
}

/** Replaces what the layer shows with these cells. */
export function drawCells(layer: L.LayerGroup, cells: Cell[], actions: ClusterActions): void {
  layer.clearLayers();
  for (const cell of cells) layer.addLayer(cell.event ? eventDot(cell, cell.event, actions) : clusterRing(cell, actions));
}

function eventDot(cell: Cell, e: NonNullable<Cell['event']>, actions: ClusterActions): L.CircleMarker {
  const marker = L.circleMarker([cell.lat, cell.lon], {
    radius: 6 + Math.min(10, Math.sqrt(e.fatalities)),
    color: '#ffffff',
    weight: 1.5,
    fillColor: colorOf(e.event_type),
    fillOpacity: 0.9,
    className: `event-marker event-marker-${e.id}`,
    pane: 'eventPane',
  });
  // An element, not a string: Leaflet would parse a string as HTML.
  const tip = document.createElement('span');
  tip.textContent = `${formatDay(e.event_date)} · ${typeName(e.event_type)} · ${e.location}`;
  marker.bindTooltip(tip, { direction: 'top' });
  marker.on('click', () => actions.open(e.id));
  return marker;
}

function clusterRing(cell: Cell, actions: ClusterActions): L.Marker {
  const r = Math.round(Math.min(30, 13 + 5 * Math.log10(cell.count)));
  const label = t('map.cluster', { n: cell.count });
  const marker = L.marker([cell.lat, cell.lon], {
    icon: L.divIcon({ className: 'event-cluster', html: ring(cell, r), iconSize: [2 * r, 2 * r] }),
    pane: 'eventPane',
    title: label,
    alt: label,
    keyboard: true, // focusable; Enter zooms in like a click
  });
  marker.on('click', () => actions.zoomTo(cell.lat, cell.lon));
  return marker;
}

/** A ring whose arcs are the share of each type, with the count in the middle. */
function ring(cell: Cell, r: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(2 * r));
  svg.setAttribute('height', String(2 * r));
  svg.setAttribute('viewBox', `0 0 ${2 * r} ${2 * r}`);
  svg.setAttribute('aria-hidden', 'true');
  const inner = r - 5;
  const circumference = 2 * Math.PI * inner;
  const back = document.createElementNS(SVG, 'circle');
  for (const [k, v] of [['cx', r], ['cy', r], ['r', r - 1], ['fill', '#ffffff'], ['fill-opacity', '0.92']] as const) back.setAttribute(k, String(v));
  svg.append(back);
  let offset = 0;
  for (const [type, n] of Object.entries(cell.types).sort((a, b) => b[1] - a[1])) {
    const arc = document.createElementNS(SVG, 'circle');
    const length = (n / cell.count) * circumference;
    const attrs: Array<[string, string | number]> = [
      ['cx', r], ['cy', r], ['r', inner], ['fill', 'none'], ['stroke', colorOf(type)], ['stroke-width', 7],
      ['stroke-dasharray', `${length} ${circumference - length}`], ['stroke-dashoffset', -offset], ['transform', `rotate(-90 ${r} ${r})`],
    ];
    for (const [k, v] of attrs) arc.setAttribute(k, String(v));
    svg.append(arc);
    offset += length;
  }
  const text = document.createElementNS(SVG, 'text');
  for (const [k, v] of [['x', r], ['y', r], ['text-anchor', 'middle'], ['dominant-baseline', 'central'], ['class', 'cluster-count']] as const) text.setAttribute(k, String(v));
  text.textContent = compact(cell.count);
  svg.append(text);
  return svg;
}

const compact = (n: number) => (n < 10_000 ? formatNumber(n) : `${formatNumber(Math.round(n / 1000))}k`);

// Corridors as lines through their towns, red and dashed while threatened; sieges as areas
// around their towns. A siege opens its situation page.
import L from 'leaflet';
import type { CorridorData, SituationData } from './api.ts';
import { t } from './i18n/i18n.ts';

/** How far around a besieged town the area reaches: the town and its approaches. */
const SIEGE_RADIUS_M = 25_000;

export function drawCorridors(layer: L.LayerGroup, corridors: CorridorData[]): void {
  layer.clearLayers();
  for (const c of corridors) {
    const points = c.towns.flatMap((p) => (p.latitude === null || p.longitude === null ? [] : [[p.latitude, p.longitude] as L.LatLngTuple]));
    if (points.length < 2) continue;
    const threatened = c.status === 'threatened';
    const line = L.polyline(points, {
      className: `corridor corridor-${c.status} corridor-id-${c.id}`,
      color: threatened ? '#c0392b' : '#6b7280',
      weight: threatened ? 4 : 2.5,
      opacity: 0.85,
      dashArray: threatened ? '8 6' : undefined,
      pane: 'corridorPane',
    });
    const tip = document.createElement('span');
    tip.textContent = `${c.name} · ${t(threatened ? 'corridor.threatened' : 'corridor.no_alert')}`;
    line.bindTooltip(tip, { sticky: true });
    layer.addLayer(line);
  }
}

export function drawSituations(layer: L.LayerGroup, situations: SituationData[], open: (id: number) => void): void {
  layer.clearLayers();
  for (const s of situations.filter((x) => x.status !== 'resolved')) {
    for (const p of s.places) {
      if (p.latitude === null || p.longitude === null) continue;
      const area = L.circle([p.latitude, p.longitude], {
        radius: SIEGE_RADIUS_M,
        className: `situation-area situation-${s.id}`,
        color: '#7b1fa2',
        weight: 2,
        fillColor: '#7b1fa2',
        fillOpacity: 0.15,
        pane: 'corridorPane',
      });
      const tip = document.createElement('span');
      tip.textContent = `${p.name} · ${s.title}`;
      area.bindTooltip(tip);
      area.on('click', () => open(s.id));
      layer.addLayer(area);
    }
  }
}

// The Leaflet map: panes that stack the layers, the first view, and the visible area as a bbox.
import L from 'leaflet';
import { SAHEL_BOUNDS } from './basemap.ts';
import type { ViewState } from './state.ts';

export function createMap(view: ViewState['view']): L.Map {
  const map = L.map('map', { minZoom: 3, maxZoom: 12, zoomSnap: 0.25, worldCopyJump: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('© GeoNames (CC BY 4.0), Natural Earth');
  // Panes stack the layers: countries (overlay, 400) < corridors and sieges < town labels < events < tooltips.
  map.createPane('corridorPane').style.zIndex = '410';
  map.createPane('townPane').style.zIndex = '420';
  map.createPane('eventPane').style.zIndex = '430';
  if (view) map.setView([view.lat, view.lon], view.zoom);
  else map.fitBounds(SAHEL_BOUNDS);
  return map;
}

/** The visible area as west,south,east,north, within the world's bounds. */
export function bboxOf(map: L.Map): string {
  const b = map.getBounds();
  const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
  return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)].map((v) => v.toFixed(4)).join(',');
}

export function viewOf(map: L.Map): NonNullable<ViewState['view']> {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
}

export function sameView(a: ViewState['view'], b: ViewState['view']): boolean {
  if (!a || !b) return a === b;
  return a.zoom === b.zoom && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.lon - b.lon) < 1e-4;
}

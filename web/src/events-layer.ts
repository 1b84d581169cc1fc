// Events as circle markers coloured by type (area grows with fatalities), and their legend.
import L from 'leaflet';
import type { EventFeatureCollection } from './api.ts';
import { EVENT_COLORS, colorOf } from './colors.ts';

export function addEventsLayer(map: L.Map, events: EventFeatureCollection, onSelect: (id: number) => void): L.GeoJSON {
  return L.geoJSON(events as GeoJSON.FeatureCollection, {
    pointToLayer: (f, latlng) => {
      const e = (f as EventFeatureCollection['features'][number]).properties;
      const marker = L.circleMarker(latlng, {
        radius: 6 + Math.min(10, Math.sqrt(e.fatalities)),
        color: '#ffffff',
        weight: 1.5,
        fillColor: colorOf(e.event_type),
        fillOpacity: 0.85,
        className: `event-marker event-marker-${e.id}`,
        pane: 'eventPane',
      });
      // An element, not a string: Leaflet would parse a string as HTML.
      const tip = document.createElement('span');
      tip.textContent = `${e.event_date} · ${e.event_type} · ${e.location}`;
      marker.bindTooltip(tip, { direction: 'top' });
      marker.on('click', () => onSelect(e.id));
      return marker;
    },
  }).addTo(map);
}

export function addLegend(map: L.Map): L.Control {
  const legend = new L.Control({ position: 'bottomleft' });
  legend.onAdd = () => {
    const box = L.DomUtil.create('div', 'legend');
    for (const [type, color] of Object.entries(EVENT_COLORS)) {
      const row = L.DomUtil.create('div', 'legend-row', box);
      const swatch = L.DomUtil.create('span', 'swatch', row);
      swatch.style.backgroundColor = color; // CSSOM, allowed by the CSP (no style attribute in markup)
      L.DomUtil.create('span', '', row).textContent = type;
    }
    return box;
  };
  return legend.addTo(map);
}

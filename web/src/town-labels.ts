// Town names as small text markers; the smaller towns appear as the user zooms in.
import L from 'leaflet';
import { fetchTowns, type Town } from './api.ts';

/** The smallest population labelled at each zoom (the first threshold whose zoom is reached). */
const THRESHOLDS: Array<[zoom: number, population: number]> = [
  [8, 10_000],
  [7, 30_000],
  [6, 75_000],
  [0, 100_000],
];
const SMALLEST = Math.min(...THRESHOLDS.map(([, p]) => p));

export function minPopulationAt(zoom: number): number {
  return (THRESHOLDS.find(([z]) => zoom >= z) ?? THRESHOLDS[THRESHOLDS.length - 1]!)[1];
}

export async function addTownLabels(map: L.Map): Promise<L.LayerGroup> {
  const towns = await fetchTowns(SMALLEST);
  const layer = L.layerGroup().addTo(map);
  const markers = towns.map((t) => ({ town: t, marker: townMarker(t) }));
  const update = () => {
    const min = minPopulationAt(map.getZoom());
    for (const { town, marker } of markers) {
      const shown = layer.hasLayer(marker);
      if (town.population >= min && !shown) layer.addLayer(marker);
      else if (town.population < min && shown) layer.removeLayer(marker);
    }
  };
  map.on('zoomend', update);
  update();
  return layer;
}

function townMarker(t: Town): L.Marker {
  const label = document.createElement('span');
  label.className = 'town-label-text';
  label.textContent = t.name; // gazetteer text: never parsed as HTML
  return L.marker([t.latitude, t.longitude], {
    icon: L.divIcon({ className: 'town-label', html: label, iconSize: [0, 0] }),
    interactive: false,
    keyboard: false,
    pane: 'townPane',
  });
}

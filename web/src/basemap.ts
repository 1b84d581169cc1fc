// Country boundaries from Natural Earth (world-atlas, 1:50m) drawn as vector polygons: the map
// needs no tile server, so it works offline and asks no other host for anything.
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import countriesUrl from 'world-atlas/countries-50m.json?url';

/** ISO 3166 numeric codes of the countries the dashboard watches. */
const FOCUS = new Set(['466', '686', '478', '854', '562']); // Mali, Senegal, Mauritania, Burkina Faso, Niger

/** West Africa and the Sahel, with a margin: countries outside are not drawn at all. */
const REGION = L.latLngBounds([-5, -30], [40, 35]);

/** The five focus countries, for the first view. */
export const SAHEL_BOUNDS = L.latLngBounds([10.2, -17.6], [24.5, 16]);

export async function addBasemap(map: L.Map): Promise<L.GeoJSON> {
  const res = await fetch(countriesUrl);
  if (!res.ok) throw new Error(`country boundaries: ${res.status}`);
  const topology = (await res.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const nearby = countries.features.filter((f) => REGION.intersects(L.geoJSON(f).getBounds()));
  return L.geoJSON(
    { type: 'FeatureCollection', features: nearby } as FeatureCollection,
    {
      // Below the events and labels; not interactive so clicks reach the markers.
      interactive: false,
      style: (f) => {
        const focus = FOCUS.has(String(f?.id));
        return {
          className: focus ? 'country country-focus' : 'country',
          color: focus ? '#7a6a4f' : '#a39e93',
          weight: focus ? 1.2 : 0.7,
          fillColor: focus ? '#f4ecd9' : '#e6e3dc',
          fillOpacity: 1,
        };
      },
    },
  ).addTo(map);
}

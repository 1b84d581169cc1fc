/** The places stage and its gazetteer: what the rest of the product imports. */
export { loadGazetteer, Gazetteer, COUNTRY_NAMES, type Town, type GazetteerEntry } from './gazetteer.ts';
export { findPlaces, type PlacesView } from './find-places.ts';
export { transliterate } from './transliterate.ts';

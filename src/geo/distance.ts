/**
 * Great-circle distance in km (haversine on a sphere of the Earth's mean radius).
 *
 * @example distanceKm(14.4469, -11.4445, 15.2305, -9.5897) // Kayes to Nioro du Sahel: ~218
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

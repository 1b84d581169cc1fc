import type { EventDetail } from './api.ts';

/** The coded fields of an event in reading order (the event page's rows, the fields an analyst may edit). */
export const FIELDS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'interaction',
  'location', 'admin1', 'admin2', 'country', 'latitude', 'longitude', 'geo_precision', 'time_precision', 'fatalities',
] as const satisfies ReadonlyArray<keyof EventDetail>;

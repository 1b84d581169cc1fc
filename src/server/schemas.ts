import { z } from '@hono/zod-openapi';

/** YYYY-MM-DD that names a real calendar day (2025-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a calendar date')
  .openapi({ example: '2025-07-01' });

const NUMBER = '-?\\d+(?:\\.\\d+)?';
/** w,s,e,n in degrees; west < east and south < north. */
export const Bbox = z
  .string()
  .regex(new RegExp(`^${NUMBER},${NUMBER},${NUMBER},${NUMBER}$`), 'must be four numbers: west,south,east,north')
  .refine((s) => {
    const [w, so, e, n] = s.split(',').map(Number) as [number, number, number, number];
    return w >= -180 && e <= 180 && so >= -90 && n <= 90 && w < e && so < n;
  }, 'must lie within -180..180, -90..90 with west < east and south < north')
  .openapi({ example: '-12.5,10,4,25' });

export const EventsQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  country: z.string().min(1).max(100).optional().openapi({ example: 'Mali' }),
  admin1: z.string().min(1).max(100).optional().openapi({ example: 'Kayes' }),
  actor: z.string().min(1).max(200).optional().openapi({ description: 'Matches actor1 or actor2, case-insensitive.' }),
  type: z.string().min(1).max(100).optional().openapi({ description: 'event_type or sub_event_type.', example: 'Battles' }),
  status: z.enum(['unverified', 'verified', 'rejected']).optional(),
  source: z.string().min(1).max(200).optional().openapi({ description: "A source's name: an imported row's dataset or the source of one of the event's reports." }),
  q: z.string().min(1).max(200).optional().openapi({ description: "Words in the event's coded names, notes or reports, case-insensitive." }),
  bbox: Bbox.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
  format: z.enum(['json', 'geojson']).default('json'),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

export const EventId = z.object({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const TownsQuery = z.object({
  min_population: z.coerce.number().int().min(0).default(10_000),
});

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
  })
  .openapi('Problem');

const Claim = z
  .object({
    report_id: z.number().int(),
    mention_id: z.number().int(),
    kind: z.string(),
    value: z.number(),
    qualifier: z.string(),
    claimed_by: z.string(),
    source_name: z.string(),
    source_type: z.string(),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  })
  .openapi('Claim');

export const StoredEvent = z
  .object({
    id: z.number().int(),
    status: z.enum(['unverified', 'verified', 'rejected']),
    origin: z.enum(['extracted', 'imported']),
    external_id: z.string().nullable().openapi({ description: "The dataset's own id for imported rows." }),
    notes: z.string().nullable(),
    report_count: z.number().int(),
    event_date: z.string(),
    time_precision: z.number().int(),
    event_type: z.string(),
    sub_event_type: z.string(),
    actor1: z.string(),
    assoc_actor_1: z.string().nullable(),
    inter1: z.number().int(),
    actor2: z.string().nullable(),
    assoc_actor_2: z.string().nullable(),
    inter2: z.number().int().nullable(),
    interaction: z.number().int(),
    country: z.string(),
    admin1: z.string().nullable(),
    admin2: z.string().nullable(),
    admin3: z.string().nullable(),
    location: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    geo_precision: z.number().int(),
    fatalities: z.number().int(),
    confidence: z.number().nullable().openapi({ description: '0..1 from how many independent sources report it and how reliable they are.' }),
    version: z.number().int().openapi({ description: 'Incremented by every change; see /api/events/{id}/history.' }),
    merged_into: z.number().int().nullable().openapi({ description: 'Set when the event was merged into another.' }),
    retired_at: z.string().nullable().openapi({ description: 'Set when the event left the lists (merged, or no report describes it any more).' }),
    report_ids: z.array(z.number().int()),
  })
  .openapi('StoredEvent');

export const EventList = z
  .object({
    total: z.number().int().openapi({ description: 'Events matching the filter, counted up to 1,000 past the end of this page (offset + limit + 1,000).' }),
    total_capped: z.boolean().openapi({ description: 'True when more events match than were counted: total is then a lower bound.' }),
    events: z.array(StoredEvent),
  })
  .openapi('EventList');

export const EventFeatures = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.number().int(),
        geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
        properties: StoredEvent,
      }),
    ),
  })
  .openapi('EventFeatureCollection');

export const EventDetail = StoredEvent.extend({
  reports: z.array(
    z.object({
      id: z.number().int(),
      url: z.string().nullable(),
      title: z.string().nullable(),
      lang: z.string(),
      published_at: z.string().nullable(),
      source_name: z.string(),
      source_type: z.string(),
      source_reliability: z.string().nullable().openapi({ description: 'Admiralty grade A..F; null when not graded.' }),
      text: z.string(),
    }),
  ),
  field_sources: z
    .record(z.string(), z.object({ rule: z.string(), mentions: z.array(z.number().int()), reports: z.array(z.number().int()) }))
    .openapi({ description: 'Per coded field: the rule that chose its value and the mentions and reports it came from.' }),
  mentions: z
    .array(z.object({ id: z.number().int(), report_id: z.number().int(), ordinal: z.number().int(), coded: z.record(z.string(), z.unknown()) }))
    .openapi({ description: 'The event as each report coded it; a split takes these ids.' }),
  evidence: z.array(
    z.object({
      report_id: z.number().int(),
      mention_id: z.number().int(),
      field: z.string(),
      start: z.number().int().openapi({ description: 'UTF-16 offset into the report text.' }),
      end: z.number().int().openapi({ description: 'Exclusive.' }),
      text: z.string(),
    }),
  ),
  claims: z.array(Claim),
}).openapi('EventDetail');

export const ClaimsLedger = z
  .object({
    event_id: z.number().int(),
    kinds: z.array(
      z.object({
        kind: z.string(),
        low: z.number(),
        high: z.number(),
        contested: z.boolean().openapi({ description: "Two sources' figures cannot both be true." }),
        claims: z.array(Claim),
      }),
    ),
  })
  .openapi('ClaimsLedger');

const Snapshot = z.record(z.string(), z.unknown()).openapi({ description: "The event's columns, status, mentions and reports." });

export const Change = z
  .object({
    id: z.number().int().openapi({ description: 'The change feed cursor.' }),
    event_id: z.number().int(),
    version: z.number().int(),
    action: z.enum(['create', 'update', 'merge', 'split', 'retire', 'confirm', 'reject', 'edit']),
    actor: z.string().openapi({ description: "'resolver' or the person who acted." }),
    reason: z.string().nullable(),
    at: z.string(),
    before: Snapshot.nullable(),
    after: Snapshot,
  })
  .openapi('Change');

export const History = z.object({ event_id: z.number().int(), changes: z.array(Change) }).openapi('History');

export const ChangesQuery = z.object({
  since: z.coerce.number().int().min(0).default(0).openapi({ description: 'The last change id already seen (0 for all).' }),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

export const ChangeFeed = z
  .object({ changes: z.array(Change), next: z.number().int().openapi({ description: 'Pass as since= to read on.' }) })
  .openapi('ChangeFeed');

const Who = {
  by: z.string().min(1).max(200).optional().openapi({ description: 'Ignored: the history records the signed-in user or the API token that acts.', example: 'analyst@cellule.ml' }),
  reason: z.string().max(2000).optional(),
};

export const ReviewBody = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('confirm'), ...Who }),
    z.object({ action: z.literal('reject'), ...Who }),
    z.object({ action: z.literal('edit'), fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])), ...Who }),
    z.object({ action: z.literal('merge'), others: z.array(z.number().int().min(1)).min(1).max(100), ...Who }),
    z.object({ action: z.literal('split'), mentions: z.array(z.number().int().min(1)).min(1).max(1000), ...Who }),
  ])
  .openapi('Review');

export const ReviewResult = z.object({ events: z.array(z.number().int()) }).openapi('ReviewResult');

export const Town = z
  .object({
    name: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    population: z.number().int(),
    admin1: z.string().nullable(),
    country: z.string(),
  })
  .openapi('Town');

export const Health = z
  .object({ status: z.literal('ok'), store: z.enum(['pglite', 'postgres']), events: z.number().int() })
  .openapi('Health');

/** The answer when the event in the path does not exist. */
export const notFound = { 404: { description: 'No such event.', content: { 'application/problem+json': { schema: Problem } } } } as const;

/** The error answers every API route may give. */
export const problemResponses = {
  400: { description: 'The request is invalid.', content: { 'application/problem+json': { schema: Problem } } },
  500: { description: 'The server failed.', content: { 'application/problem+json': { schema: Problem } } },
} as const;

/** The filters of /api/events without paging and format: what the map and exports share. */
export const FilterQuery = EventsQuery.omit({ limit: true, offset: true, format: true });

export const MapQuery = FilterQuery.extend({
  zoom: z.coerce.number().min(0).max(20).default(5).openapi({ description: 'The map zoom: cells are a quarter of a 256-pixel tile.' }),
  limit: z.coerce.number().int().min(0).max(500).default(0).openapi({ description: 'Also answer the first events of the list, newest first (0: none).' }),
});
export type MapQuery = z.infer<typeof MapQuery>;

export const MapAnswer = z
  .object({
    total: z.number().int().openapi({ description: 'Events matching every filter, placed or not.' }),
    cell_degrees: z.number(),
    cells: z.array(
      z.object({
        lon: z.number(),
        lat: z.number(),
        count: z.number().int(),
        types: z.record(z.string(), z.number().int()).openapi({ description: 'Events per event_type.' }),
        event: z
          .object({ id: z.number().int(), event_type: z.string(), event_date: z.string(), location: z.string(), fatalities: z.number().int() })
          .nullable()
          .openapi({ description: 'The event, when the cell holds one.' }),
      }),
    ),
    days: z.array(z.object({ day: z.string(), count: z.number().int() })).openapi({ description: 'Events per day with every filter but from and to.' }),
    events: z.array(StoredEvent).openapi({ description: 'The first `limit` events of the list, newest first.' }),
  })
  .openapi('MapAnswer');

export const Facets = z
  .object({
    countries: z.array(z.object({ country: z.string(), admin1: z.array(z.string()) })),
    actors: z.array(z.string()),
    types: z.array(z.object({ event_type: z.string(), sub_event_types: z.array(z.string()) })),
    sources: z.array(z.string()),
  })
  .openapi('Facets');

const Lang = z.enum(['en', 'fr', 'ar']).default('en').openapi({ description: 'Language of the titles.' });
export const LangQuery = z.object({ lang: Lang });

const PlacePoint = z.object({ name: z.string(), country: z.string(), latitude: z.number().nullable(), longitude: z.number().nullable() });

export const Corridor = z
  .object({
    id: z.string(),
    name: z.string(),
    crossing: z.string().nullable(),
    goods: z.array(z.string()),
    towns: z.array(PlacePoint),
    status: z.enum(['threatened', 'no_alert']).openapi({ description: 'threatened while an unresolved corridor alert names it.' }),
    alerts: z.array(z.object({ id: z.number().int(), title: z.string(), reason: z.string(), severity: z.string(), first_day: z.string() })),
  })
  .openapi('Corridor');

export const Situation = z
  .object({
    id: z.number().int().openapi({ description: "The siege alert's id." }),
    kind: z.string(),
    title: z.string(),
    severity: z.string(),
    status: z.enum(['new', 'acknowledged', 'resolved']),
    first_day: z.string(),
    last_day: z.string(),
    actors: z.array(z.string()),
    places: z.array(PlacePoint),
    event_ids: z.array(z.number().int()),
    corridor_ids: z.array(z.string()).openapi({ description: 'Corridors threatened through this situation.' }),
  })
  .openapi('Situation');

export const SituationDetail = Situation.extend({
  events: z.array(StoredEvent).openapi({ description: 'Events at its places from its first day on, oldest first.' }),
  corridors: z.array(Corridor),
}).openapi('SituationDetail');

export const ExportQuery = FilterQuery.extend({ format: z.enum(['acled', 'geojson', 'hxl']) });
/** The longest field report accepted, in characters. */
export const FIELD_REPORT_MAX_CHARS = 100_000;

export const FieldReportBody = z
  .object({
    text: z
      .string()
      .max(FIELD_REPORT_MAX_CHARS)
      .refine((s) => s.trim() !== '', 'is empty')
      .openapi({ description: 'The report, verbatim.', example: 'Des hommes armés ont attaqué le marché de Diboli ce matin.' }),
    title: z.string().max(500).optional(),
    published_at: IsoDate.optional().openapi({ description: 'When it was written: the anchor for "yesterday", "mardi".' }),
    lang: z.enum(['ar', 'fr', 'en']).optional().openapi({ description: 'Detected when not given.' }),
    source: z.string().min(1).max(200).default('field reports').openapi({ description: 'Who sends it; stored as a source of type "field report".' }),
    client_id: z
      .string()
      .uuid()
      .optional()
      .openapi({ description: 'A UUID the client makes for this report: sending it again (after a lost answer, say) finds the first one.' }),
    sharing: z
      .enum(['private', 'public'])
      .default('private')
      .openapi({ description: 'Who may see it: the sender’s organisation only (the default: field reports can endanger their sources), or everyone.' }),
  })
  .openapi('FieldReport');

export const FieldReportResult = z
  .object({
    report_id: z.number().int(),
    created: z.boolean().openapi({ description: 'False when the report (or its text, or a near-duplicate) was already stored.' }),
  })
  .openapi('FieldReportResult');

/**
 * The rows the store hands back. Dates are 'YYYY-MM-DD' strings and numbers are numbers on every
 * driver (see type-parsers.ts); timestamps are Dates.
 */
import type { Claim, CodedEvent, Evidence } from '../pipeline/types.ts';

export const SOURCE_TYPES = [
  'state media',
  'independent media',
  'international wire',
  'armed-group statement',
  'NGO-UN',
  'social media',
  'field report',
  'dataset',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export type EventStatus = 'unverified' | 'verified' | 'rejected';
export type EventOrigin = 'extracted' | 'imported';

/** CodedEvent's ACLED columns, as stored. */
export type AcledColumns = Omit<CodedEvent, 'evidence' | 'claims'>;

export interface StoredEvent extends AcledColumns {
  id: number;
  status: EventStatus;
  origin: EventOrigin;
  /** The dataset's own id for imported rows (ACLED event_id_cnty); null for extracted ones. */
  external_id: string | null;
  notes: string | null;
  /** How many distinct reports describe it, and their ids. */
  report_count: number;
  report_ids: number[];
  /** 0..1 from its sources' number and reliability (src/dedup/event.confidence.ts); null for imported rows. */
  confidence: number | null;
  /** Incremented by every change; event_history holds each version. */
  version: number;
  /** Set when the event was merged into another: where its reports went. */
  merged_into: number | null;
  /** Set when the event left the lists (merged, or no report describes it any more). */
  retired_at: Date | null;
}

export interface StoredReport {
  id: number;
  source: { id: number; name: string; type: SourceType };
  /** The text exactly as saved. */
  text: string;
  content_hash: string;
  url: string | null;
  title: string | null;
  lang: string;
  published_at: string | null;
  fetched_at: Date;
  extraction_status: 'pending' | 'extracted' | 'failed';
  extraction_warnings: string[];
}

/** A report as listed under an event. */
export interface EventReport {
  id: number;
  url: string | null;
  title: string | null;
  lang: string;
  published_at: string | null;
  source_name: string;
  source_type: SourceType;
  /** Admiralty grade A..F, null when not graded. */
  source_reliability: string | null;
  text: string;
}

export interface StoredEvidence extends Evidence {
  report_id: number;
  mention_id: number;
}

/** A figure as claimed in one report, with the source that published it. */
export interface StoredClaim extends Claim {
  report_id: number;
  mention_id: number;
  source_name: string;
  source_type: SourceType;
}

export interface EventDetail extends StoredEvent {
  /** Per coded field: the rule that chose its value and the mentions and reports it came from. */
  field_sources: Record<string, { rule: string; mentions: number[]; reports: number[] }>;
  /** The event as each report coded it (split takes these ids). */
  mentions: { id: number; report_id: number; ordinal: number; coded: AcledColumns }[];
  reports: EventReport[];
  evidence: StoredEvidence[];
  claims: StoredClaim[];
}

export interface EventFilter {
  /** Inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  country?: string;
  admin1?: string;
  /** Case-insensitive substring of actor1 or actor2. */
  actor?: string;
  /** event_type or sub_event_type, exactly. */
  type?: string;
  status?: EventStatus;
  /** A source's name, exactly: the dataset of an imported row or the source of one of its reports. */
  source?: string;
  /** Case-insensitive words in the coded names, the notes or one of its reports. */
  q?: string;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  /** Default 100, at most 10,000. */
  limit?: number;
  offset?: number;
}

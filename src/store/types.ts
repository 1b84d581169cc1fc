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
  report_count: number;
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
  text: string;
}

export interface StoredEvidence extends Evidence {
  report_id: number;
}

export interface StoredClaim extends Claim {
  report_id: number;
}

export interface EventDetail extends StoredEvent {
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
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  /** Default 100, at most 10,000. */
  limit?: number;
  offset?: number;
}

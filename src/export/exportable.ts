/** What the exporters read of an event: the store's StoredEvent fits, and so does any object with these fields. */
import type { StoredEvent } from '../store/types.ts';

export type ExportableEvent = Pick<StoredEvent, Exclude<keyof StoredEvent, 'status' | 'origin' | 'report_count' | 'external_id'>> & {
  /** The source's name, when the caller knows it. */
  source?: string | null;
};

/** Our ACLED-style event id: "SW" + the store id ("SW42"). */
export function eventIdCnty(e: { id: number }): string {
  return `SW${e.id}`;
}

/** Writes text somewhere, waiting when the destination is full (a file or stdout). */
export type Sink = (chunk: string) => Promise<void>;

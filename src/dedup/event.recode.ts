/**
 * An event written again from its mentions: the coded columns by the rules of event.fields.ts
 * (fields an analyst set stay as set), its confidence, and the snapshot history records.
 */
import {
  ACLED_FIELDS, type EventSnapshot, type EventState, type EventWrite,
} from '../store/event-state.repository.ts';
import type { MentionRow } from '../store/mention.repository.ts';
import type { EventStatus } from '../store/types.ts';
import { eventConfidence } from './event.confidence.ts';
import { codeEvent } from './event.fields.ts';

/** The row for event `id` (state: as stored, undefined when new) holding exactly `mentions`. */
export function recode(id: number, state: EventState | undefined, mentions: readonly MentionRow[]): EventWrite {
  const { columns, sources } = codeEvent(mentions);
  const edited = state?.edited ?? {};
  for (const f of Object.keys(edited)) sources[f] = { rule: 'set by an analyst', mentions: [], reports: [] };
  return {
    id,
    version: (state?.version ?? 0) + 1,
    columns: { ...columns, ...edited },
    confidence: eventConfidence(mentions.map((m) => ({ sourceId: m.sourceId, type: m.sourceType, reliability: m.reliability }))),
    field_sources: sources,
  };
}

export function snapshot(columns: EventState['columns'], status: EventStatus, confidence: number | null, mentions: readonly MentionRow[]): EventSnapshot {
  return {
    ...columns,
    status,
    confidence,
    mentions: mentions.map((m) => m.id).sort((a, b) => a - b),
    reports: [...new Set(mentions.map((m) => m.reportId))].sort((a, b) => a - b),
  };
}

export function sameSnapshot(a: EventSnapshot, b: EventSnapshot): boolean {
  return (
    ACLED_FIELDS.every((f) => a[f] === b[f]) &&
    a.status === b.status &&
    Math.abs((a.confidence ?? 0) - (b.confidence ?? 0)) < 1e-6 &&
    a.mentions.join() === b.mentions.join()
  );
}

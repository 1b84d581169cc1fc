/**
 * How far an event can be trusted, 0..1, from the independent sources that report it: each
 * source is a chance of being right (its Admiralty reliability grade, or a default for its type
 * while it is not graded), and the event stands unless every source is wrong (a noisy OR).
 * Reports from one source are one voice, however many there are.
 *
 * @example eventConfidence([{ sourceId: 1, type: 'international wire', reliability: 'B' },
 *                           { sourceId: 2, type: 'state media', reliability: null }]) // 1 - 0.25 × 0.5 = 0.875
 */
import type { SourceType } from '../store/types.ts';

export interface SourceVoice {
  sourceId: number;
  type: SourceType;
  /** Admiralty code A (reliable) to F (cannot be judged); null when not graded. */
  reliability: string | null;
}

/** Admiralty source-reliability grades as probabilities; F (cannot be judged) falls back to the type. */
const GRADE: Record<string, number> = { A: 0.9, B: 0.75, C: 0.6, D: 0.4, E: 0.2 };

/** Until a source is graded: wires and the UN check before they publish; partisan outlets less so. */
const TYPE_DEFAULT: Record<SourceType, number> = {
  'international wire': 0.7,
  'NGO-UN': 0.7,
  'independent media': 0.6,
  'field report': 0.6,
  dataset: 0.8,
  'state media': 0.5,
  'armed-group statement': 0.4,
  'social media': 0.3,
};

export function eventConfidence(voices: readonly SourceVoice[]): number {
  const bySource = new Map<number, number>();
  for (const v of voices) bySource.set(v.sourceId, Math.max(bySource.get(v.sourceId) ?? 0, trust(v)));
  let allWrong = 1;
  for (const t of bySource.values()) allWrong *= 1 - t;
  return Math.round((1 - allWrong) * 1000) / 1000;
}

function trust(v: SourceVoice): number {
  return (v.reliability && GRADE[v.reliability]) || TYPE_DEFAULT[v.type] || 0.5;
}

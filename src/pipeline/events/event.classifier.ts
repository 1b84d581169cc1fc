import { readFileSync } from 'node:fs';
import type { EventType } from '../types.ts';

/**
 * A multinomial logistic regression over the concept features of `eventFeatures`: one weight per
 * (feature, sub-event type), read from data/models/event-type.json (built by
 * scripts/train-event-classifier.ts; provenance in data/models/README.md).
 */
export interface EventTypeModel {
  about: string;
  /** The classes: ACLED sub-event types with the event type each belongs to. */
  labels: Array<{ type: EventType; sub: string }>;
  /** Feature → one weight per label, in `labels` order. 'bias' is always on. */
  weights: Record<string, number[]>;
}

export interface Classification {
  eventType: EventType;
  subEventType: string;
  probability: number;
  /** The most likely sub-types, best first (at most five). */
  top: Array<{ sub: string; p: number }>;
  /** The features that pushed towards the decision most, strongest first; unknown features are left out. */
  weights: Array<{ feature: string; weight: number }>;
}

const MODEL_URL = new URL('../../../data/models/event-type.json', import.meta.url);
let cached: EventTypeModel | null = null;

/** Loads data/models/event-type.json (once). */
export function loadEventClassifier(): EventTypeModel {
  cached ??= JSON.parse(readFileSync(MODEL_URL, 'utf8')) as EventTypeModel;
  return cached;
}

/**
 * The sub-event type the features point to, with its probability and the features behind it.
 *
 * @example classify(['cue:remote:Air/drone strike', 'top:remote:Air/drone strike', 'actor:inter8:before'])
 *   // { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', probability: 0.9, ... }
 */
export function classify(features: readonly string[], model: EventTypeModel = loadEventClassifier()): Classification {
  // Sorted, so that the sum (and the answer, to the last bit) does not depend on the order of the features.
  const known = ['bias', ...[...new Set(features)].sort()].filter((f) => f in model.weights);
  const scores = model.labels.map((_, k) => known.reduce((s, f) => s + model.weights[f]![k]!, 0));
  const p = softmax(scores);
  const order = p.map((_, k) => k).sort((x, y) => p[y]! - p[x]! || x - y);
  const best = order[0]!;
  const label = model.labels[best]!;
  return {
    eventType: label.type,
    subEventType: label.sub,
    probability: p[best]!,
    top: order.slice(0, 5).map((k) => ({ sub: model.labels[k]!.sub, p: p[k]! })),
    weights: known
      .filter((f) => f !== 'bias')
      .map((feature) => ({ feature, weight: model.weights[feature]![best]! }))
      .filter((w) => w.weight > 0)
      .sort((x, y) => y.weight - x.weight || (x.feature < y.feature ? -1 : 1)),
  };
}

/** Probabilities from scores, shifted by the largest so that exp() cannot overflow. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const sum = e.reduce((x, y) => x + y, 0);
  return e.map((x) => x / sum);
}

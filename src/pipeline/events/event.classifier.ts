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
  const table = weightTable(model);
  const sorted = sortedSet(features);
  const p = softmax(scoresOf(sorted, table, model));
  const order = p.map((_, k) => k).sort((x, y) => p[y]! - p[x]! || x - y);
  const best = order[0]!;
  const label = model.labels[best]!;
  const weights: Classification['weights'] = [];
  for (const feature of sorted) {
    const w = feature === 'bias' ? null : weightsOf(feature, table, model);
    if (w !== null && w[best]! > 0) weights.push({ feature, weight: w[best]! });
  }
  return {
    eventType: label.type,
    subEventType: label.sub,
    probability: p[best]!,
    top: order.slice(0, 5).map((k) => ({ sub: model.labels[k]!.sub, p: p[k]! })),
    weights: weights.sort((x, y) => y.weight - x.weight || (x.feature < y.feature ? -1 : 1)),
  };
}

/** What `classify` decides, without the runners-up and the features behind the decision. */
export type Decision = Pick<Classification, 'eventType' | 'subEventType' | 'probability'>;

/**
 * The decision of `classify` alone: the same sub-event type and probability, for callers that do
 * not show the runners-up or the features behind it (sorting and listing those costs more than
 * the decision).
 */
export function decide(features: readonly string[], model: EventTypeModel = loadEventClassifier()): Decision {
  const p = softmax(scoresOf(sortedSet(features), weightTable(model), model));
  const best = firstLargest(p);
  const label = model.labels[best]!;
  return { eventType: label.type, subEventType: label.sub, probability: p[best]! };
}

/**
 * The features sorted and without repeats, so that the sum (and the answer, to the last bit) does
 * not depend on their order. eventFeatures already gives them so: then they are taken as they are.
 */
function sortedSet(features: readonly string[]): readonly string[] {
  return isSortedSet(features) ? features : [...new Set(features)].sort();
}

/** Whether each string comes after the one before it, in the order `sort()` gives (UTF-16 code units). */
function isSortedSet(strings: readonly string[]): boolean {
  for (let i = 1; i < strings.length; i++) if (!(strings[i - 1]! < strings[i]!)) return false;
  return true;
}

/**
 * Each label's score: the weights of 'bias', then of each feature the model knows, added in the
 * order of `sorted`. Each feature's weights are looked up once, not once per label.
 */
function scoresOf(sorted: readonly string[], table: WeightTable, model: EventTypeModel): number[] {
  const scores = model.labels.map(() => 0);
  addTo(scores, weightsOf('bias', table, model));
  for (const f of sorted) addTo(scores, weightsOf(f, table, model));
  return scores;
}

function addTo(scores: number[], w: number[] | null): void {
  if (w !== null) for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
}

/**
 * The index of the largest probability, the first of equals: the head of `classify`'s order.
 * (Probabilities are either all NaN, giving 0 in both, or none is.)
 */
function firstLargest(p: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return best;
}

// Features are strings made per sentence: looking one up as a property of the weights object (a
// large one) costs several times what a Map lookup does. Each model's weights are put in a Map
// once, with the features it does not know (null) as they are met: they are a closed set of
// strings (see eventFeatures), so the table stays small; it is emptied if it ever grows large. A
// model is not changed once built (loadEventClassifier and the training script build it whole).
type WeightTable = Map<string, number[] | null>;
const tables = new WeakMap<EventTypeModel['weights'], WeightTable>();
const MAX_FEATURES = 10_000;

function weightTable(model: EventTypeModel): WeightTable {
  let table = tables.get(model.weights);
  if (table === undefined) {
    table = new Map(Object.entries(model.weights));
    tables.set(model.weights, table);
  }
  return table;
}

/** `model.weights[f]` when `f in model.weights`, else null. */
function weightsOf(f: string, table: WeightTable, model: EventTypeModel): number[] | null {
  let w = table.get(f);
  if (w === undefined) {
    w = f in model.weights ? model.weights[f]! : null;
    if (table.size >= MAX_FEATURES) table.clear();
    table.set(f, w);
  }
  return w;
}

/** Probabilities from scores, shifted by the largest so that exp() cannot overflow. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const p = scores.map((s) => Math.exp(s - max));
  let sum = 0;
  for (const x of p) sum += x;
  for (let k = 0; k < p.length; k++) p[k] = p[k]! / sum;
  return p;
}

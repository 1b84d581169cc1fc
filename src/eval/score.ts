import type { CodedEvent } from '../pipeline/types.ts';
import type { GoldDoc, GoldEvent } from './gold.ts';
import { distanceKm } from '../geo/distance.ts';
import { matchEvents, sameName } from './match.ts';
import { loadActorRegistry } from '../pipeline/actors/actor.registry.ts';

/** The fields eval scores on matched events, each with how it compares gold and prediction. */
const FIELDS: Record<string, (g: GoldEvent, p: CodedEvent) => boolean | null> = {
  event_type: (g, p) => (g.event_type == null ? null : g.event_type === p.event_type),
  sub_event_type: (g, p) => (g.sub_event_type == null ? null : g.sub_event_type === p.sub_event_type),
  actor1: (g, p) => (g.actor1 == null ? null : sameActor(g.actor1, p.actor1)),
  actor2: (g, p) => (g.actor2 == null ? null : sameActor(g.actor2, p.actor2)),
  location_10km: (g, p) => within(g, p, 10),
  location_50km: (g, p) => within(g, p, 50),
  country: (g, p) => (g.country == null ? null : sameName(g.country, p.country)),
  admin1: (g, p) => (g.admin1 == null ? null : sameName(g.admin1, p.admin1)),
  event_date: (g, p) => (g.event_date == null ? null : g.event_date === p.event_date),
  fatalities: (g, p) => (g.fatalities == null ? null : Number(g.fatalities) === p.fatalities),
};
export const SCORED_FIELDS = Object.keys(FIELDS);

/** Former names ACLED used for an actor ("Islamic State (Greater Sahara)"), to its current one. */
let renamed: Map<string, string> | null = null;
function currentName(name: string): string {
  renamed ??= new Map(
    loadActorRegistry().entries.flatMap((e) => (e.formerNames ?? []).map((old) => [old.toLowerCase(), e.name.toLowerCase()] as [string, string])),
  );
  return renamed.get(name) ?? name;
}

/**
 * ACLED suffixes actor names with a period ("Military Forces of Mali (2021-)"), which is not part of
 * the name, and has renamed some actors: older exports use the former name.
 */
function sameActor(gold: unknown, predicted: string | null): boolean {
  const strip = (s: unknown) => currentName(String(s ?? '').replace(/\s*\(\d{4}-(\d{4})?\)\s*$/, '').trim().toLowerCase());
  return predicted != null && strip(gold) === strip(predicted);
}

function within(g: GoldEvent, p: CodedEvent, km: number): boolean | null {
  if (typeof g.latitude !== 'number' || typeof g.longitude !== 'number') return null;
  if (p.latitude == null || p.longitude == null) return false;
  return distanceKm(g.latitude, g.longitude, p.latitude, p.longitude) <= km;
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  fields: Record<string, { right: number; scored: number }>;
}

export interface EvalError {
  doc: string;
  lang: string;
  field: string;
  gold: unknown;
  predicted: unknown;
}

export interface EvalReport {
  overall: Tally;
  byLang: Record<string, Tally>;
  errors: EvalError[];
}

const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  matched: 0,
  fields: Object.fromEntries(SCORED_FIELDS.map((f) => [f, { right: 0, scored: 0 }])),
});

/** Scores predictions against gold, report by report. `predict` is the pipeline (or anything else). */
export function scoreDocs(docs: GoldDoc[], predict: (d: GoldDoc) => CodedEvent[]): EvalReport {
  const overall = emptyTally();
  const byLang: Record<string, Tally> = {};
  const errors: EvalError[] = [];
  for (const doc of docs) {
    const predicted = predict(doc);
    const tallies = [overall, (byLang[doc.lang] ??= emptyTally())];
    const pairs = matchEvents(doc.events, predicted);
    for (const t of tallies) {
      t.gold += doc.events.length;
      t.predicted += predicted.length;
      t.matched += pairs.length;
    }
    for (const [gi, pi] of pairs) {
      const g = doc.events[gi]!;
      const p = predicted[pi]!;
      for (const [field, compare] of Object.entries(FIELDS)) {
        const ok = compare(g, p);
        if (ok === null) continue;
        for (const t of tallies) {
          t.fields[field]!.scored++;
          if (ok) t.fields[field]!.right++;
        }
        if (!ok) errors.push({ doc: doc.id, lang: doc.lang, field, gold: goldValue(g, field), predicted: predictedValue(p, field) });
      }
    }
    const matchedG = new Set(pairs.map(([g]) => g));
    const matchedP = new Set(pairs.map(([, p]) => p));
    doc.events.forEach((g, i) => {
      if (!matchedG.has(i)) errors.push({ doc: doc.id, lang: doc.lang, field: 'event (missed)', gold: summary(g), predicted: null });
    });
    predicted.forEach((p, i) => {
      if (!matchedP.has(i)) errors.push({ doc: doc.id, lang: doc.lang, field: 'event (spurious)', gold: null, predicted: summary(p) });
    });
  }
  return { overall, byLang, errors };
}

function goldValue(g: GoldEvent, field: string): unknown {
  return field.startsWith('location') ? `${g.location} (${g.latitude}, ${g.longitude})` : g[field];
}
function predictedValue(p: CodedEvent, field: string): unknown {
  return field.startsWith('location') ? `${p.location} (${p.latitude}, ${p.longitude})` : (p as unknown as Record<string, unknown>)[field];
}
function summary(e: GoldEvent | CodedEvent): string {
  const x = e as Record<string, unknown>;
  return `${x.event_date} ${x.event_type} / ${x.sub_event_type} at ${x.location}: ${x.actor1} vs ${x.actor2}`;
}

/** Precision, recall and F1 of event detection. */
export function prf(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

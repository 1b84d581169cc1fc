/**
 * Scores deduplication: `sahelwatch eval --dedup GOLD.jsonl`. Each line is a report with its
 * source and its gold events, each event labelled with a `cluster` shared by every report of the
 * same real-world event. The reports go through ingest and resolution into a fresh embedded store,
 * in file order; then every pair of mentions is judged: the same event in the store and the same
 * cluster in the gold is a true positive. Precision and recall are pairwise (the usual measure for
 * entity resolution).
 *
 * Two modes: `pipeline` extracts the events from the text (only mentions matched to a gold event
 * take part, by match.ts; extraction errors still push reports apart or together), and `gold`
 * resolves the gold coding itself, which measures the resolver alone.
 */
import { InputError } from '../pipeline/ingest/errors.ts';
import { extractDocument, type Resources } from '../pipeline/pipeline.ts';
import type { CodedEvent, EventType, TimePrecision, GeoPrecision } from '../pipeline/types.ts';
import { resolveReport } from '../dedup/resolver.ts';
import { openStore } from '../store/connect.ts';
import { saveReport } from '../store/report.repository.ts';
import { readGoldJsonl, type GoldDoc, type GoldEvent } from './gold.ts';
import { matchEvents } from './match.ts';

export interface DedupDoc extends GoldDoc {
  source: { name: string; type: string };
}

export interface DedupReport {
  mode: 'pipeline' | 'gold';
  reports: number;
  /** Gold events, and those a mention was matched to (all of them in gold mode). */
  goldEvents: number;
  scored: number;
  clusters: number;
  events: number;
  pairs: { truePositive: number; falsePositive: number; falseNegative: number };
  precision: number;
  recall: number;
  f1: number;
  /** Pairs judged wrongly: merged (one event, two clusters) or split (one cluster, two events). */
  errors: { kind: 'merged' | 'split'; a: string; b: string }[];
}

/** Reads GOLD.jsonl (gold.ts) whose reports also name their source and label each event's cluster. */
export function readDedupGold(path: string): DedupDoc[] {
  return readGoldJsonl(path).map((d) => {
    const doc = d as DedupDoc;
    if (typeof doc.source?.name !== 'string' || typeof doc.source?.type !== 'string') {
      throw new InputError('BAD_RECORD', `${path} (${d.id})`, 'needs "source": {"name", "type"}');
    }
    if (d.events.some((e) => typeof e.cluster !== 'string')) throw new InputError('BAD_RECORD', `${path} (${d.id})`, 'every event needs a "cluster" label');
    return doc;
  });
}

/** A mention as scored: which gold cluster it belongs to, and a label for error lists. */
interface Scored {
  reportId: number;
  ordinal: number;
  cluster: string;
  label: string;
}

export async function evaluateDedup(docs: DedupDoc[], resources: Resources, mode: 'pipeline' | 'gold', onProgress?: (done: number) => void): Promise<DedupReport> {
  const db = await openStore({});
  try {
    const scored: Scored[] = [];
    let done = 0;
    for (const d of docs) {
      const { id: reportId } = await saveReport(db, { source: d.source, text: d.text, lang: d.lang, published: d.published ?? null });
      const events = mode === 'gold' ? d.events.map(fromGold) : extractDocument({ id: d.id, text: d.text, published: d.published, lang: d.lang }, resources).events;
      await resolveReport(db, reportId, events);
      const pairs: Array<[number, number]> = mode === 'gold' ? d.events.map((_, k) => [k, k]) : matchEvents(d.events, events);
      for (const [g, p] of pairs) {
        const e = d.events[g]!;
        scored.push({ reportId, ordinal: p, cluster: String(e.cluster), label: `${d.id}#${p} (${e.location ?? '?'}, ${e.event_date ?? '?'})` });
      }
      onProgress?.(++done);
    }
    const { rows } = await db.query<{ report_id: number; ordinal: number; event_id: number }>('select report_id, ordinal, event_id from event_mentions');
    const eventOf = new Map(rows.map((r) => [`${r.report_id}:${r.ordinal}`, r.event_id]));
    let tp = 0, fp = 0, fn = 0;
    const errors: DedupReport['errors'] = [];
    for (let i = 0; i < scored.length; i++) {
      for (let j = i + 1; j < scored.length; j++) {
        const a = scored[i]!, b = scored[j]!;
        const sameEvent = eventOf.get(`${a.reportId}:${a.ordinal}`) === eventOf.get(`${b.reportId}:${b.ordinal}`);
        const sameCluster = a.cluster === b.cluster;
        if (sameEvent && sameCluster) tp++;
        else if (sameEvent) (fp++, errors.push({ kind: 'merged', a: a.label, b: b.label }));
        else if (sameCluster) (fn++, errors.push({ kind: 'split', a: a.label, b: b.label }));
      }
    }
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return {
      mode, reports: docs.length, goldEvents: docs.reduce((n, d) => n + d.events.length, 0), scored: scored.length,
      clusters: new Set(scored.map((s) => s.cluster)).size,
      events: new Set(scored.map((s) => eventOf.get(`${s.reportId}:${s.ordinal}`))).size,
      pairs: { truePositive: tp, falsePositive: fp, falseNegative: fn },
      precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), errors,
    };
  } finally {
    await db.close();
  }
}

/** A gold event as the extractor would have coded it (fields the gold leaves out take neutral values). */
function fromGold(g: GoldEvent): CodedEvent {
  const text = (k: string) => (g[k] == null ? null : String(g[k]));
  const num = (k: string) => (g[k] == null ? null : Number(g[k]));
  const lat = num('latitude');
  const lon = num('longitude');
  return {
    event_date: String(g.event_date), time_precision: (num('time_precision') ?? 1) as TimePrecision,
    event_type: String(g.event_type) as EventType, sub_event_type: String(g.sub_event_type ?? ''),
    actor1: text('actor1') ?? 'Unidentified Armed Group', assoc_actor_1: null, inter1: num('inter1') ?? 0,
    actor2: text('actor2'), assoc_actor_2: null, inter2: num('inter2'), interaction: num('interaction') ?? 0,
    country: text('country') ?? '', admin1: text('admin1'), admin2: text('admin2'), admin3: text('admin3'),
    location: text('location') ?? '', latitude: lat, longitude: lon,
    geo_precision: (num('geo_precision') ?? (lat == null ? 2 : 1)) as GeoPrecision,
    fatalities: num('fatalities') ?? 0, evidence: [], claims: [],
  };
}

export function formatDedupReport(r: DedupReport, maxErrors: number): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const lines = [
    `deduplication (${r.mode === 'gold' ? 'resolver on the gold coding' : 'pipeline: extraction then resolution'})`,
    `reports ${r.reports}, gold events ${r.goldEvents}, scored mentions ${r.scored}, gold clusters ${r.clusters}, events made ${r.events}`,
    `pairwise precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  (TP ${r.pairs.truePositive}, FP ${r.pairs.falsePositive}, FN ${r.pairs.falseNegative})`,
  ];
  if (maxErrors > 0 && r.errors.length > 0) {
    lines.push(`errors (first ${Math.min(maxErrors, r.errors.length)} of ${r.errors.length}):`);
    for (const e of r.errors.slice(0, maxErrors)) lines.push(`  ${e.kind.padEnd(6)} ${e.a}  ~  ${e.b}`);
  }
  return lines.join('\n');
}

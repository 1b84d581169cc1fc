/**
 * Trains the event-type classifier (src/pipeline/events/event.classifier.ts) on ACLED's Mali
 * 1997-2019 notes and writes data/models/event-type.json.
 *
 *   node bin/run-ts.js scripts/train-event-classifier.ts [ACLED.csv]
 *
 * Each note is read by our own pipeline (published = event date + 7 days, as `eval --acled` does);
 * its features are those of the sentence whose trigger typed the rules' first event (else the
 * sentence with the strongest trigger, else every sentence); its label is ACLED's sub_event_type.
 * Prints 5-fold cross-validated accuracy of the rules, the classifier and ways to combine them,
 * then trains on every note. Deterministic: the same CSV gives the same file, byte for byte.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse, loadResources } from '../src/pipeline/pipeline.ts';
import { eventFeatures } from '../src/pipeline/events/event.features.ts';
import { classify, type Classification, type EventTypeModel } from '../src/pipeline/events/event.classifier.ts';
import { readGoldAcled, readGoldJsonl, type GoldDoc } from '../src/eval/gold.ts';
import { scoreDocs } from '../src/eval/score.ts';
import type { Analysis, CodedEvent, EventCue, EventType } from '../src/pipeline/types.ts';

const OPTIONS = {
  /** Folds of the cross-validation; note i goes to fold i % FOLDS. */
  FOLDS: 5,
  /** A feature seen in fewer training notes is dropped (it would only learn the notes it came from). */
  MIN_COUNT: 3,
  /** L2 penalty per note: keeps weights small and readable, and spreads them over correlated features. */
  L2: 0.001,
  /** Full-batch Adam steps and step size. */
  STEPS: 400,
  RATE: 0.1,
};

const csv = process.argv[2] ?? fileURLToPath(new URL('../../shared/data/acled/acled-mali-1997-2019.csv', import.meta.url));
if (!existsSync(csv)) {
  console.error(`train-event-classifier: ACLED notes not found at ${csv}\n  (expected ../shared/data/acled/acled-mali-1997-2019.csv beside the repo, or give the path as an argument)`);
  process.exit(1);
}
const modelsDir = new URL('../data/models/', import.meta.url);

/** One note as the classifier sees it. */
interface Example {
  features: string[];
  label: string;
  type: EventType;
  /** The kind of the trigger that typed the rules' first event, or null when the rules coded none. */
  cueKind: string | null;
  rules: { type: EventType; sub: string } | null;
}

/** The trigger behind a coded event: the cue its event_type evidence quotes. */
function cueOf(a: Analysis, e: CodedEvent): EventCue | undefined {
  const ev = e.evidence.find((x) => x.field === 'event_type');
  return ev && a.cues.find((c) => c.span.start === ev.start && c.span.end === ev.end);
}

/** Features of an event the rules coded, or of the note when they coded none. */
function featuresOf(a: Analysis, e?: CodedEvent): { features: string[]; cue: EventCue | undefined } {
  const cue = e ? cueOf(a, e) : undefined;
  if (cue) return { features: eventFeatures(a, cue.sentence, cue), cue };
  const strongest = a.cues.reduce<EventCue | undefined>((b, c) => (!b || c.score > b.score ? c : b), undefined);
  if (strongest) return { features: eventFeatures(a, strongest.sentence, strongest), cue: strongest };
  return { features: [...new Set(a.sentences.flatMap((_, i) => eventFeatures(a, i)))].sort(), cue: undefined };
}

// --- training: multinomial logistic regression, full-batch Adam, deterministic -----------------

function train(examples: Example[], labels: Array<{ type: EventType; sub: string }>): EventTypeModel {
  const counts = new Map<string, number>();
  for (const x of examples) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = ['bias', ...[...counts].filter(([, n]) => n >= OPTIONS.MIN_COUNT).map(([f]) => f).sort()];
  const index = new Map(names.map((f, i) => [f, i]));
  const K = labels.length;
  const labelIndex = new Map(labels.map((l, k) => [l.sub, k]));
  const rows = examples.map((x) => [0, ...x.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)]);
  const ys = examples.map((x) => labelIndex.get(x.label)!);
  const W = new Float64Array(names.length * K);
  const m = new Float64Array(W.length);
  const v = new Float64Array(W.length);
  const grad = new Float64Array(W.length);
  const n = examples.length;
  for (let step = 1; step <= OPTIONS.STEPS; step++) {
    grad.fill(0);
    rows.forEach((row, i) => {
      const scores = Array.from({ length: K }, (_, k) => row.reduce((s, f) => s + W[f * K + k]!, 0));
      const max = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - max));
      const z = e.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) {
        const g = e[k]! / z - (k === ys[i] ? 1 : 0);
        for (const f of row) grad[f * K + k]! += g / n;
      }
    });
    for (let j = 0; j < W.length; j++) {
      const g = grad[j]! + (j >= K ? OPTIONS.L2 * W[j]! : 0);
      m[j] = 0.9 * m[j]! + 0.1 * g;
      v[j] = 0.999 * v[j]! + 0.001 * g * g;
      W[j]! -= (OPTIONS.RATE * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000 || 0;
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => (weights[f] = Array.from(W.subarray(i * K, (i + 1) * K), round)));
  return {
    about: 'Event-type classifier: logistic regression over language-independent concept features (src/pipeline/events/event.features.ts). Aggregate weights only; see data/models/README.md.',
    labels,
    weights,
  };
}

// --- how to combine the rules and the classifier ------------------------------------------------

type Decision = { type: EventType; sub: string };
type Policy = (rules: Decision, c: Classification, cueKind: string | null) => Decision;
const fromClassifier = (c: Classification): Decision => ({ type: c.eventType, sub: c.subEventType });
const VIOLENCE = new Set(['attack', 'clash', 'killing']);

const POLICIES: Record<string, Policy> = {
  'rules': (r) => r,
  'classifier': (_, c) => fromClassifier(c),
  'classifier when top cue is attack/killing': (r, c, k) => (k && VIOLENCE.has(k) ? fromClassifier(c) : r),
  'classifier for attack/killing, within Battles/VAC': (r, c, k) =>
    k && VIOLENCE.has(k) && (c.eventType === 'Battles' || c.eventType === 'Violence against civilians') ? fromClassifier(c) : r,
  ...Object.fromEntries(
    [0.5, 0.6, 0.7, 0.8, 0.9].map((t) => [`classifier when p > ${t}`, ((r, c) => (c.probability > t ? fromClassifier(c) : r)) as Policy]),
  ),
  ...Object.fromEntries(
    [0.5, 0.7].map((t) => [
      `attack/killing: classifier; others: classifier when p > ${t}`,
      ((r, c, k) => ((k && VIOLENCE.has(k)) || c.probability > t ? fromClassifier(c) : r)) as Policy,
    ]),
  ),
};

// --- main ----------------------------------------------------------------------------------------

const resources = loadResources();
const docs = await readGoldAcled(csv);
console.log(`reading ${docs.length} ACLED notes with the pipeline...`);
const analyses = docs.map((d) => analyse({ id: d.id, text: d.text, published: d.published, lang: 'en' }, resources));
const examples: Example[] = docs.map((d, i) => {
  const a = analyses[i]!;
  const first = a.events[0];
  const { features, cue } = featuresOf(a, first);
  return {
    features,
    label: String(d.events[0]!.sub_event_type),
    type: d.events[0]!.event_type as EventType,
    cueKind: first ? (cue?.kind ?? null) : null,
    rules: first ? { type: first.event_type, sub: first.sub_event_type } : null,
  };
});
const labels = [...new Map(examples.map((x) => [x.label, { type: x.type, sub: x.label }])).values()].sort(
  (x, y) => x.type.localeCompare(y.type) || x.sub.localeCompare(y.sub),
);

// Cross-validation: each note is classified by the model trained on the other folds.
const folds = Array.from({ length: OPTIONS.FOLDS }, (_, f) => train(examples.filter((_, i) => i % OPTIONS.FOLDS !== f), labels));
const heldOut = examples.map((x, i) => classify(x.features, folds[i % OPTIONS.FOLDS]));

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
const coded = examples.map((x, i) => i).filter((i) => examples[i]!.rules);
console.log(`\n${OPTIONS.FOLDS}-fold cross-validated, per note (${coded.length} of ${examples.length} notes where the rules code an event):`);
console.log('  option\tevent_type\tsub_event_type');
const crossValidated = new Map<string, [string, string]>();
for (const [name, policy] of Object.entries(POLICIES)) {
  let type = 0;
  let sub = 0;
  for (const i of coded) {
    const x = examples[i]!;
    const d = policy(x.rules!, heldOut[i]!, x.cueKind);
    if (d.type === x.type) type++;
    if (d.sub === x.label) sub++;
  }
  crossValidated.set(name, [pct(type, coded.length), pct(sub, coded.length)]);
  console.log(`  ${name}\t${pct(type, coded.length)}\t${pct(sub, coded.length)}`);
}
const all = examples.reduce((s, x, i) => s + (heldOut[i]!.subEventType === x.label ? 1 : 0), 0);
const allType = examples.reduce((s, x, i) => s + (heldOut[i]!.eventType === x.type ? 1 : 0), 0);
console.log(`  classifier on every note (${examples.length})\t${pct(allType, examples.length)}\t${pct(all, examples.length)}`);
console.log('\n  sub_event_type by the kind of the deciding trigger:\n  kind\tnotes\trules\tclassifier');
for (const kind of [...new Set(coded.map((i) => examples[i]!.cueKind ?? 'none'))].sort()) {
  const these = coded.filter((i) => (examples[i]!.cueKind ?? 'none') === kind);
  const right = (f: (i: number) => string) => these.filter((i) => f(i) === examples[i]!.label).length;
  console.log(`  ${kind}\t${these.length}\t${pct(right((i) => examples[i]!.rules!.sub), these.length)}\t${pct(right((i) => heldOut[i]!.subEventType), these.length)}`);
}

/** Retypes every event of an analysis with a policy: what build-events would output if it used it. */
function retype(a: Analysis, policy: Policy, model: EventTypeModel): CodedEvent[] {
  return a.events.map((e) => {
    const { features, cue } = featuresOf(a, e);
    const d = policy({ type: e.event_type, sub: e.sub_event_type }, classify(features, model), cue?.kind ?? null);
    return { ...e, event_type: d.type, sub_event_type: d.sub };
  });
}
const fieldAcc = (r: ReturnType<typeof scoreDocs>) =>
  ['event_type', 'sub_event_type'].map((f) => pct(r.overall.fields[f]!.right, r.overall.fields[f]!.scored)).join('\t');

console.log(`\nas \`eval --acled\` scores it (matched events; each note typed by the model of the other folds):`);
const byId = new Map(docs.map((d, i) => [d.id, i]));
for (const [name, policy] of Object.entries(POLICIES)) {
  const r = scoreDocs(docs, (d) => {
    const i = byId.get(d.id)!;
    return retype(analyses[i]!, policy, folds[i % OPTIONS.FOLDS]!);
  });
  console.log(`  ${name}\t${fieldAcc(r)}`);
}

const model = train(examples, labels);
const devPath = fileURLToPath(new URL('../test/gold/dev.jsonl', import.meta.url));
if (existsSync(devPath)) {
  const dev: GoldDoc[] = readGoldJsonl(devPath);
  const devAnalyses = new Map(dev.map((d) => [d.id, analyse({ id: d.id, text: d.text, published: d.published, lang: d.lang }, resources)]));
  console.log(`\ndev gold (${dev.length} reports; model trained on every ACLED note):`);
  for (const [name, policy] of Object.entries(POLICIES)) {
    console.log(`  ${name}\t${fieldAcc(scoreDocs(dev, (d) => retype(devAnalyses.get(d.id)!, policy, model)))}`);
  }
}

mkdirSync(modelsDir, { recursive: true });
// One label and one feature a line, so that a retrained model reviews as a readable diff.
const lines = (entries: string[]) => entries.map((e) => `  ${e}`).join(',\n');
const json = [
  '{',
  ` "about": ${JSON.stringify(model.about)},`,
  ' "labels": [',
  lines(model.labels.map((l) => JSON.stringify(l))),
  ' ],',
  ' "weights": {',
  lines(Object.entries(model.weights).map(([f, w]) => `${JSON.stringify(f)}: ${JSON.stringify(w)}`)),
  ' }',
  '}',
  '',
].join('\n');
writeFileSync(new URL('event-type.json', modelsDir), json);
console.log(`\nwrote data/models/event-type.json: ${model.labels.length} sub-types, ${Object.keys(model.weights).length} features, ${(json.length / 1024).toFixed(0)} KB`);

// The figures the README quotes are rewritten with the model, so that they never describe an older one.
const readmeUrl = new URL('README.md', modelsDir);
if (existsSync(readmeUrl)) {
  const [START, END] = ['<!-- cross-validated:start -->', '<!-- cross-validated:end -->'];
  const row = (name: string) => `| ${name} | ${crossValidated.get(name)?.join(' | ') ?? '?'} |`;
  const section = [
    START,
    `5-fold cross-validated on the ACLED notes the rules code an event for (${coded.length} of ${examples.length}), as last written by the training script:`,
    '',
    '| option | event_type | sub_event_type |',
    '| --- | --- | --- |',
    ...['rules', 'classifier', 'classifier when p > 0.7'].map(row),
    END,
  ].join('\n');
  const readme = readFileSync(readmeUrl, 'utf8');
  const at = readme.indexOf(START);
  const updated = at >= 0 ? readme.slice(0, at) + section + readme.slice(readme.indexOf(END) + END.length) : `${readme.trimEnd()}\n\n${section}\n`;
  writeFileSync(readmeUrl, updated);
  console.log('updated data/models/README.md');
}

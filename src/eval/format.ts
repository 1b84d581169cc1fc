import { prf, SCORED_FIELDS, type EvalReport, type Tally } from './score.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(label: string, t: Tally): string {
  const { precision, recall, f1 } = prf(t);
  const fields = SCORED_FIELDS.map((f) => {
    const { right, scored } = t.fields[f]!;
    return scored ? pct(right / scored) : '-';
  });
  return [label, String(t.gold), String(t.predicted), pct(precision), pct(recall), pct(f1), ...fields].join('\t');
}

/** A plain-text table: one line for all reports and one per language, then the worst errors. */
export function formatReport(r: EvalReport, maxErrors = 30): string {
  const head = ['lang', 'gold', 'pred', 'P', 'R', 'F1', ...SCORED_FIELDS].join('\t');
  const lines = [head, row('all', r.overall), ...Object.entries(r.byLang).map(([lang, t]) => row(lang, t))];
  const counts = new Map<string, number>();
  for (const e of r.errors) counts.set(e.doc, (counts.get(e.doc) ?? 0) + 1);
  const worst = [...r.errors].sort((a, b) => (counts.get(b.doc) ?? 0) - (counts.get(a.doc) ?? 0)).slice(0, maxErrors);
  if (worst.length) {
    lines.push('', `errors (${r.errors.length}; the reports with most errors first):`);
    for (const e of worst) lines.push(`  ${e.doc} [${e.lang}] ${e.field}: gold ${JSON.stringify(e.gold)}, got ${JSON.stringify(e.predicted)}`);
  }
  return lines.join('\n');
}

/** Every figure as one flat object, for machines. */
export function reportFigures(r: EvalReport): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (prefix: string, t: Tally) => {
    const { precision, recall, f1 } = prf(t);
    Object.assign(out, { [`${prefix}precision`]: precision, [`${prefix}recall`]: recall, [`${prefix}f1`]: f1 });
    for (const f of SCORED_FIELDS) {
      const { right, scored } = t.fields[f]!;
      if (scored) out[`${prefix}${f}`] = right / scored;
    }
  };
  add('', r.overall);
  for (const [lang, t] of Object.entries(r.byLang)) add(`${lang}_`, t);
  return out;
}

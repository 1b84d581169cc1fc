/**
 * Prints how often each actor appears in an ACLED export (actor1, actor2 and the assoc columns),
 * with its inter code and the period suffix stripped: a development aid for data/actors/registry.json.
 * It prints names and counts only; no ACLED rows are copied.
 *
 * A ✓ marks the actors the registry names (by name, former name, or a "{country}" template).
 *
 *   node bin/run-ts.js scripts/actors-from-acled.ts ../shared/data/acled/acled-mali-1997-2019.csv [TOP]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { loadActorRegistry } from '../src/pipeline/actors/actor.registry.ts';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: actors-from-acled.ts ACLED.csv [TOP]');
  process.exit(1);
}
const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];

/** "Military Forces of Mali (2012-2020)" → "Military Forces of Mali"; "Civilians (Mali)" stays. */
function stripPeriod(name: string): string {
  return name.replace(/\s*\(\d{4}-(?:\d{4})?\)/, '').trim();
}

const registry = loadActorRegistry();
const known = registry.entries.flatMap((e) => [e.name, ...(e.formerNames ?? [])]);
const patterns = known.map((n) => new RegExp('^' + n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{country\\}', '.+') + '$'));
const covered = (name: string): boolean => patterns.some((p) => p.test(name));

const counts = new Map<string, { n: number; inter: string }>();
const add = (name: string | undefined, inter: string): void => {
  for (const one of (name ?? '').split(';')) {
    const key = stripPeriod(one);
    if (!key) continue;
    const c = counts.get(key) ?? { n: 0, inter };
    c.n++;
    if (!c.inter) c.inter = inter;
    counts.set(key, c);
  }
};
for (const r of rows) {
  add(r.actor1, r.inter1 ?? '');
  add(r.actor2, r.inter2 ?? '');
  add(r.assoc_actor_1, '');
  add(r.assoc_actor_2, '');
}
const top = Number(topArg ?? 80);
const rowsShown = [...counts.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, top);
rowsShown.forEach(([name, c], i) => console.log(`${i + 1}\t${c.n}\t${c.inter}\t${covered(name) ? '✓' : ' '}\t${name}`));
console.log(`registry covers ${rowsShown.filter(([name]) => covered(name)).length} of the top ${rowsShown.length}`);

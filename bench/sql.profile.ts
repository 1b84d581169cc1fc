/**
 * Where a benchmark's time goes: wraps a store so that every statement (in or out of a
 * transaction) is timed under a short label, its first words; what is left is JavaScript
 * (blocking, scoring, clustering, building the rows). Wall time and this process's CPU time are
 * both kept: on a machine others are using, CPU time is the steadier of the two.
 */
import { performance } from 'node:perf_hooks';
import type { Db, Queryable, Transaction } from '../src/store/db.ts';

interface Tally {
  calls: number;
  ms: number;
  cpuMs: number;
  rows: number;
  /** Characters of parameters sent: PGlite encodes them in JavaScript, at a cost per byte. */
  sent: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The statement's first words, enough to tell the resolver's statements apart. */
function label(sql: string): string {
  return sql.replace(/\s+/g, ' ').trim().slice(0, 70);
}

export function profiled(store: Db): { db: Db; start: () => void; print: (seconds: number, batches: number) => void } {
  const tallies = new Map<string, Tally>();
  const timed = <Q extends Queryable>(q: Q): Q => ({
    ...q,
    query: async <T>(sql: string, params?: unknown[]) => {
      const t = performance.now();
      const c = cpuMs();
      const result = await q.query<T>(sql, params);
      const k = label(sql);
      const tally = tallies.get(k) ?? tallies.set(k, { calls: 0, ms: 0, cpuMs: 0, rows: 0, sent: 0 }).get(k)!;
      tally.calls++;
      tally.ms += performance.now() - t;
      tally.cpuMs += cpuMs() - c;
      tally.rows += result.rows.length;
      tally.sent += (params ?? []).reduce((n: number, p) => n + (typeof p === 'string' ? p.length : JSON.stringify(p ?? null).length), 0);
      return result;
    },
  });
  const db: Db = {
    ...timed(store),
    driver: store.driver,
    transaction: (fn) => store.transaction((tx) => fn(timed<Transaction>(tx))),
    exec: (sql) => store.exec(sql),
    close: () => store.close(),
  };
  let started = cpuMs();
  /** Call right before the timed part: what came before (building the store) is not counted. */
  const start = () => {
    tallies.clear();
    started = cpuMs();
  };
  /** Call right after the timed part: `seconds` of wall time over `batches` batches. */
  const print = (seconds: number, batches: number) => {
    const cpuTotal = cpuMs() - started;
    const sum = (f: (t: Tally) => number) => [...tallies.values()].reduce((n, t) => n + f(t), 0);
    const per = (ms: number) => (ms / batches).toFixed(1).padStart(8);
    console.log(`\nper batch of 1,000 reports (${batches} batches): wall ms, CPU ms, kB of parameters sent`);
    for (const [k, t] of [...tallies].sort((a, b) => b[1].cpuMs - a[1].cpuMs)) {
      const kB = (t.sent / 1000 / batches).toFixed(0).padStart(6);
      console.log(`${per(t.ms)}${per(t.cpuMs)}${kB}  ${String(t.calls).padStart(6)} calls ${String(t.rows).padStart(8)} rows  ${k}`);
    }
    console.log(`${per(sum((t) => t.ms))}${per(sum((t) => t.cpuMs))}  all SQL`);
    console.log(`${per(seconds * 1000 - sum((t) => t.ms))}${per(cpuTotal - sum((t) => t.cpuMs))}  the rest (JavaScript)`);
    console.log(`${per(seconds * 1000)}${per(cpuTotal)}  in all\n`);
  };
  return { db, start, print };
}

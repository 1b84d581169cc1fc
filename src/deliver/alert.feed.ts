/**
 * The live alert feed of one server process: a single poller over alert_changes fans each new
 * change out to every listener (the SSE connections), so a thousand open dashboards cost one
 * small query per tick, not a thousand. Polling the table rather than an in-process event
 * works the same whether alerts were raised in this process, by a CLI ingest, or by a worker on
 * another machine sharing the PostgreSQL server.
 */
import { alertChangesSince, lastAlertCursor, type AlertChange } from '../store/alert.repository.ts';
import type { Queryable } from '../store/db.ts';

export type AlertListener = (changes: readonly AlertChange[]) => void;

export interface AlertFeedOptions {
  /** How often the table is read while anyone listens (ms). The 2 s alert latency target leaves room. */
  intervalMs?: number;
}

export class AlertFeed {
  readonly #db: Queryable;
  readonly #intervalMs: number;
  readonly #listeners = new Set<AlertListener>();
  #cursor: number | null = null;
  #timer: NodeJS.Timeout | null = null;
  #starting: Promise<void> | null = null;
  #polling: Promise<void> | null = null;

  constructor(db: Queryable, { intervalMs = 250 }: AlertFeedOptions = {}) {
    this.#db = db;
    this.#intervalMs = intervalMs;
  }

  /**
   * Calls `listener` with every change after `from` (or, without it, after now), in order.
   * Returns the function that stops listening.
   */
  async listen(listener: AlertListener, from?: number): Promise<() => void> {
    await this.#start();
    const head = this.#cursor!;
    let seen = from ?? head;
    // Broadcasts that arrive while the backlog is read wait here, so nothing is missed or sent twice.
    let queued: AlertChange[] | null = [];
    const forward: AlertListener = (changes) => {
      if (queued) return void queued.push(...changes);
      const fresh = changes.filter((c) => c.cursor > seen);
      if (fresh.length === 0) return;
      seen = fresh[fresh.length - 1]!.cursor;
      listener(fresh);
    };
    this.#listeners.add(forward);
    try {
      while (seen < head) {
        const backlog = (await alertChangesSince(this.#db, seen)).filter((c) => c.cursor <= head);
        if (backlog.length === 0) break;
        seen = backlog[backlog.length - 1]!.cursor;
        listener(backlog);
      }
    } finally {
      const waiting = queued;
      queued = null;
      forward(waiting);
    }
    return () => {
      this.#listeners.delete(forward);
      if (this.#listeners.size === 0) this.#stop();
    };
  }

  /** Reads the table now instead of at the next tick (after an ingest in this process). */
  poke(): Promise<void> {
    return this.#poll();
  }

  async #start(): Promise<void> {
    this.#starting ??= lastAlertCursor(this.#db).then(
      (c) => void (this.#cursor = c),
      (err: unknown) => {
        this.#starting = null; // the next listener tries again
        throw err;
      },
    );
    await this.#starting;
    this.#timer ??= setInterval(() => void this.#poll(), this.#intervalMs).unref();
  }

  #stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  #poll(): Promise<void> {
    // One read at a time: a slow query must not pile up behind the timer.
    this.#polling ??= (async () => {
      try {
        if (this.#cursor === null) return;
        const changes = await alertChangesSince(this.#db, this.#cursor);
        if (changes.length === 0) return;
        this.#cursor = changes[changes.length - 1]!.cursor;
        for (const l of this.#listeners) l(changes);
      } catch {
        // A failed read (database restarting) is retried at the next tick; listeners stay.
      } finally {
        this.#polling = null;
      }
    })();
    return this.#polling;
  }
}

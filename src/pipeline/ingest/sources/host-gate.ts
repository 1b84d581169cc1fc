/**
 * Per-host politeness: requests to one host go one at a time, each starting at least minDelayMs
 * after the previous one started (or the host's robots.txt Crawl-delay, when longer); and no more
 * than maxConcurrent requests are open at once across all hosts.
 *
 * @example const gate = createHostGate({ minDelayMs: 1000, maxConcurrent: 4 });
 *          const release = await gate.acquire(new URL(url)); try { ... } finally { release(); }
 */

export interface HostGateOptions {
  /** Least time between the starts of two requests to one host (host and port). */
  minDelayMs: number;
  /** Requests open at once, all hosts together. */
  maxConcurrent: number;
  /** Clock and sleep: the real ones unless a test passes others. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface HostGate {
  acquire(url: URL): Promise<() => void>;
  /** A longer delay for one host (robots.txt Crawl-delay). */
  slowDown(host: string, delayMs: number): void;
}

export function createHostGate(opts: HostGateOptions): HostGate {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const queues = new Map<string, Promise<void>>();
  const lastStart = new Map<string, number>();
  const delays = new Map<string, number>();
  let open = 0;
  const waiting: Array<() => void> = [];

  const takeSlot = async (): Promise<void> => {
    if (open < opts.maxConcurrent) {
      open++;
      return;
    }
    // The releaser hands its slot straight over, so `open` stays counted.
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const freeSlot = (): void => {
    const next = waiting.shift();
    if (next) next();
    else open--;
  };

  return {
    async acquire(url) {
      const host = url.host;
      const before = queues.get(host) ?? Promise.resolve();
      let done!: () => void;
      const mine = new Promise<void>((resolve) => (done = resolve));
      const tail = before.then(() => mine);
      queues.set(host, tail);
      await before;
      const last = lastStart.get(host);
      const delay = Math.max(opts.minDelayMs, delays.get(host) ?? 0);
      if (last !== undefined && now() - last < delay) await sleep(delay - (now() - last));
      await takeSlot();
      lastStart.set(host, now());
      let released = false;
      return () => {
        if (released) return;
        released = true;
        freeSlot();
        done();
        if (queues.get(host) === tail) queues.delete(host);
      };
    },
    slowDown(host, delayMs) {
      delays.set(host, Math.max(delays.get(host) ?? 0, delayMs));
    },
  };
}

/**
 * Answers to the busiest reads (lists of events, the map) kept in memory and handed out again
 * until the data changes: many analysts keep the same view open, and programs poll the same page.
 *
 * An answer is kept under what it depends on and nothing else: who may see what (the viewer's
 * organisation, partnerships and role: visibility.ts's inputs) and the request's path and query.
 * It is handed out only while the store's generation (store/data-watch.ts) is the one it was read
 * at: any committed write to events, mentions, reports or sources, in any process, ends it. The
 * viewer is resolved on every request before this runs, so a revoked token is refused at once.
 * This process's own writes (any unsafe request that succeeds) end every kept answer when they finish.
 *
 * A kept answer is also kept gzipped (compressed once, when it is read), for the clients that
 * accept it, as browsers do: a page of events is a tenth of its size, for the network and for
 * both ends of it.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { DataWatch } from '../store/data-watch.ts';
import { visibilityScope } from '../store/viewer.ts';
import { viewerOf } from './access.ts';

interface Kept {
  generation: number;
  status: number;
  contentType: string;
  body: ArrayBuffer;
  /** The body gzipped, when that is smaller. */
  gzipped: Uint8Array<ArrayBuffer> | null;
}

const gzipAsync = promisify(gzip);
/** Smaller answers go as they are: compressing them saves less than it costs. */
const GZIP_FROM_BYTES = 1024;
const acceptsGzip = (c: Context) => /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');

export interface ReadCacheOptions {
  /** The most bytes of answers kept (default 64 MiB); the least recently used go first. */
  maxBytes?: number;
}

/** A middleware for the routes whose answers may be kept (safe requests only). */
export function readCache(watch: DataWatch, opts: ReadCacheOptions = {}): MiddlewareHandler {
  const kept = new LRUCache<string, Kept>({
    maxSize: opts.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (k, key) => k.body.byteLength + (k.gzipped?.byteLength ?? 0) + key.length + 100,
  });
  // Requests for an answer already being read wait for it rather than read it again: after a
  // write, a busy server would otherwise send as many identical queries as it has clients.
  const reading = new Map<string, Promise<Kept | null>>();
  const answer = (c: Context, k: Kept) => {
    c.header('X-Cache', 'hit');
    c.header('Vary', 'Accept-Encoding');
    if (k.gzipped && acceptsGzip(c)) return c.body(k.gzipped, k.status as 200, { 'Content-Type': k.contentType, 'Content-Encoding': 'gzip' });
    return c.body(k.body, k.status as 200, { 'Content-Type': k.contentType });
  };
  return async (c, next) => {
    const generation = watch.generation();
    if (c.req.method !== 'GET' || generation === null) return next();
    const url = new URL(c.req.url);
    const key = `${visibilityScope(viewerOf(c))}\n${url.pathname}${url.search}`;
    const hit = kept.get(key);
    if (hit && hit.generation === generation) return answer(c, hit);
    const flight = `${generation}\n${key}`;
    const other = reading.get(flight);
    if (other) {
      const k = await other;
      if (k) return answer(c, k);
      return next(); // the first reader failed or the data changed meanwhile: read it ourselves
    }
    let done!: (k: Kept | null) => void;
    reading.set(flight, new Promise((resolve) => (done = resolve)));
    let read: Kept | null = null;
    try {
      await next();
      c.header('X-Cache', 'miss');
      c.header('Vary', 'Accept-Encoding');
      // An answer read while the data changed may be older than the new generation: not kept.
      if (c.res.status === 200 && watch.generation() === generation) {
        const body = await c.res.clone().arrayBuffer();
        const gzipped = body.byteLength >= GZIP_FROM_BYTES ? Uint8Array.from(await gzipAsync(body)) : null;
        read = { generation, status: c.res.status, contentType: c.res.headers.get('Content-Type') ?? 'application/json', body, gzipped };
        if (watch.generation() === generation) kept.set(key, read);
      }
    } finally {
      reading.delete(flight);
      done(read);
    }
  };
}

/** Ends kept answers when this process writes: a client reads its own write at once. */
export function endOnWrite(watch: DataWatch): MiddlewareHandler {
  return async (c: Context, next) => {
    await next();
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && c.res.status < 400) watch.bump();
  };
}

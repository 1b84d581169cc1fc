/**
 * Fetches one URL over http(s): redirects followed by hand up to a limit (each hop checked by the
 * caller's hook: robots.txt, per-host politeness), a timeout on each request, the body read up to a
 * size limit and refused beyond it, and conditional requests (ETag, Last-Modified) answered by 304.
 */
import { InputError, tooLarge } from './errors.ts';

export interface FetchOptions {
  /** Give up on one request after this long, headers and body together (default 15 s). */
  timeoutMs?: number;
  maxBytes: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Validators of the last answer: when the resource has not changed the answer is notModified. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  userAgent?: string;
  /** Called before each request, redirects included; throws to refuse, returns what to call when done. */
  beforeRequest?: (url: URL) => Promise<() => void>;
  /** The fetch to use: the global one unless a test passes another. */
  fetch?: typeof fetch;
}

export interface Fetched {
  notModified?: false;
  /** The URL after redirects. */
  url: string;
  bytes: Uint8Array;
  /** The media type without parameters, lower-cased ("text/html"); '' when the server sends none. */
  mediaType: string;
  /** The charset parameter, lower-cased, when the server sends one. */
  charset?: string;
  etag?: string;
  lastModified?: string;
}

export type FetchResult = Fetched | { notModified: true; url: string };

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_ACCEPT = 'text/html, text/plain, application/x-ndjson;q=0.9, */*;q=0.1';

/** A report's URL, fetched unconditionally (so never notModified). */
export async function fetchReport(url: string, opts: FetchOptions): Promise<Fetched> {
  const { etag: _e, lastModified: _l, ...rest } = opts;
  return (await fetchUrl(url, rest)) as Fetched;
}

export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchResult> {
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let at = parseHttpUrl(url, url);
  for (let hop = 0; ; hop++) {
    const release = (await opts.beforeRequest?.(at)) ?? (() => undefined);
    try {
      const res = await request(at, url, opts);
      const location = res.status >= 300 && res.status < 400 && res.status !== 304 ? res.headers.get('location') : null;
      if (location === null) return await answer(res, at.href, opts);
      await res.body?.cancel().catch(() => undefined);
      if (hop >= maxRedirects) throw new InputError('TOO_MANY_REDIRECTS', url, `more than ${maxRedirects} redirects`);
      at = parseHttpUrl(new URL(location, at).href, url);
    } finally {
      release();
    }
  }
}

async function request(at: URL, input: string, opts: FetchOptions): Promise<Response> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { accept: opts.accept ?? DEFAULT_ACCEPT };
  if (opts.userAgent) headers['user-agent'] = opts.userAgent;
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  try {
    const res = await (opts.fetch ?? fetch)(at, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs), headers });
    return res;
  } catch (err) {
    throw unreachable(input, err, timeoutMs);
  }
}

async function answer(res: Response, url: string, opts: FetchOptions): Promise<FetchResult> {
  if (res.status === 304) {
    await res.body?.cancel().catch(() => undefined);
    return { notModified: true, url };
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new InputError('HTTP_STATUS', url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, { status: res.status });
  }
  const [mediaType = '', ...params] = (res.headers.get('content-type') ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(url, declared, opts.maxBytes);
  }
  const bytes = await readBody(res, url, opts.maxBytes, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const etag = res.headers.get('etag');
  const lastModified = res.headers.get('last-modified');
  return { url, bytes, mediaType, ...(charset ? { charset } : {}), ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

async function readBody(res: Response, url: string, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) {
        await res.body.cancel().catch(() => undefined);
        throw tooLarge(url, total, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw unreachable(url, err, timeoutMs);
  }
  return Buffer.concat(chunks);
}

/** Only http(s): a redirect to file: or data: is refused. */
function parseHttpUrl(href: string, input: string): URL {
  let u: URL;
  try {
    u = new URL(href);
  } catch (err) {
    throw new InputError('URL_UNREACHABLE', input, `not a URL: ${href}`, { cause: err });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError('UNSUPPORTED_TYPE', input, `not an http(s) URL: ${u.protocol}`);
  return u;
}

function unreachable(url: string, err: unknown, timeoutMs: number): InputError {
  const name = (err as { name?: string })?.name;
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  let why: string;
  if (name === 'TimeoutError' || name === 'AbortError') why = `no answer within ${timeoutMs / 1000} s`;
  else if (cause?.code === 'ECONNREFUSED') why = 'connection refused';
  else if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') why = 'host not found';
  else why = cause?.code ?? cause?.message ?? (err as Error)?.message ?? String(err);
  return new InputError('URL_UNREACHABLE', url, `URL did not answer: ${why}`, { cause: err });
}

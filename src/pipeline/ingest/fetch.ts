/**
 * Fetches one report over http(s): a timeout over the whole exchange, redirects followed (one
 * chain, as fetch does, at most 20 hops), the body read up to a size limit and refused beyond it.
 */
import { InputError, tooLarge } from './errors.ts';

export interface FetchOptions {
  /** Give up after this long, headers and body together (default 15 s). */
  timeoutMs?: number;
  maxBytes: number;
  /** The fetch to use: the global one unless a test passes another. */
  fetch?: typeof fetch;
}

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  bytes: Uint8Array;
  /** The media type without parameters, lower-cased ("text/html"); '' when the server sends none. */
  mediaType: string;
  /** The charset parameter, lower-cased, when the server sends one. */
  charset?: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export async function fetchReport(url: string, opts: FetchOptions): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, { redirect: 'follow', signal, headers: { accept: 'text/html, text/plain, application/x-ndjson;q=0.9, */*;q=0.1' } });
  } catch (err) {
    throw unreachable(url, err, timeoutMs);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new InputError('HTTP_STATUS', url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  const [mediaType = '', ...params] = (res.headers.get('content-type') ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge(url, declared, opts.maxBytes);
  }
  const bytes = await readBody(res, url, opts.maxBytes, timeoutMs);
  return { url: res.url || url, bytes, mediaType, ...(charset ? { charset } : {}) };
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

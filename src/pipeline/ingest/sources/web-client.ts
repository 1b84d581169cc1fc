/**
 * The one way sources reach the web during a pass: every request (redirects included) first asks
 * the host's robots.txt (read once per host and pass, with robots-parser) and then waits its turn
 * at the host gate; timeouts, size and redirect limits are fetch.ts's.
 *
 * robots.txt answers as RFC 9309 says: 4xx means no rules (all allowed); 5xx or no answer means
 * the host is not to be crawled now. A Crawl-delay longer than our own delay is honoured.
 */
import robotsParserModule from 'robots-parser';
import { InputError } from '../errors.ts';
import { fetchUrl, type FetchOptions, type FetchResult } from '../fetch.ts';
import { createHostGate, type HostGateOptions } from './host-gate.ts';

export interface WebClientOptions extends Partial<HostGateOptions> {
  /** Sent as User-Agent, and the name robots.txt rules are matched against. */
  userAgent?: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  fetch?: typeof fetch;
}

export interface WebClient {
  /** Throws InputError: ROBOTS_DISALLOWED, HTTP_STATUS, URL_UNREACHABLE, TOO_LARGE, TOO_MANY_REDIRECTS. */
  get(url: string, opts?: { etag?: string | null; lastModified?: string | null; accept?: string }): Promise<FetchResult>;
}

export const USER_AGENT = 'sahelwatch/0.1';
/** Defaults for a pass over real sources: one request a second per host, eight open at once. */
export const POLITE = { minDelayMs: 1000, maxConcurrent: 8, timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };
const ROBOTS_MAX_BYTES = 512 * 1024;

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// The package's types declare the module loosely; this is its documented call.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robots;

type Rules = Robots | 'allow-all' | 'disallow-all';

export function createWebClient(opts: WebClientOptions = {}): WebClient {
  const o = { ...POLITE, userAgent: USER_AGENT, ...opts };
  const gate = createHostGate(o);
  const robots = new Map<string, Promise<Rules>>();
  const base: FetchOptions = {
    maxBytes: o.maxBytes,
    timeoutMs: o.timeoutMs,
    maxRedirects: o.maxRedirects,
    userAgent: o.userAgent,
    ...(o.fetch ? { fetch: o.fetch } : {}),
    beforeRequest: (url) => gate.acquire(url),
  };

  const rulesFor = (url: URL): Promise<Rules> => {
    let rules = robots.get(url.origin);
    if (!rules) {
      rules = readRobots(url, base, o.userAgent, gate);
      robots.set(url.origin, rules);
    }
    return rules;
  };

  return {
    get(url, conditional = {}) {
      return fetchUrl(url, {
        ...base,
        ...conditional,
        beforeRequest: async (at) => {
          const rules = await rulesFor(at);
          const allowed = rules === 'allow-all' || (rules !== 'disallow-all' && rules.isAllowed(at.href, o.userAgent) !== false);
          if (!allowed) throw new InputError('ROBOTS_DISALLOWED', url, `robots.txt of ${at.host} disallows ${at.pathname}`);
          return gate.acquire(at);
        },
      });
    },
  };
}

async function readRobots(url: URL, base: FetchOptions, userAgent: string, gate: ReturnType<typeof createHostGate>): Promise<Rules> {
  const robotsUrl = new URL('/robots.txt', url.origin).href;
  try {
    const got = await fetchUrl(robotsUrl, { ...base, maxBytes: ROBOTS_MAX_BYTES, accept: 'text/plain' });
    if (got.notModified) return 'allow-all';
    const rules = robotsParser(robotsUrl, Buffer.from(got.bytes).toString('utf8'));
    const delay = rules.getCrawlDelay(userAgent);
    if (delay) gate.slowDown(url.host, delay * 1000);
    return rules;
  } catch (err) {
    if (err instanceof InputError && err.code === 'HTTP_STATUS' && err.status !== undefined && err.status < 500) return 'allow-all';
    return 'disallow-all';
  }
}

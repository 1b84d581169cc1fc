import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { StoreError } from '../store/errors.ts';

/**
 * The server's one error type: every failure the API reports is an HttpError by the time it is
 * answered. `code` is stable and machine-readable (it becomes the problem `type`); `detail` is
 * for people and never contains report text.
 *
 * @example throw new HttpError(404, 'event_not_found', 'No event with id 42.')
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly detail: string,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(detail, options);
    this.headers = options?.headers ?? {};
  }
  /** Headers the answer carries (Retry-After, WWW-Authenticate). */
  readonly headers: Record<string, string>;
}

/** RFC 9457 problem details, the body of every error answer. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Turns whatever was thrown into an HttpError; unknown errors become a 500 that leaks nothing. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof HTTPException) {
    return err.status === 504
      ? new HttpError(504, 'timeout', 'The request took too long and was stopped.', { cause: err })
      : new HttpError(err.status as ContentfulStatusCode, 'http_error', err.message || 'Request failed.', { cause: err });
  }
  if (err instanceof StoreError) {
    return err.code === 'STORE_UNAVAILABLE'
      ? new HttpError(503, 'store_unavailable', 'The event store does not answer.', { cause: err })
      : err.code === 'STORE_INVALID_INPUT'
        ? new HttpError(400, 'invalid_request', err.message, { cause: err })
        : err.code === 'STORE_NOT_FOUND'
          ? new HttpError(404, 'not_found', err.message, { cause: err })
          : err.code === 'STORE_CONFLICT'
            ? new HttpError(409, 'conflict', err.message, { cause: err })
            : new HttpError(500, 'store_error', 'The event store failed.', { cause: err });
  }
  return new HttpError(500, 'internal_error', 'Something went wrong on the server.', { cause: err });
}

export function problemOf(err: HttpError): Problem {
  return {
    type: `urn:sahelwatch:problem:${err.code}`,
    title: TITLES[err.status] ?? 'Error',
    status: err.status,
    detail: err.detail,
  };
}

/** The one place errors become HTTP answers (app.onError). */
export function handleError(err: unknown, c: Context): Response {
  const httpError = toHttpError(err);
  // Errors the code raised on purpose are answers; anything else is a bug worth a log line.
  if (!(err instanceof HttpError) && httpError.status >= 500) console.error(err);
  const headers: Record<string, string> = { ...httpError.headers, 'Content-Type': 'application/problem+json' };
  if (httpError.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="sahelwatch"';
  return c.body(JSON.stringify(problemOf(httpError)), httpError.status, headers);
}

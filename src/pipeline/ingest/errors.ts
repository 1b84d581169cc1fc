/**
 * The one error type of the input readers: an expected problem with what the user gave us.
 * Callers branch on `code`; the message is for people and always starts with the input's name,
 * e.g. `report.txt: empty file`.
 */
export type InputErrorCode =
  | 'NOT_FOUND'
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'INVALID_ENCODING'
  | 'BAD_RECORD'
  | 'URL_UNREACHABLE'
  | 'HTTP_STATUS'
  | 'UNSUPPORTED_TYPE'
  | 'BAD_HEADER'
  | 'BAD_CSV'
  | 'BAD_FEED'
  | 'TOO_MANY_REDIRECTS'
  | 'ROBOTS_DISALLOWED';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    /** The file, URL or `stdin` the problem is in. */
    readonly input: string,
    /** The problem alone, without the input's name. */
    readonly problem: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(`${input}: ${problem}`, options);
    this.status = options?.status;
  }

  /** The HTTP status of an HTTP_STATUS error. */
  readonly status: number | undefined;
}

/** 52428800 → "50.0 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Default size limit of one input document (20 MB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function tooLarge(input: string, bytes: number, maxBytes: number): InputError {
  const limit = maxBytes % (1024 * 1024) === 0 ? `${maxBytes / (1024 * 1024)} MB` : formatMegabytes(maxBytes);
  return new InputError('TOO_LARGE', input, `file is ${formatMegabytes(bytes)}, over the ${limit} limit`);
}

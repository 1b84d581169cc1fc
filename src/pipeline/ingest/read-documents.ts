/**
 * The input readers: a file, stdin (`-`) or an http(s) URL → the documents in it.
 *
 *   read bytes (size limit) → decode (refuse empty, binary, bad encoding) → by kind:
 *     JSON Lines   one document a line, each line validated
 *     HTML         turned into plain text, one document
 *     plain text   one document, verbatim
 *
 * Everything in one source is read and validated before the first document is returned, so a
 * caller that writes only after this resolves leaves its store untouched on any input error.
 *
 * @example const docs = await readDocuments('report.ar.txt', { published: '2025-07-02' })
 */
import { readFile, stat } from 'node:fs/promises';
import type { Document, Lang } from '../types.ts';
import { decodeWebText } from './charset.ts';
import { decodeText } from './decode.ts';
import { DEFAULT_MAX_BYTES, InputError, tooLarge } from './errors.ts';
import { fetchReport } from './fetch.ts';
import { htmlTitle, htmlToPlainText, looksLikeHtml } from './html.ts';
import { looksLikeJsonl, parseDocumentLines } from './jsonl.ts';

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for documents that do not carry their own. */
  published?: string;
  /** Language for documents that do not carry their own; unset to detect it. */
  lang?: Lang;
  /** Size limit of one file or download (default 20 MB). */
  maxBytes?: number;
  /** Timeout of one download (default 15 s). */
  timeoutMs?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** A document with what the reader learnt about it on the way. */
export interface InputDocument extends Document {
  title?: string;
}

/** The name `-` stands for in documents and messages. */
export const STDIN_NAME = 'stdin';

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export async function readDocuments(source: string, opts: ReadOptions = {}): Promise<InputDocument[]> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (isUrl(source)) return readUrl(source, opts, maxBytes);
  const name = source === '-' ? STDIN_NAME : source;
  const bytes = source === '-' ? await readStream(opts.stdin ?? process.stdin, maxBytes) : await readLocalFile(source, maxBytes);
  const text = decodeText(bytes, name);
  const kind = /\.(jsonl|ndjson)$/i.test(source) || (source === '-' && looksLikeJsonl(text)) ? 'jsonl' : /\.html?$/i.test(source) || looksLikeHtml(text) ? 'html' : 'text';
  return toDocuments(text, kind, name, opts);
}

async function readUrl(url: string, opts: ReadOptions, maxBytes: number): Promise<InputDocument[]> {
  const fetched = await fetchReport(url, { maxBytes, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) });
  const { mediaType, charset } = fetched;
  if (mediaType && !/^text\/|json|xml/.test(mediaType)) {
    throw new InputError('UNSUPPORTED_TYPE', url, `unsupported content type ${mediaType} (expected HTML or text)`);
  }
  const text = decodeWebText(fetched.bytes, charset);
  if (text.trim() === '') throw new InputError('EMPTY', url, 'empty document');
  const kind = mediaType.includes('ndjson') || mediaType.includes('jsonl') ? 'jsonl' : mediaType.includes('html') || looksLikeHtml(text) ? 'html' : 'text';
  const docs = toDocuments(text, kind, url, opts);
  return docs.map((d) => (d.url ? d : { ...d, url: fetched.url }));
}

function toDocuments(text: string, kind: 'jsonl' | 'html' | 'text', name: string, opts: ReadOptions): InputDocument[] {
  const defaults = { ...(opts.published ? { published: opts.published } : {}), ...(opts.lang ? { lang: opts.lang } : {}) };
  if (kind === 'jsonl') return parseDocumentLines(text, name, defaults);
  const body = kind === 'html' ? htmlToPlainText(text) : text;
  if (body.trim() === '') throw new InputError('EMPTY', name, 'no text in the HTML');
  const title = kind === 'html' ? htmlTitle(text) : undefined;
  return [{ id: name, text: body, ...defaults, ...(title ? { title } : {}) }];
}

async function readLocalFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError('NOT_FOUND', path, 'is a directory, not a file');
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError('NOT_FOUND', path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? err})`, { cause: err });
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  return readFile(path);
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) throw tooLarge(STDIN_NAME, total, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

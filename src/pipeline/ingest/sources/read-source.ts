/**
 * One source read once → the documents it has that we have not read yet.
 *
 *   feed    GET the feed (conditional) → items → skip the URLs already stored → each item: its own
 *           text when it is the whole article, else its page fetched and its article extracted
 *   page    GET the page (conditional) → its article
 *   folder  the files changed since the last pass → readDocuments
 *
 * A whole-source problem (the feed unreachable, not a feed, disallowed by robots.txt) is thrown as
 * an InputError; a problem with one item is kept in itemErrors and the other items go on.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../types.ts';
import { extractArticle } from '../article.ts';
import { decodeWebText } from '../charset.ts';
import { InputError } from '../errors.ts';
import { isFullContent, parseFeedItems, type FeedEntry } from '../feed.ts';
import type { Fetched } from '../fetch.ts';
import { looksLikeHtml } from '../html.ts';
import { readDocuments, type InputDocument } from '../read-documents.ts';
import type { Source } from '../../../store/source.repository.ts';
import type { WebClient } from './web-client.ts';

export type SourceRead =
  | { status: 'not-modified' }
  | {
      status: 'read';
      documents: InputDocument[];
      /** Items left out because a stored report was already found at their URL. */
      seen: number;
      /** Items whose page robots.txt keeps us from (not errors: asking again changes nothing). */
      disallowed: number;
      itemErrors: string[];
      etag: string | null;
      lastModified: string | null;
    };

export interface ReadSourceDeps {
  client: WebClient;
  /** The URLs among these that stored reports were found at. */
  knownUrls: (urls: string[]) => Promise<Set<string>>;
  /** Newest items of a feed looked at per pass (default 50). */
  maxItems?: number;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

export async function readSource(source: Source, deps: ReadSourceDeps): Promise<SourceRead> {
  if (!source.url) throw new InputError('NOT_FOUND', source.name, 'the source has no URL or folder');
  const lang = asLang(source.lang);
  if (source.kind === 'feed') return readFeed(source, source.url, lang, deps);
  if (source.kind === 'page') return readPageSource(source, source.url, lang, deps);
  if (source.kind === 'folder') return readFolder(source, source.url, lang);
  throw new InputError('UNSUPPORTED_TYPE', source.name, `a source of kind ${source.kind} is not read by fetch`);
}

async function readFeed(source: Source, url: string, lang: Lang | undefined, deps: ReadSourceDeps): Promise<SourceRead> {
  const got = await deps.client.get(url, { etag: source.etag, lastModified: source.last_modified, accept: FEED_ACCEPT });
  if (got.notModified) return { status: 'not-modified' };
  const entries = parseFeedItems(decodeWebText(got.bytes, got.charset), got.url).slice(0, deps.maxItems ?? 50);
  const known = await deps.knownUrls(entries.map((e) => e.url));
  const fresh = entries.filter((e) => !known.has(e.url));
  const itemErrors: string[] = [];
  let disallowed = 0;
  const docs = await Promise.all(
    fresh.map((entry) =>
      itemDocument(entry, lang, deps.client).catch((err: unknown) => {
        if (!(err instanceof InputError)) throw err;
        if (err.code === 'ROBOTS_DISALLOWED') disallowed++;
        else itemErrors.push(err.message);
        return null;
      }),
    ),
  );
  const documents = docs.filter((d): d is InputDocument => d !== null);
  const seen = entries.length - fresh.length;
  return { status: 'read', documents, seen, disallowed, itemErrors, etag: got.etag ?? null, lastModified: got.lastModified ?? null };
}

async function itemDocument(entry: FeedEntry, lang: Lang | undefined, client: WebClient): Promise<InputDocument> {
  const base = { id: entry.url, url: entry.url, ...(lang ? { lang } : {}) };
  if (isFullContent(entry)) return { ...base, text: entry.content, ...titleAndDate(entry.title, entry.published) };
  const got = await client.get(entry.url);
  if (got.notModified) throw new InputError('HTTP_STATUS', entry.url, 'HTTP 304 to an unconditional request');
  const page = pageText(got);
  // The feed's date is the publisher's own; the page's metadata, when the feed has none.
  return { ...base, text: page.text, ...titleAndDate(entry.title ?? page.title, entry.published ?? page.published) };
}

async function readPageSource(source: Source, url: string, lang: Lang | undefined, deps: ReadSourceDeps): Promise<SourceRead> {
  const got = await deps.client.get(url, { etag: source.etag, lastModified: source.last_modified });
  if (got.notModified) return { status: 'not-modified' };
  const page = pageText(got);
  const doc: InputDocument = { id: got.url, url: got.url, text: page.text, ...(lang ? { lang } : {}), ...titleAndDate(page.title, page.published) };
  return { status: 'read', documents: [doc], seen: 0, disallowed: 0, itemErrors: [], etag: got.etag ?? null, lastModified: got.lastModified ?? null };
}

/** A fetched page's text: the article of an HTML page, or plain text as it is. */
function pageText(got: Fetched): { text: string; title?: string; published?: string } {
  if (got.mediaType && !/^text\/(html|plain)$|^application\/xhtml\+xml$/.test(got.mediaType)) {
    throw new InputError('UNSUPPORTED_TYPE', got.url, `unsupported content type ${got.mediaType} (expected HTML or text)`);
  }
  const text = decodeWebText(got.bytes, got.charset);
  const page = got.mediaType === 'text/plain' && !looksLikeHtml(text) ? { text: text.trim() } : extractArticle(text, got.url);
  if (page.text.trim() === '') throw new InputError('EMPTY', got.url, 'no text on the page');
  return page;
}

/** Files changed since the last pass (all of them on the first): a file rewritten is read again. */
async function readFolder(source: Source, dir: string, lang: Lang | undefined): Promise<SourceRead> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (err) {
    throw new InputError('NOT_FOUND', dir, `cannot read the folder (${(err as NodeJS.ErrnoException).code ?? err})`, { cause: err });
  }
  const since = source.last_fetched_at?.getTime() ?? -Infinity;
  const documents: InputDocument[] = [];
  const itemErrors: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const st = await stat(path).catch(() => null);
    if (!st?.isFile() || st.mtimeMs < since) continue;
    try {
      documents.push(...(await readDocuments(path, lang ? { lang } : {})));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      itemErrors.push(err.message);
    }
  }
  return { status: 'read', documents, seen: 0, disallowed: 0, itemErrors, etag: null, lastModified: null };
}

function titleAndDate(title: string | undefined, published: string | undefined): { title?: string; published?: string } {
  return { ...(title ? { title } : {}), ...(published ? { published } : {}) };
}

function asLang(lang: string | null): Lang | undefined {
  return lang === 'ar' || lang === 'fr' || lang === 'en' ? lang : undefined;
}

/**
 * A web page → its article: Mozilla's Readability (Firefox's reader view) finds the story among
 * menus, sidebars and comments, on linkedom's DOM (no layout, no scripts: nothing on the page runs).
 * The article's HTML then goes through htmlToPlainText, so no markup ever leaves this stage; a page
 * Readability finds no article in falls back to the whole page's text.
 *
 * @example extractArticle(html, 'https://example.org/kayes') // { title: 'Attaque à Kayes', text: '...', published: '2025-07-01' }
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlTitle, htmlToPlainText } from './html.ts';

export interface Article {
  title?: string;
  text: string;
  /** YYYY-MM-DD, from the page's metadata, when it gives one. */
  published?: string;
}

export function extractArticle(html: string, url: string): Article {
  const { document } = parseHTML(html);
  const found = readable(document as unknown as Document, url);
  const text = found?.content ? htmlToPlainText(found.content) : '';
  const title = cleanTitle(found?.title) ?? htmlTitle(html);
  const published = isoDay(found?.publishedTime);
  return {
    text: text !== '' ? text : htmlToPlainText(html),
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
  };
}

function readable(document: Document, url: string): ReturnType<Readability['parse']> {
  try {
    // Readability resolves relative links against the document's base; linkedom has no URL of its own.
    const base = document.createElement('base');
    base.setAttribute('href', url);
    document.head?.prepend(base);
    return new Readability(document, { charThreshold: 200 }).parse();
  } catch {
    // Readability is a heuristic over arbitrary markup: when it fails, the page's plain text stands in.
    return null;
  }
}

function cleanTitle(title: string | null | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** '2025-07-01T08:30:00+00:00' → '2025-07-01' (the day in UTC); undefined when it is no date. */
export function isoDay(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

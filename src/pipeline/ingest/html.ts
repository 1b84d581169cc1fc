/**
 * HTML → plain text for the pipeline: scripts, styles and navigation dropped, no markup left,
 * links as their words only.
 *
 * @example htmlToPlainText('<p>Attaque à <b>Kayes</b></p><script>x()</script>') // 'Attaque à Kayes'
 */
import { convert, type HtmlToTextOptions } from 'html-to-text';

const SKIP = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'head', 'img', 'form', 'button'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...SKIP.map((selector) => ({ selector, format: 'skip' })),
    ...HEADINGS.map((selector) => ({ selector, format: 'heading', options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
  ],
};

export function htmlToPlainText(html: string): string {
  return convert(html, OPTIONS).trim();
}

/** The document's <title>, when it has one. */
export function htmlTitle(html: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = m ? convert(m[1]!, { wordwrap: false }).trim() : '';
  return title || undefined;
}

/** True when the text is an HTML page or fragment rather than prose. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  return /<(body|p|div|article|section|span|br|h[1-6])[\s>/]/i.test(head) && /<\/[a-z0-9]+>|<br\s*\/?>/i.test(head);
}

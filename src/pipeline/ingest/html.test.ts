import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlTitle, htmlToPlainText, looksLikeHtml } from './html.ts';

const PAGE = `<!DOCTYPE html><html><head><title>Attaque à Kayes</title><style>p{color:red}</style>
<script>var secret = "do not show";</script></head><body><nav><a href="/">Accueil</a></nav>
<h1>Attaque à Kayes</h1><p>Des hommes armés ont <b>attaqué</b> <a href="http://x.example">Kayes</a> mardi.</p>
<noscript>enable js</noscript></body></html>`;

describe('htmlToPlainText', () => {
  it('keeps the words and drops scripts, styles, navigation and markup', () => {
    const text = htmlToPlainText(PAGE);
    expect(text).toContain('Attaque à Kayes');
    expect(text).toContain('Des hommes armés ont attaqué Kayes mardi.');
    expect(text).not.toMatch(/secret|color:red|Accueil|enable js|http:\/\/x|<[a-z/]/i);
    expect(htmlTitle(PAGE)).toBe('Attaque à Kayes');
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('هجوم على كاي <لا شيء>')).toBe(false);
  });

  it('no tag survives, whatever the text inside the tags', () => {
    const word = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/[<>&]/g, ''));
    const tag = fc.constantFrom('p', 'div', 'b', 'span', 'script', 'style', 'h2', 'li');
    fc.assert(
      fc.property(fc.array(fc.tuple(tag, word), { minLength: 1, maxLength: 8 }), (parts) => {
        const html = `<html><body>${parts.map(([t, w]) => `<${t} class="c">${w}</${t}>`).join('')}</body></html>`;
        expect(htmlToPlainText(html)).not.toMatch(/<\/?(p|div|b|span|script|style|h2|li)\b/);
      }),
    );
  });
});

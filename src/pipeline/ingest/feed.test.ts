import { describe, expect, it } from 'vitest';
import { InputError } from './errors.ts';
import { isFullContent, parseFeedItems } from './feed.ts';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://journal.example/</link>
<item><title>Attaque &amp; riposte</title><link>/a/1</link><pubDate>Tue, 01 Jul 2025 23:30:00 -0200</pubDate><description>&lt;p&gt;Court &lt;b&gt;résumé&lt;/b&gt;&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>Sans lien</title><description>rien</description></item>
<item><title>Autre protocole</title><link>javascript:alert(1)</link></item>
</channel></rss>`;

describe('parseFeedItems', () => {
  it('gives each item with a web address its absolute URL, plain-text title and content, and UTC day', () => {
    expect(parseFeedItems(RSS, 'https://journal.example/rss')).toEqual([
      { url: 'https://journal.example/a/1', title: 'Attaque & riposte', content: 'Court résumé', published: '2025-07-02' },
    ]);
  });

  it('calls an item with 150 words of its own text a full article', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
    expect(isFullContent({ url: 'u', content: words(150) })).toBe(true);
    expect(isFullContent({ url: 'u', content: words(149) })).toBe(false);
  });

  it('refuses what is not a feed with a BAD_FEED error naming the feed', () => {
    for (const text of ['<html><body>Not a feed</body></html>', '<rss><channel><item><title>cut</tit', '']) {
      expect(() => parseFeedItems(text, 'https://x.example/rss')).toThrow(InputError);
      try {
        parseFeedItems(text, 'https://x.example/rss');
      } catch (err) {
        expect(err).toMatchObject({ code: 'BAD_FEED', input: 'https://x.example/rss' });
      }
    }
  });
});

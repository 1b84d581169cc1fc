import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../../../test/fixtures/feeds/feed-server.ts';
import { loadExtractor, type Extract } from '../../../cli/extractor.ts';
import { ingestDocuments } from '../../../cli/ingest-documents.ts';
import type { Db } from '../../../store/db.ts';
import { addSource, listSources, type NewSource } from '../../../store/source.repository.ts';
import { TEST_DRIVERS } from '../../../store/test-drivers.ts';
import { retryDelaySeconds } from './backoff.ts';
import { fetchDueSources, type SourceOutcome } from './fetch-due.ts';
import { createWebClient } from './web-client.ts';

let server: FeedServer;
let extract: Extract;
beforeAll(async () => {
  server = await startFeedServer();
  extract = await loadExtractor();
});
afterAll(() => server.close());

const POLL = 1800;
const T0 = new Date('2025-07-02T12:00:00Z');

const SOURCES: Array<Omit<NewSource, 'pollSeconds' | 'url'> & { path: string }> = [
  { name: 'Journal du Sahel', kind: 'feed', type: 'independent media', lang: 'fr', path: '/feeds/rss-fr.xml' },
  { name: 'Sahara', kind: 'feed', type: 'independent media', lang: 'ar', path: '/feeds/rdf-ar.xml' },
  { name: 'Sahel Wire', kind: 'feed', type: 'international wire', lang: 'en', path: '/feeds/atom-en.xml' },
  { name: 'Wire', kind: 'feed', type: 'international wire', path: '/r/3' },
  { name: 'Daily copy', kind: 'feed', type: 'independent media', path: '/feeds/rss-copy.xml' },
  { name: 'Broken', kind: 'feed', type: 'independent media', path: '/feeds/broken.xml' },
  { name: 'Failing', kind: 'feed', type: 'independent media', path: '/fail' },
  { name: 'Slow', kind: 'page', type: 'independent media', path: '/slow' },
  { name: 'Private', kind: 'page', type: 'independent media', path: '/private/page.html' },
  { name: 'Loop', kind: 'page', type: 'independent media', path: '/loop' },
];

describe.each(TEST_DRIVERS)('a fetch pass on $name', (driver) => {
  let db: Db;
  let first: Map<string, SourceOutcome>;
  const pass = async (at: Date) => {
    // The timeout is wall time and extraction runs on the same thread: on a busy machine a short
    // one would end requests that are merely waiting their turn. The slow host never answers anyway.
    const client = createWebClient({ minDelayMs: 0, maxConcurrent: 4, timeoutMs: 8000 });
    const outcomes = await fetchDueSources(db, { client, save: (docs) => ingestDocuments(db, extract, docs), now: () => at, random: () => 0.5 });
    return new Map(outcomes.map((o) => [o.source, o]));
  };
  const report = async (url: string) =>
    (await db.query<{ id: number; raw_text: string; title: string; lang: string; published_at: string; url: string }>(
      `select r.id, r.raw_text, r.title, r.lang, r.published_at, r.url from reports r join report_urls u on u.report_id = r.id where u.url = $1`,
      [url],
    )).rows[0];

  beforeAll(async () => {
    db = await driver.open();
    for (const { path, ...s } of SOURCES) await addSource(db, { ...s, url: `${server.base}${path}`, pollSeconds: POLL });
    server.hits.clear();
    first = await pass(T0);
  });
  afterAll(() => driver.close(db));

  it('reads RSS 2.0 in French from pages in iso-8859-1, with the feed’s dates, and no markup or script', async () => {
    expect(first.get('Journal du Sahel')).toMatchObject({ status: 'fetched', reportsNew: 2, disallowed: 1, itemErrors: [] });
    const diboli = await report(`${server.base}/articles/fr-diboli.html`);
    expect(diboli).toMatchObject({ title: 'Attaque contre la gendarmerie de Diboli', lang: 'fr', published_at: '2025-07-01' });
    expect(diboli!.raw_text).toContain('Des hommes armés ont attaqué mardi le poste de gendarmerie de Diboli');
    expect(diboli!.raw_text).not.toMatch(/<|tracker|document\.cookie|alert|Publicité|Accueil/);
  });

  it('reads RSS 1.0 (RDF) in Arabic from a windows-1256 page that says so only in a meta tag', async () => {
    expect(first.get('Sahara')).toMatchObject({ status: 'fetched', reportsNew: 1 });
    const nioro = await report(`${server.base}/articles/ar-nioro-1256.html`);
    expect(nioro!.raw_text).toContain('هاجم مسلحون يشتبه في انتمائهم إلى جماعة نصرة الإسلام والمسلمين');
    expect(nioro).toMatchObject({ lang: 'ar', published_at: '2025-07-01' });
  });

  it('takes an Atom entry’s full content without fetching its page', async () => {
    expect(first.get('Sahel Wire')).toMatchObject({ status: 'fetched', reportsNew: 1 });
    expect(server.hits.get('/wire/boulkessi')).toBeUndefined();
    const boulkessi = await report(`${server.base}/wire/boulkessi`);
    expect(boulkessi!.raw_text).toMatch(/^Armed men attacked a military checkpoint near Boulkessi/);
    expect(boulkessi!.raw_text).not.toContain('alert(1)');
  });

  it('follows a redirect chain, and makes a syndicated copy with light edits one report with two URLs', async () => {
    const wire = first.get('Wire')!;
    const copy = first.get('Daily copy')!;
    expect([wire.status, copy.status]).toEqual(['fetched', 'fetched']);
    expect(wire.reportsNew + copy.reportsNew).toBe(1);
    expect(wire.reportsMerged + copy.reportsMerged).toBe(1);
    const a = await report(`${server.base}/articles/wire-nioro.html`);
    const b = await report(`${server.base}/articles/copy-nioro.html`);
    expect(b!.id).toBe(a!.id);
    const urls = await db.query<{ url: string; name: string }>(
      'select u.url, s.name from report_urls u join sources s on s.id = u.source_id where u.report_id = $1 order by s.name',
      [a!.id],
    );
    expect(urls.rows).toEqual([
      { url: `${server.base}/articles/copy-nioro.html`, name: 'Daily copy' },
      { url: `${server.base}/articles/wire-nioro.html`, name: 'Wire' },
    ]);
  });

  it('records each failure on its source with a clear error and a retry by the backoff; the others are read', async () => {
    expect(first.get('Broken')).toMatchObject({ status: 'failed', error: expect.stringMatching(/broken\.xml: not an RSS or Atom feed/) });
    expect(first.get('Failing')).toMatchObject({ status: 'failed', error: expect.stringMatching(/\/fail: HTTP 500/) });
    expect(first.get('Slow')).toMatchObject({ status: 'failed', error: expect.stringMatching(/no answer within 8 s/) });
    expect(first.get('Loop')).toMatchObject({ status: 'failed', error: expect.stringMatching(/more than 5 redirects/) });
    const failing = (await listSources(db)).find((s) => s.name === 'Failing')!;
    expect(failing).toMatchObject({ failures: 1, last_error: expect.stringMatching(/HTTP 500/) });
    expect(failing.next_fetch_at!.getTime()).toBe(T0.getTime() + 1000 * retryDelaySeconds(1, POLL, () => 0.5));
  });

  it('respects robots.txt: a disallowed page (a source, or a feed item) is not requested', () => {
    expect(first.get('Private')).toMatchObject({ status: 'robots', error: expect.stringMatching(/robots\.txt .* disallows \/private\/page\.html/) });
    expect(server.hits.get('/private/page.html')).toBeUndefined();
  });

  it('a second pass: 304 for the feed with validators, no item fetched again, no new report; failures count up', async () => {
    const reportsBefore = (await db.query<{ n: number }>('select count(*)::integer as n from reports')).rows[0]!.n;
    const articleHits = server.hits.get('/articles/fr-diboli.html');
    const second = await pass(new Date(T0.getTime() + 24 * 3600 * 1000));
    expect(second.get('Journal du Sahel')).toMatchObject({ status: 'not-modified' });
    expect(second.get('Sahara')).toMatchObject({ status: 'fetched', seen: 1, reportsNew: 0 });
    expect(server.hits.get('/articles/fr-diboli.html')).toBe(articleHits);
    expect(server.hits.get('/articles/ar-nioro-1256.html')).toBe(1);
    expect((await db.query<{ n: number }>('select count(*)::integer as n from reports')).rows[0]!.n).toBe(reportsBefore);
    const failing = (await listSources(db)).find((s) => s.name === 'Failing')!;
    expect(failing.failures).toBe(2);
  });
});

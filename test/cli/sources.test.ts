/** `source add|list|remove` and `fetch`, against the local feed server. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/connect.ts';
import { startFeedServer, type FeedServer } from '../fixtures/feeds/feed-server.ts';
import { lines, runCli, tempHome } from './run-cli.ts';

let home: { dir: string; cleanup: () => Promise<void> };
let server: FeedServer;

beforeAll(async () => {
  home = await tempHome();
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await home.cleanup();
});

const cli = (...args: string[]) => runCli(args, { home: home.dir });

describe('sources and fetch', () => {
  it('adds sources, refusing bad intervals, URLs and names already taken', async () => {
    const add = await cli('source', 'add', '--kind', 'feed', '--name', 'Journal du Sahel', '--url', `${server.base}/feeds/rss-fr.xml`, '--lang', 'fr', '--reliability', 'B', '--every', '2h');
    expect(add.stderr).toBe('');
    expect(add.stdout).toBe(`added feed "Journal du Sahel" (${server.base}/feeds/rss-fr.xml), read every 2h\n`);
    expect((await cli('source', 'add', '--kind', 'feed', '--name', 'Broken', '--url', `${server.base}/feeds/broken.xml`)).code).toBe(0);

    const tooOften = await cli('source', 'add', '--kind', 'page', '--name', 'X', '--url', `${server.base}/x`, '--every', '10s');
    expect([tooOften.code, tooOften.stderr]).toEqual([1, 'sahelwatch: --every must be a duration of at least 1m such as 90s, 30m, 6h or 1d, got "10s"\n']);
    const notUrl = await cli('source', 'add', '--kind', 'feed', '--name', 'X', '--url', 'file:///etc/passwd');
    expect(notUrl.code).toBe(1);
    expect(notUrl.stderr).toMatch(/--url must be an http\(s\) URL/);
    const again = await cli('source', 'add', '--kind', 'feed', '--name', 'Broken', '--url', `${server.base}/feeds/rss-fr.xml`);
    expect([again.code, again.stderr]).toEqual([1, 'sahelwatch: a source named "Broken" already exists\n']);

    const list = await cli('source', 'list', '--format', 'jsonl');
    expect(lines(list.stdout).map((l) => JSON.parse(l))).toMatchObject([
      { name: 'Broken', kind: 'feed', poll_seconds: 1800, failures: 0 },
      { name: 'Journal du Sahel', kind: 'feed', lang: 'fr', reliability: 'B', poll_seconds: 7200, reports: 0 },
    ]);
  });

  it('fetches what is due, one line per source, a broken feed among them; then nothing is due', async () => {
    const r = await cli('fetch');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([
      expect.stringMatching(/^Broken: failed: .*broken\.xml: not an RSS or Atom feed .*\(next try \d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/),
      'Journal du Sahel: 2 new, 0 merged as near-duplicates, 0 already stored, 0 seen before, 1 disallowed by robots.txt',
      'sources: 1 fetched, 0 not modified, 0 skipped by robots.txt, 1 failed; reports: 2 new, 0 merged as near-duplicates, 0 already stored',
    ]);
    expect((await cli('fetch')).stdout).toBe('no source is due\n');
    const table = await cli('source', 'list');
    expect(table.stdout).toMatch(/Broken .* 1 +http:.*not an RSS or Atom feed/);
  });

  it('asks again with the validators when told to read one source now: 304', async () => {
    const r = await cli('fetch', '--source', 'Journal du Sahel');
    expect(lines(r.stdout)[0]).toBe('Journal du Sahel: not modified (HTTP 304)');
    expect((await cli('fetch', '--source', 'Nobody')).stderr).toBe('sahelwatch: no source named "Nobody"\n');
  });

  it('removes a source and keeps its reports', async () => {
    const r = await cli('source', 'remove', 'Journal du Sahel');
    expect(r.stdout).toBe('removed "Journal du Sahel"; its 2 reports stay in the store\n');
    expect((await cli('source', 'list', '--format', 'jsonl')).stdout).not.toContain('Journal du Sahel');
    const db = await openStore({ dataDir: join(home.dir, 'db') });
    try {
      const { rows } = await db.query<{ n: number }>(`select count(*)::integer as n from reports r join sources s on s.id = r.source_id where s.name = 'Journal du Sahel'`);
      expect(rows[0]!.n).toBe(2);
    } finally {
      await db.close();
    }
  });
});

/** `ingest`: files and URLs into the store, idempotent by text. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/connect.ts';
import { lines, runCli, tempHome } from './run-cli.ts';

let home: { dir: string; cleanup: () => Promise<void> };
let server: Server;
let base: string;

const PAGE = `<!doctype html><html><head><title>Attaque à Molodo</title><script>track("reader")</script><style>body{}</style></head>
<body><nav>Menu</nav><article><h1>Attaque à Molodo</h1><p>Des jihadistes ont attaqué le poste militaire de Molodo, dans la région de Ségou, mardi.</p></article></body></html>`;

beforeAll(async () => {
  home = await tempHome();
  await writeFile(join(home.dir, 'diboli.fr.txt'), 'Des hommes armés ont attaqué le village de Diboli mardi, tuant trois civils.');
  await writeFile(
    join(home.dir, 'batch.jsonl'),
    [
      { id: 'n1', text: 'Des jihadistes ont attaqué Niono mardi, selon des sources locales.', published: '2025-07-02' },
      { id: 'n2', text: 'Armed men attacked Sandaré on Tuesday, killing two soldiers.', published: '2025-07-02', lang: 'en' },
    ].map((d) => JSON.stringify(d)).join('\n'),
  );
  server = createServer((req, res) => {
    if (req.url === '/old') {
      res.writeHead(301, { location: '/molodo' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await home.cleanup();
});

async function eventCount(): Promise<number> {
  const r = await runCli(['events', '--format', 'jsonl', '--limit', '10000'], { home: home.dir });
  expect(r.code).toBe(0);
  return lines(r.stdout).length;
}

describe('ingest', () => {
  it('is idempotent: a second ingest of the same texts creates nothing', async () => {
    const args = ['ingest', '--published', '2025-07-02', '--source', 'Test wire', '--source-type', 'international wire', 'diboli.fr.txt', 'batch.jsonl'];
    const first = await runCli(args, { home: home.dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/reports: 3 new, 0 skipped/);
    const after = await eventCount();
    expect(after).toBeGreaterThan(0);

    const second = await runCli(args, { home: home.dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/reports: 0 new, 3 skipped .*events: 0 saved/);
    expect(await eventCount()).toBe(after);
  });

  it('fetches a URL through a redirect and stores its text without markup', async () => {
    const r = await runCli(['ingest', '--published', '2025-07-02', `${base}/old`], { home: home.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/reports: 1 new/);

    const db = await openStore({ dataDir: join(home.dir, 'db') });
    try {
      const { rows } = await db.query<{ raw_text: string; url: string; title: string; name: string }>(
        `select r.raw_text, r.url, r.title, s.name from reports r join sources s on s.id = r.source_id where r.url like $1`,
        [`${base}%`],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.url).toBe(`${base}/molodo`);
      expect(rows[0]!.title).toBe('Attaque à Molodo');
      expect(rows[0]!.name).toBe('127.0.0.1');
      expect(rows[0]!.raw_text).toContain('Des jihadistes ont attaqué le poste militaire de Molodo');
      expect(rows[0]!.raw_text).not.toMatch(/<|track\(|Menu|body\{/);
    } finally {
      await db.close();
    }
  });
});

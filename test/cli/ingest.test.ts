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

describe('ingest for an organisation', () => {
  const TEXT = 'Des hommes armés ont attaqué le poste de Diéma jeudi, selon une source sécuritaire.';
  let dir: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    dir = await tempHome();
    await writeFile(join(dir.dir, 'diema.fr.txt'), TEXT);
    for (const org of ['Cellule Mali', 'Cellule Sénégal', 'ONG Sahel']) expect((await runCli(['org', 'create', org], { home: dir.dir })).code).toBe(0);
    expect((await runCli(['partnership', 'create', 'Kayes cell', '--orgs', 'Cellule Mali,Cellule Sénégal'], { home: dir.dir })).code).toBe(0);
  });
  afterAll(() => dir.cleanup());

  it('saves each organisation its own copy of one text, shared as it says, and tells none of them about the others', async () => {
    const ingest = (...flags: string[]) => runCli(['ingest', 'diema.fr.txt', ...flags], { home: dir.dir });
    const mali = await ingest('--org', 'Cellule Mali', '--sharing', 'partners', '--partnership', 'Kayes cell');
    expect(mali.code).toBe(0);
    expect(mali.stdout).toMatch(/reports: 1 new/);
    // The same text from another organisation is new to it: saved, not "already stored".
    const ngo = await ingest('--org', 'ONG Sahel');
    expect(ngo.stdout).toMatch(/reports: 1 new/);
    expect((await ingest('--org', 'ONG Sahel')).stdout).toMatch(/reports: 0 new, 1 skipped/);
    const db = await openStore({ dataDir: join(dir.dir, 'db') });
    try {
      const { rows } = await db.query<{ org: string; sharing: string; partnership: string | null }>(
        `select o.name as org, r.sharing, p.name as partnership from reports r join organisations o on o.id = r.owner_org
         left join partnerships p on p.id = r.partnership_id order by r.id`,
      );
      expect(rows).toEqual([
        { org: 'Cellule Mali', sharing: 'partners', partnership: 'Kayes cell' },
        { org: 'ONG Sahel', sharing: 'private', partnership: null },
      ]);
    } finally {
      await db.close();
    }
  });

  it('refuses sharing that names no one or a partnership the organisation is not in', async () => {
    const ingest = (...flags: string[]) => runCli(['ingest', 'diema.fr.txt', ...flags], { home: dir.dir });
    const cases = [
      [['--sharing', 'private'], /--org/],
      [['--org', 'ONG Sahel', '--sharing', 'partners'], /--partnership/],
      [['--org', 'ONG Sahel', '--partnership', 'Kayes cell'], /--sharing partners/],
      [['--org', 'ONG Sahel', '--sharing', 'partners', '--partnership', 'Kayes cell'], /not a member/],
      [['--org', 'Nobody'], /no organisation named "Nobody"/],
    ] as const;
    for (const [flags, message] of cases) {
      const r = await ingest(...flags);
      expect(r.code, flags.join(' ')).not.toBe(0);
      expect(r.stderr).toMatch(message);
    }
  });
});

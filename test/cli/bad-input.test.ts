/**
 * Every kind of bad input: exit 1, ONE line on stderr naming the input and the problem, and the
 * store unchanged.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_CSV, lines, runCli, tempHome } from './run-cli.ts';

let home: { dir: string; cleanup: () => Promise<void> };
let server: Server;
let base: string;
let refusedUrl: string;

function listen(s: Server): Promise<number> {
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
}

beforeAll(async () => {
  home = await tempHome();
  const f = (name: string) => join(home.dir, name);
  await writeFile(f('good.txt'), 'Des hommes armés ont attaqué le village de Diboli mardi.');
  await writeFile(f('empty.txt'), '');
  await writeFile(f('blank.txt'), '  \n\n ');
  await writeFile(f('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  await writeFile(f('latin1.txt'), Buffer.concat([Buffer.from('Attaque à S'), Buffer.from([0xe9]), Buffer.from('gou')]));
  await writeFile(f('big.txt'), '');
  await truncate(f('big.txt'), 50 * 1024 * 1024); // sparse: costs no disk
  await writeFile(f('bad.jsonl'), '{"id":"a","text":"Attaque à Kayes","published":"2025-07-01"}\n{"id":"b","text":"Attaque à Nioro","published":"July 1st"}\n');
  await writeFile(f('broken.jsonl'), '{"id":"a","text":"ok"}\n\n{"id":"b", text}\n');
  await writeFile(f('acled.csv'), ACLED_CSV);

  server = createServer((req, res) => {
    if (req.url === '/hang') return; // never answers
    if (req.url === '/missing') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('nothing here');
      return;
    }
    if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50]));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok');
  });
  base = `http://127.0.0.1:${await listen(server)}`;
  const closed = createServer();
  refusedUrl = `http://127.0.0.1:${await listen(closed)}/report`;
  await new Promise((r) => closed.close(r));

  // A store with something in it, to show that failed ingests leave it as it was.
  const imported = await runCli(['import', 'acled', 'acled.csv'], { home: home.dir });
  expect(imported.code).toBe(0);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await home.cleanup();
});

const FILE_CASES: Array<[string, string, RegExp]> = [
  ['an empty file', 'empty.txt', /^sahelwatch: empty\.txt: empty file/],
  ['a file of white space', 'blank.txt', /^sahelwatch: blank\.txt: empty file/],
  ['a binary file', 'binary.txt', /^sahelwatch: binary\.txt: binary file/],
  ['a file over the size limit', 'big.txt', /^sahelwatch: big\.txt: file is 50\.0 MB, over the 20 MB limit$/],
  ['invalid UTF-8', 'latin1.txt', /^sahelwatch: latin1\.txt: invalid UTF-8 at byte offset 12$/],
  ['a JSON line with a bad field', 'bad.jsonl', /^sahelwatch: bad\.jsonl: line 2: "published"/],
  ['a JSON line that is not JSON', 'broken.jsonl', /^sahelwatch: broken\.jsonl: line 3: not valid JSON/],
  ['a missing file', 'nowhere.txt', /^sahelwatch: nowhere\.txt: no such file$/],
];

describe('extract rejects bad input', () => {
  it.each(FILE_CASES)('%s', async (_what, file, message) => {
    const r = await runCli(['extract', file], { home: home.dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a bad --published', async () => {
    const r = await runCli(['extract', '--published', '2025-02-30', 'good.txt'], { home: home.dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['sahelwatch: --published must be a date written YYYY-MM-DD, got "2025-02-30"']);
  });

  it('empty stdin', async () => {
    const r = await runCli(['extract', '-'], { home: home.dir, stdin: '' });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['sahelwatch: stdin: empty file']);
  });
});

describe('ingest rejects bad input and leaves the store unchanged', () => {
  async function eventCount(): Promise<number> {
    const r = await runCli(['events', '--format', 'jsonl'], { home: home.dir });
    expect(r.code).toBe(0);
    return lines(r.stdout).length;
  }

  const URL_CASES: Array<[string, () => string, RegExp]> = [
    ['a refused connection', () => refusedUrl, /: URL did not answer: connection refused$/],
    ['a URL that never answers', () => `${base}/hang`, /: URL did not answer: no answer within 1 s$/],
    ['an HTTP error', () => `${base}/missing`, /\/missing: HTTP 404 Not Found$/],
    ['a type that is not text', () => `${base}/image`, /\/image: unsupported content type image\/png/],
  ];

  it.each(URL_CASES)('%s', async (_what, url, message) => {
    const r = await runCli(['ingest', '--timeout', '1', 'good.txt', url()], { home: home.dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain(url());
    expect(r.stderr.trim()).toMatch(message);
    expect(await eventCount()).toBe(3);
  });

  it('a good file followed by a bad one writes nothing', async () => {
    const r = await runCli(['ingest', 'good.txt', 'bad.jsonl'], { home: home.dir });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^sahelwatch: bad\.jsonl: line 2: /);
    expect(await eventCount()).toBe(3);
  });
});

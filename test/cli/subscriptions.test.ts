/**
 * An organisation subscribes with a webhook and a filter; ingesting the reports of 1 July 2025
 * sends it the matching alerts, signed; `deliveries` and `digest` show what went out.
 */
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/deliver/webhook.signature.ts';
import { runCli, tempHome } from './run-cli.ts';

const DEMO = fileURLToPath(new URL('../../data/demo/', import.meta.url));
let home: { dir: string; cleanup: () => Promise<void> };
let server: Server;
const received: { headers: Record<string, string>; body: string }[] = [];
let secret = '';

beforeAll(async () => {
  home = await tempHome();
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/alerts`;
  expect((await runCli(['org', 'create', 'Cellule de veille Kayes'], { home: home.dir })).stdout).toBe('organisation 2: Cellule de veille Kayes\n'); // 1 is the built-in "local"
  const sub = await runCli(
    ['subscription', 'add', '--org', 'Cellule de veille Kayes', '--name', 'région de Kayes', '--webhook', url,
      '--kinds', 'coordinated_offensive,siege', '--bbox', '-12.5,13.5,-9,15.8', '--min-severity', 'high'],
    { home: home.dir },
  );
  expect(sub.code).toBe(0);
  secret = /webhook secret .*: (\S+)\n/.exec(sub.stdout)![1]!;
  const r = await runCli(['ingest', '--published', '2025-07-02', `${DEMO}seed-report.ar.txt`, `${DEMO}diboli-sandare.fr.txt`, `${DEMO}molodo-niono.en.txt`, `${DEMO}gogui.ar.txt`], { home: home.dir });
  expect(r.stdout).toMatch(/alerts: \d+ raised or updated/);
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await home.cleanup();
});

describe('subscriptions and webhooks', () => {
  it('posted the matching alerts, each signed with the subscription’s secret, and nothing else', () => {
    const kinds = received.map((r) => JSON.parse(r.body).alert.kind);
    expect(kinds).toContain('coordinated_offensive');
    expect(kinds).toContain('siege');
    expect(kinds.every((k) => k === 'coordinated_offensive' || k === 'siege')).toBe(true);
    for (const { headers, body } of received) {
      expect(verifySignature(secret, body, headers['x-sahelwatch-timestamp'], headers['x-sahelwatch-signature'], new Date())).toBe(true);
    }
  });

  it('lists the deliveries, and sends nothing twice', async () => {
    const before = received.length;
    expect((await runCli(['deliver'], { home: home.dir })).stdout).toBe('deliveries: 0 queued, 0 delivered, 0 to retry, 0 dead\n');
    expect(received).toHaveLength(before);
    const list = await runCli(['deliveries'], { home: home.dir });
    expect(list.stdout.trim().split('\n')).toHaveLength(before);
    expect(list.stdout).toMatch(/^#\d+ delivered subscription 1 alert \d+ v\d+ attempts 1 HTTP 204$/m);
  });

  it('writes the daily digest in French, Markdown and HTML', async () => {
    // The day the alerts were raised (not "today": the test may straddle midnight).
    const alerts = (await runCli(['alerts', '--format', 'jsonl'], { home: home.dir })).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const day = String(alerts.find((a) => a.kind === 'coordinated_offensive').updated_at).slice(0, 10);
    const md = await runCli(['digest', '1', '--day', day, '--lang', 'fr'], { home: home.dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('Offensive coordonnée : JNIM a frappé');
    expect(md.stdout).toContain('## Situations en cours');
    const html = await runCli(['digest', '1', '--day', day, '--format', 'html'], { home: home.dir });
    expect(html.stdout).toMatch(/^<!doctype html>/);
  });

  it('refuses a bad filter or area file with a clear message', async () => {
    const bad = join(home.dir, 'area.json');
    await writeFile(bad, '{"type":"Point","coordinates":[0,0]}');
    const r = await runCli(['subscription', 'add', '--org', 'Cellule de veille Kayes', '--name', 'x', '--polygon', bad], { home: home.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expected a GeoJSON Polygon/);
    const s = await runCli(['subscription', 'add', '--org', 'Nobody', '--name', 'x'], { home: home.dir });
    expect(s.code).toBe(1);
    expect(s.stderr).toMatch(/no organisation named "Nobody"/);
  });
});

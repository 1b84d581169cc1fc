/** `demo`: the bundled reports ingested into a fresh home, then the API served until SIGINT. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lines, runCli, tempHome } from './run-cli.ts';

const BIN = fileURLToPath(new URL('../../bin/sahelwatch.js', import.meta.url));
let home: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => (home = await tempHome()));
afterAll(() => home.cleanup());

it('ingests the demo reports, prints where it runs, serves events, and stops on SIGINT', async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, SAHELWATCH_HOME: home.dir, PORT: '0' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, 'demo'], { env, cwd: home.dir });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: string) => {
      stdout += d;
      const m = /^sahelwatch is running at (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`demo exited with ${code} before serving: ${stdout}`)));
  });
  try {
    expect(stdout).toMatch(/demo: reports: \d+ new/);
    const res = await fetch(`${url}/api/events?limit=5`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number };
    expect(body.total).toBeGreaterThan(0);
  } finally {
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }
});

it('serve refuses a bad port with exit 1', async () => {
  const r = await runCli(['serve', '--port', 'eighty'], { home: home.dir });
  expect(r.code).toBe(1);
  expect(lines(r.stderr)).toEqual(['sahelwatch: --port must be a whole number from 0 to 65535, got "eighty"']);
});

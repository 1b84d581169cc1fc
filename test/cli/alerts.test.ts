/** `alerts` and `situations` after ingesting the bundled reports of 1 July 2025. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { lines, runCli, tempHome } from './run-cli.ts';

const DEMO = fileURLToPath(new URL('../../data/demo/', import.meta.url));
let home: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  home = await tempHome();
  const r = await runCli(['ingest', '--published', '2025-07-02', `${DEMO}seed-report.ar.txt`, `${DEMO}diboli-sandare.fr.txt`, `${DEMO}molodo-niono.en.txt`, `${DEMO}gogui.ar.txt`], { home: home.dir });
  expect(r.stdout).toMatch(/alerts: \d+ raised or updated/);
});
afterAll(() => home.cleanup());

describe('alerts and situations', () => {
  it('lists the coordinated offensive with its places and coordinates, titled in French', async () => {
    const r = await runCli(['alerts', '--lang', 'fr'], { home: home.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/coordinated_offensive critical new v\d+ {2}Offensive coordonnée : JNIM a frappé 7 localités le 1er juillet 2025\n {4}2025-07-01 {2}.*Kayes \(14\.447, -11\.44\d\)/);
  });

  it('acknowledges an alert, and refuses a status that does not exist', async () => {
    const r = await runCli(['alert', '1', 'acknowledged'], { home: home.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('alert 1: acknowledged\n');
    expect((await runCli(['alert', '1', 'closed'], { home: home.dir })).code).toBe(1);
  });

  it('lists only standing situations with `situations`, as JSON Lines', async () => {
    const r = await runCli(['situations', '--format', 'jsonl'], { home: home.dir });
    const kinds = lines(r.stdout).map((l) => JSON.parse(l).kind);
    expect(kinds).toContain('siege');
    expect(kinds).toContain('corridor');
    expect(kinds.every((k) => ['siege', 'blockade', 'corridor'].includes(k))).toBe(true);
  });

  it('re-runs the detectors on demand without repeating an alert, and refuses a reversed span', async () => {
    const r = await runCli(['detect'], { home: home.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('detect: 0 alerts raised or updated\n');
    const bad = await runCli(['detect', '--from', '2025-07-10', '--to', '2025-07-01'], { home: home.dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--from 2025-07-10 is after --to 2025-07-01/);
  });
});

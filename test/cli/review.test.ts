/** One attack reported in French and English by two sources: one event; then an analyst reviews it. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, runCli, tempHome } from './run-cli.ts';

let home: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  home = await tempHome();
  await writeFile(join(home.dir, 'diboli.fr.txt'), 'Des hommes armés ont attaqué le village de Diboli mardi, tuant trois civils, selon des sources locales.');
  await writeFile(join(home.dir, 'diboli.en.txt'), 'Gunmen attacked the village of Diboli on Tuesday, killing five civilians, residents said.');
});
afterAll(() => home.cleanup());

const events = async () => lines((await runCli(['events', '--format', 'jsonl'], { home: home.dir })).stdout).map((l) => JSON.parse(l));

describe('one event from two sources, reviewed by an analyst', () => {
  it('merges the reports at ingest, then confirms, edits and shows the history and the change feed', async () => {
    const opts = ['--published', '2025-07-02'];
    expect((await runCli(['ingest', ...opts, '--source', 'Studio Tamani', 'diboli.fr.txt'], { home: home.dir })).code).toBe(0);
    expect((await runCli(['ingest', ...opts, '--source', 'AFP', '--source-type', 'international wire', '--reliability', 'B', 'diboli.en.txt'], { home: home.dir })).code).toBe(0);
    const [event, ...rest] = await events();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ location: 'Diboli', report_count: 2, fatalities: 3, status: 'unverified' });
    expect(event.report_ids).toHaveLength(2);
    expect(event.confidence).toBeGreaterThan(0.85);

    const confirm = await runCli(['review', String(event.id), 'confirm', '--by', 'analyste@cellule.ml', '--reason', 'deux sources'], { home: home.dir });
    expect(confirm.code).toBe(0);
    const edit = await runCli(['review', String(event.id), 'edit', 'fatalities=4', '--by', 'analyste@cellule.ml'], { home: home.dir });
    expect(edit.code).toBe(0);
    const verified = (await runCli(['events', '--format', 'jsonl', '--status', 'verified'], { home: home.dir })).stdout;
    expect(JSON.parse(verified)).toMatchObject({ id: event.id, fatalities: 4, status: 'verified' });

    const history = await runCli(['history', String(event.id)], { home: home.dir });
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(/create .*resolver[\s\S]*update .*resolver[\s\S]*confirm .*analyste@cellule\.ml: deux sources[\s\S]*edit .*\n\s+fatalities: 3 → 4/);

    const feed = await runCli(['changes', '--since', '0'], { home: home.dir });
    expect(lines(feed.stdout).map((l) => JSON.parse(l).action)).toEqual(['create', 'update', 'confirm', 'edit']);
    expect(feed.stderr).toMatch(/4 change\(s\); next cursor: \d+/);
  });

  it('refuses a review that cannot be done, with exit code 1', async () => {
    const r = await runCli(['review', '999', 'confirm'], { home: home.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no event with id 999/);
    expect((await runCli(['review', '1', 'promote'], { home: home.dir })).code).toBe(1);
  });
});

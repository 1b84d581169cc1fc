/** `extract`: the pure pipeline over files, HTML and JSON Lines; one JSON line per document. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, runCli, tempHome } from './run-cli.ts';

// Written for this test: armed men attacked the town of Kayes in western Mali on Tuesday and killed four soldiers.
const ARABIC = 'هاجم مسلحون من جماعة نصرة الإسلام والمسلمين مدينة كاي غرب مالي يوم الثلاثاء، وقتلوا أربعة جنود.';
const CONTRACT_KEYS = ['events', 'id', 'lang', 'warnings'];
const EVENT_KEYS = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'country', 'location', 'geo_precision', 'fatalities', 'evidence', 'claims'];

let home: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  home = await tempHome();
  await writeFile(join(home.dir, 'kayes.ar.txt'), ARABIC);
  await writeFile(join(home.dir, 'bom.ar.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]));
  await writeFile(join(home.dir, 'utf16.ar.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]));
  await writeFile(
    join(home.dir, 'page.html'),
    '<html><head><title>Diboli</title><script>alert("x")</script></head><body><p>Des hommes armés ont attaqué le village de <b>Diboli</b> mardi.</p></body></html>',
  );
});
afterAll(() => home.cleanup());

function parseLines(stdout: string): Array<Record<string, unknown>> {
  return lines(stdout).map((l) => JSON.parse(l));
}

describe('extract', () => {
  it('prints one JSON line per document with the contract keys (Arabic text, its BOM and UTF-16 forms)', async () => {
    const r = await runCli(['extract', '--published', '2025-07-02', 'kayes.ar.txt', 'bom.ar.txt', 'utf16.ar.txt'], { home: home.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['kayes.ar.txt', 'bom.ar.txt', 'utf16.ar.txt']);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(CONTRACT_KEYS);
      expect(o.lang).toBe('ar');
      expect(Array.isArray(o.warnings)).toBe(true);
      for (const e of o.events as Array<Record<string, unknown>>) expect(Object.keys(e)).toEqual(expect.arrayContaining(EVENT_KEYS));
    }
    // The three encodings are one text: the same events, with the same offsets.
    expect(out[1]!.events).toEqual(out[0]!.events);
    expect(out[2]!.events).toEqual(out[0]!.events);
  });

  it('reads JSON Lines from stdin, one output line per record, in order', async () => {
    const stdin = [
      JSON.stringify({ id: 'r1', text: ARABIC, published: '2025-07-02', lang: 'ar' }),
      JSON.stringify({ id: 'r2', text: 'Des hommes armés ont attaqué Diboli mardi.', published: '2025-07-02' }),
    ].join('\n');
    const r = await runCli(['extract', '-'], { home: home.dir, stdin });
    expect(r.code).toBe(0);
    const out = parseLines(r.stdout);
    expect(out.map((o) => [o.id, o.lang])).toEqual([['r1', 'ar'], ['r2', 'fr']]);
  });

  it('turns HTML into text: evidence quotes words, never markup', async () => {
    const r = await runCli(['extract', '--published', '2025-07-02', 'page.html'], { home: home.dir });
    expect(r.code).toBe(0);
    const [out] = parseLines(r.stdout);
    expect(out!.id).toBe('page.html');
    expect(r.stdout).not.toMatch(/<b>|alert|<script/);
  });
});

/** import (ACLED, UCDP) → events → export in the three formats, on a real PGlite store. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACLED_CSV, ACLED_HEADER, lines, runCli, tempHome } from './run-cli.ts';

let home: { dir: string; cleanup: () => Promise<void> };
const run = (...args: string[]) => runCli(args, { home: home.dir });

const UCDP_CSV = [
  'id,type_of_violence,side_a,side_b,country,adm_1,adm_2,where_coordinates,latitude,longitude,where_prec,date_start,date_end,date_prec,best,low,high,deaths_civilians,source_article',
  '900001,3,Invented Armed Group,Civilians,Mali,Mopti region,Koro district,Invented hamlet,14.05,-3.05,1,2019-03-23 00:00:00.000,2019-03-23 00:00:00.000,1,7,6,9,7,Invented wire',
  '900002,1,Government of Mali,Invented Armed Group,Mali,Segou region,,Invented crossroads,13.9,-5.6,2,2019-04-02,2019-04-03,2,4,4,4,0,Invented wire',
].join('\n');

beforeAll(async () => {
  home = await tempHome();
  await writeFile(join(home.dir, 'acled.csv'), ACLED_CSV);
  await writeFile(join(home.dir, 'ucdp.csv'), UCDP_CSV);
  const cols = ACLED_HEADER.split(',').filter((c) => c !== 'fatalities' && c !== 'event_date');
  await writeFile(join(home.dir, 'short.csv'), `${cols.join(',')}\n${cols.map(() => 'x').join(',')}\n`);
});
afterAll(() => home.cleanup());

describe('import', () => {
  it('a CSV with missing columns fails naming them, and writes nothing', async () => {
    const r = await run('import', 'acled', 'short.csv');
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual(['sahelwatch: short.csv: missing required columns event_date, fatalities (expected an ACLED export)']);
    const events = await run('events', '--format', 'jsonl');
    expect(events.stdout).toBe('');
  });

  it('imports an ACLED export; events shows the rows; a second import skips them', async () => {
    const first = await run('import', 'acled', 'acled.csv');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('3 imported');
    const again = await run('import', 'acled', 'acled.csv');
    expect(again.stdout).toContain('0 imported, 3 skipped');
    const r = await run('events', '--format', 'jsonl');
    const events = lines(r.stdout).map((l) => JSON.parse(l));
    expect(events.map((e) => e.external_id).sort()).toEqual(['TEST101', 'TEST102', 'TEST103']);
    const clash = events.find((e) => e.external_id === 'TEST101');
    expect(clash).toMatchObject({ event_date: '2024-03-05', actor2: 'Military Forces of Mali (2021-)', latitude: 14.4, longitude: -11.4, fatalities: 3, origin: 'imported' });
    expect(events.find((e) => e.external_id === 'TEST102')).toMatchObject({ event_date: '2024-03-06', latitude: null });
  });

  it('imports UCDP GED rows on ACLED\'s taxonomy', async () => {
    const r = await run('import', 'ucdp', 'ucdp.csv');
    expect(r.code).toBe(0);
    const events = lines((await run('events', '--format', 'jsonl', '--from', '2019-01-01', '--to', '2019-12-31')).stdout).map((l) => JSON.parse(l));
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.external_id === '900001')).toMatchObject({ event_type: 'Violence against civilians', sub_event_type: 'Attack', fatalities: 7, geo_precision: 1 });
    expect(events.find((e) => e.external_id === '900002')).toMatchObject({ event_type: 'Battles', inter1: 1, time_precision: 2, geo_precision: 2 });
  });

  it('events filters and prints a table', async () => {
    const r = await run('events', '--actor', 'invented', '--country', 'Mali');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^id\s+date\s+type\s+actor1/);
    expect(r.stdout).toContain('2 events');
  });
});

describe('export', () => {
  it('acled-csv: ACLED columns in order, formulas neutralised', async () => {
    const r = await run('export', '--format', 'acled-csv', '--to', '2024-12-31', '--from', '2024-01-01');
    expect(r.code).toBe(0);
    const rows = parse(r.stdout) as string[][];
    expect(rows[0]).toEqual(ACLED_HEADER.split(','));
    const byActor = new Map(rows.slice(1).map((row) => [row[6], row]));
    expect(byActor.has('\'=HYPERLINK("http://evil.example","click")')).toBe(true);
    expect(byActor.has("'@SUM(1)")).toBe(true);
    const protest = byActor.get("'@SUM(1)")!;
    expect(protest[22]).toBe("'-2+3"); // notes
    expect(protest[0]).toMatch(/^SW\d+$/);
    expect(protest[2]).toBe('2024');
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('hxl-csv: a header row then the HXL hashtag row', async () => {
    const out = join(home.dir, 'events.hxl.csv');
    const r = await run('export', '--format', 'hxl-csv', '--out', out);
    expect(r.code).toBe(0);
    const rows = parse(await readFile(out, 'utf8')) as string[][];
    expect(rows[1]).toEqual(expect.arrayContaining(['#date', '#event+type', '#event+subtype', '#actor+first', '#actor+second', '#country+name', '#adm1+name', '#adm2+name', '#loc+name', '#geo+lat', '#geo+lon', '#affected+killed']));
    expect(rows[1]!.every((t) => t.startsWith('#'))).toBe(true);
    expect(rows).toHaveLength(2 + 5);
    expect(rows.some((row) => row.includes('\'=HYPERLINK("http://evil.example","click")'))).toBe(true);
  });

  it('geojson: a FeatureCollection of Points, [lon, lat]', async () => {
    const r = await run('export', '--format', 'geojson');
    expect(r.code).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(4); // TEST102 has no coordinates
    expect(r.stderr).toContain('1 without coordinates left out');
    const clash = fc.features.find((f: { properties: { external_id: string } }) => f.properties.external_id === 'TEST101');
    expect(clash.geometry).toEqual({ type: 'Point', coordinates: [-11.4, 14.4] });
  });

  it('refuses an unknown format and a bad date with exit 1', async () => {
    expect((await run('export', '--format', 'xlsx')).code).toBe(1);
    const bad = await run('export', '--format', 'geojson', '--from', 'last week');
    expect(bad.code).toBe(1);
    expect(lines(bad.stderr)).toEqual(['sahelwatch: --from must be a date written YYYY-MM-DD, got "last week"']);
  });
});

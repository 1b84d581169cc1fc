/** Runs the real CLI binary in a child process (async, so a test's own HTTP server keeps answering). */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/sahelwatch.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { home: string; cwd?: string; stdin?: string | Buffer; env?: Record<string, string> }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, SAHELWATCH_HOME: opts.home, ...opts.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? opts.home, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

/** A fresh SAHELWATCH_HOME (also used as the working directory for input files). */
export async function tempHome(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'sahelwatch-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The stderr lines, without blank ones. */
export function lines(s: string): string[] {
  return s.split('\n').filter((l) => l.trim() !== '');
}

/** A small ACLED-shaped CSV written for these tests (invented rows), with a hostile actor name in row 1. */
export const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities';
export const ACLED_ROWS = [
  'TEST101,2024-03-05,2024,1,Battles,Armed clash,"=HYPERLINK(""http://evil.example"",""click"")",,2,Military Forces of Mali (2021-),,1,12,Mali,Kayes,Kayes,,Testville,14.40,-11.40,1,Test wire,"On 5 March 2024, an invented clash near Testville.",3',
  'TEST102,6 March 2024,2024,2,Violence against civilians,Attack,Unidentified Armed Group (Mali),,3,Civilians (Mali),,7,37,Mali,Segou,Niono,,Invented Village,,,2,Test wire,An invented attack.,1',
  'TEST103,2024-03-07,2024,1,Protests,Peaceful protest,@SUM(1),,6,,,0,60,Mali,Bamako,Bamako,,Bamako,12.65,-8.00,1,Test wire,-2+3,0',
];
export const ACLED_CSV = `${ACLED_HEADER}\n${ACLED_ROWS.join('\n')}\n`;

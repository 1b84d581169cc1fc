/**
 * `sahelwatch source add|list|remove`: the sources `fetch` reads on a schedule (feeds, pages,
 * folders). Removing a source stops reading it; its reports stay in the store.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { addSource, listSources, removeSource, type PolledKind, type Source } from '../../store/source.repository.ts';
import { SOURCE_TYPES } from '../../store/types.ts';
import { UsageError } from '../errors.ts';
import { stdoutSink } from '../output.ts';
import { withStore } from '../store.ts';

interface AddFlags {
  kind: PolledKind;
  name: string;
  url: string;
  type: string;
  lang?: string;
  reliability?: string;
  every: string;
}

export function registerSource(program: Command): void {
  const source = program.command('source').description('the feeds, pages and folders that `fetch` reads on a schedule');
  source
    .command('add')
    .description('add a source to read on a schedule')
    .addOption(new Option('--kind <kind>', 'what the URL is').choices(['feed', 'page', 'folder']).makeOptionMandatory())
    .requiredOption('--name <name>', 'the source’s name, as reports will cite it')
    .requiredOption('--url <url>', 'the feed’s or page’s http(s) URL, or the folder’s path')
    .addOption(new Option('--type <type>', 'kind of publisher').choices([...SOURCE_TYPES]).default('independent media'))
    .addOption(new Option('--lang <lang>', 'language of its reports (detected when not given)').choices(['ar', 'fr', 'en']))
    .addOption(new Option('--reliability <grade>', 'Admiralty grade: A reliable .. E unreliable, F cannot be judged').choices(['A', 'B', 'C', 'D', 'E', 'F']))
    .option('--every <interval>', 'how often to read it: 90s, 30m, 6h, 1d (at least 1m)', '30m')
    .action(async (flags: AddFlags) => {
      const pollSeconds = durationSeconds('--every', flags.every);
      const url = await locationOf(flags.kind, flags.url);
      const added = await withStore((db) =>
        addSource(db, { name: flags.name, kind: flags.kind, type: flags.type, url, lang: flags.lang ?? null, reliability: flags.reliability ?? null, pollSeconds }),
      );
      console.log(`added ${added.kind} "${added.name}" (${added.url}), read every ${formatSeconds(added.poll_seconds)}`);
    });
  source
    .command('list')
    .description('list the sources, with when each was last read and what went wrong')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'jsonl']).default('table'))
    .action(async (flags: { format: 'table' | 'jsonl' }) => {
      const sources = await withStore((db) => listSources(db));
      if (flags.format === 'jsonl') for (const s of sources) await stdoutSink(`${JSON.stringify(s)}\n`);
      else await stdoutSink(formatTable(sources));
    });
  source
    .command('remove')
    .description('stop reading a source; its reports stay in the store')
    .argument('<name>', 'the source’s name')
    .action(async (name: string) => {
      const { reports } = await withStore((db) => removeSource(db, name));
      console.log(`removed "${name}"; its ${reports} report${reports === 1 ? '' : 's'} stay in the store`);
    });
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** '30m' → 1800. */
export function durationSeconds(flag: string, value: string): number {
  const m = /^(\d+)\s*([smhd])$/.exec(value.trim());
  const seconds = m ? Number(m[1]) * UNITS[m[2]!]! : NaN;
  if (!(seconds >= 60)) throw new UsageError('BAD_OPTION', `${flag} must be a duration of at least 1m such as 90s, 30m, 6h or 1d, got "${value}"`);
  return seconds;
}

function formatSeconds(s: number): string {
  for (const [unit, n] of [['d', 86400], ['h', 3600], ['m', 60]] as const) if (s % n === 0) return `${s / n}${unit}`;
  return `${s}s`;
}

/** A feed's or page's URL must be http(s); a folder's path must exist, and is kept absolute. */
async function locationOf(kind: PolledKind, url: string): Promise<string> {
  if (kind !== 'folder') {
    if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) throw new UsageError('BAD_OPTION', `--url must be an http(s) URL for a ${kind}, got "${url}"`);
    return url;
  }
  const path = resolve(url);
  const st = await stat(path).catch(() => null);
  if (!st?.isDirectory()) throw new UsageError('BAD_OPTION', `--url must be a folder for a folder source; "${url}" is not one`);
  return path;
}

const COLUMNS: Array<[string, (s: Source & { reports: number }) => unknown]> = [
  ['name', (s) => s.name],
  ['kind', (s) => s.kind],
  ['lang', (s) => s.lang],
  ['every', (s) => (['feed', 'page', 'folder'].includes(s.kind) ? formatSeconds(s.poll_seconds) : '')],
  ['reports', (s) => s.reports],
  ['last read', (s) => s.last_fetched_at?.toISOString().slice(0, 16).replace('T', ' ')],
  ['next', (s) => s.next_fetch_at?.toISOString().slice(0, 16).replace('T', ' ')],
  ['failures', (s) => s.failures || ''],
  ['url', (s) => s.url],
  ['last error', (s) => s.last_error],
];
const MAX_CELL = 60;

function formatTable(sources: Array<Source & { reports: number }>): string {
  // The last column, the error, is shown whole: it is what the reader is looking for.
  const cell = (v: unknown, last: boolean) => {
    const s = v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ');
    return !last && [...s].length > MAX_CELL ? `${[...s].slice(0, MAX_CELL - 1).join('')}…` : s;
  };
  const rows = [COLUMNS.map(([h]) => h), ...sources.map((s) => COLUMNS.map(([, get], i) => cell(get(s), i === COLUMNS.length - 1)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  const lines = rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd());
  return `${lines.join('\n')}\n${sources.length} source${sources.length === 1 ? '' : 's'}\n`;
}

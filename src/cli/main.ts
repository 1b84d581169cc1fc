/**
 * The `sahelwatch` command line: one file per command in commands/, and the one place where
 * errors become exit codes (errors.ts: 0 ok, 1 bad input or usage, 2 internal).
 */
import { Command } from 'commander';
import { registerAccess } from './commands/access.ts';
import { registerAlerts } from './commands/alerts.ts';
import { registerBacktest } from './commands/backtest.ts';
import { registerChanges } from './commands/changes.ts';
import { registerDeliver } from './commands/deliver.ts';
import { registerDetect } from './commands/detect.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEval } from './commands/eval.ts';
import { registerEvents } from './commands/events.ts';
import { registerExport } from './commands/export.ts';
import { registerExtract } from './commands/extract.ts';
import { registerFetch } from './commands/fetch.ts';
import { registerHistory } from './commands/history.ts';
import { registerImport } from './commands/import.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerReview } from './commands/review.ts';
import { registerServe } from './commands/serve.ts';
import { registerSubscriptions } from './commands/subscriptions.ts';
import { registerSource } from './commands/source.ts';
import { registerWorker } from './commands/worker.ts';
import { outcomeOf } from './errors.ts';

const COMMANDS = [
  registerExtract, registerIngest, registerEvents, registerHistory, registerReview, registerChanges, registerAlerts,
  registerDetect, registerSubscriptions, registerAccess, registerDeliver,
  registerExport, registerImport, registerServe, registerDemo, registerEval, registerBacktest, registerSource, registerFetch,
  registerWorker,
];

export function buildProgram(): Command {
  const program = new Command('sahelwatch')
    .description('Sahel conflict monitoring: news reports in Arabic, French and English → ACLED-coded events with evidence')
    .version('0.1.0')
    .option('--debug', 'print the stack of internal errors')
    .exitOverride()
    .configureOutput({ outputError: (line, write) => write(`sahelwatch: ${line.replace(/^error: /, '').trim()}\n`) });
  for (const register of COMMANDS) register(program);
  program.commands.forEach((c) => c.exitOverride());
  return program;
}

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  // A closed pipe (sahelwatch events | head) is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (err) {
    const { exitCode, line } = outcomeOf(err, debug);
    if (line) process.stderr.write(`${line}\n`);
    if (debug && exitCode !== 0 && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return exitCode;
  }
}

process.exitCode = await main(process.argv);

/**
 * `sahelwatch demo`: the embedded store under SAHELWATCH_HOME, every bundled demo report ingested
 * (again is harmless: reports are stored once), then the API and dashboard served.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { demoAccount, signInHelp } from '../demo-account.ts';
import { readDemoReports } from '../demo-reports.ts';
import { loadExtractor } from '../extractor.ts';
import { formatSummary, ingestDocuments } from '../ingest-documents.ts';
import { serveUntilStopped } from '../run-server.ts';
import { withStore } from '../store.ts';
import { listenOptions, type ListenFlags } from './serve.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load the bundled demo reports into the local store and serve the dashboard')
    .option('--port <n>', 'port to listen on (default $PORT or 8080)')
    .option('--host <address>', 'address to listen on (default $HOST or 127.0.0.1)')
    .action(async (flags: ListenFlags) => {
      const config = loadConfig();
      const listen = listenOptions(flags, config);
      const reports = await readDemoReports();
      const extract = await loadExtractor();
      await withStore(async (db) => {
        const summary = await ingestDocuments(db, extract, reports);
        console.log(`demo: ${formatSummary(summary)}`);
        console.log(signInHelp(await demoAccount(db), `http://${listen.host}:${listen.port}/`));
        await serveUntilStopped(db, listen);
      }, config);
    });
}

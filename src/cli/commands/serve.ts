/** `sahelwatch serve [--port N] [--host H]`: the API and dashboard over the configured store. */
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { UsageError } from '../errors.ts';
import { serveUntilStopped } from '../run-server.ts';
import { withStore } from '../store.ts';

export interface ListenFlags {
  port?: string;
  host?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the API and the dashboard')
    .option('--port <n>', 'port to listen on (default $PORT or 8080; 0 for any free port)')
    .option('--host <address>', 'address to listen on (default $HOST or 127.0.0.1)')
    .action(async (flags: ListenFlags) => {
      const config = loadConfig();
      await withStore((db) => serveUntilStopped(db, listenOptions(flags, config)), config);
    });
}

export function listenOptions(flags: ListenFlags, config: { port: number; host: string }): { port: number; host: string } {
  const port = flags.port === undefined ? config.port : Number(flags.port);
  if (!/^\d+$/.test(String(flags.port ?? port)) || port > 65535) throw new UsageError('BAD_OPTION', `--port must be a whole number from 0 to 65535, got "${flags.port}"`);
  return { port, host: flags.host ?? config.host };
}

import { resolve } from 'node:path';

/** Settings read once from the environment, frozen. */
export interface Config {
  /** postgres://... to use a PostgreSQL server; unset for the embedded store. */
  readonly databaseUrl: string | null;
  /** Where the embedded store and other local state live (default ./.sahelwatch). */
  readonly home: string;
  /** HTTP port of `serve` and the demo (default 8080). */
  readonly port: number;
  /** Address the server listens on (default 127.0.0.1: nothing is exposed unless asked). */
  readonly host: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL ? env.DATABASE_URL : null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${databaseUrl}"`);
  }
  return Object.freeze({
    databaseUrl,
    home: resolve(env.SAHELWATCH_HOME || '.sahelwatch'),
    port,
    host: env.HOST || '127.0.0.1',
  });
}

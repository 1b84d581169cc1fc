/** Serves the API and dashboard until SIGINT or SIGTERM, then closes the server and the store. */
import { once } from 'node:events';
import { createApp } from '../server/app.ts';
import { startServer } from '../server/serve.ts';
import type { Db } from '../store/db.ts';
import { gazetteerTowns } from './server-deps.ts';

export async function serveUntilStopped(db: Db, opts: { port: number; host: string }): Promise<void> {
  const app = createApp({ db, towns: gazetteerTowns });
  const server = await startServer({ fetch: (req: Request) => app.fetch(req) }, opts);
  console.log(`sahelwatch is running at ${server.url.replace(/\/$/, '')}`);
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await server.close();
}

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../errors.ts';

/**
 * The built dashboard: files from webRoot, and index.html for any other page path (not for a
 * missing asset, which stays a 404). When the dashboard was never built, a 503 that says how.
 */
export function dashboard(webRoot: string): MiddlewareHandler {
  const index = join(webRoot, 'index.html');
  let files: MiddlewareHandler | null = null;
  return async (c) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
      throw new HttpError(404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`);
    }
    if (!existsSync(index)) {
      throw new HttpError(503, 'dashboard_not_built', `The dashboard is not built (${webRoot} is missing): run \`npm run build:web\`.`);
    }
    // Made on first use: serveStatic complains at creation when its root does not exist yet.
    files ??= serveStatic({ root: webRoot });
    let page: Response | undefined;
    const served = await files(c, async () => {
      if (extname(c.req.path) !== '') throw new HttpError(404, 'not_found', `No file ${c.req.path}.`);
      // A page path (/situations/3, a shared link): the app's index.html, which routes in the browser.
      page = c.html(await readFile(index, 'utf8'));
    });
    return served ?? page;
  };
}

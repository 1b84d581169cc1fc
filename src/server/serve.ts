import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface RunningServer {
  /** http://host:port/ with the port actually bound (useful with port 0). */
  url: string;
  close(): Promise<void>;
}

/**
 * Listens for HTTP on host:port; resolves once the socket is bound.
 *
 * @example const server = await startServer(createApp(deps), { port: 0, host: '127.0.0.1' });
 *          console.log(server.url); await server.close();
 */
export function startServer(app: { fetch: (request: Request) => Response | Promise<Response> }, opts: { port: number; host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            // Keep-alive sockets would hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

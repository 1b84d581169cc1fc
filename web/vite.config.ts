import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// Run from the repository root: `vite build --config web/vite.config.ts` (npm run build:web).
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes /sw.js (from web/sw.js) with the list of this build's files to keep on the device, and
 * a cache name that changes with them. Build only: `vite dev` has no sw.js and the page registers none.
 */
function serviceWorker(): Plugin {
  return {
    name: 'sahelwatch-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map') && f !== 'index.html').sort().map((f) => `/${f}`);
      const build = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./sw.js', import.meta.url), 'utf8').replace('__BUILD__', build).replace('__FILES__', JSON.stringify(files));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig(({ command }) => ({
  root,
  base: '/',
  plugins: [serviceWorker()],
  // Whether /sw.js exists to register. Not import.meta.env.PROD: a build run under vitest (NODE_ENV=test) is not PROD, yet has one.
  define: { __SERVICE_WORKER__: JSON.stringify(command === 'build') },
  // Everything the page needs is bundled: no CDN, no tiles, no web fonts.
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP allows no inline script; the polyfill would be the only reason for one.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
}));

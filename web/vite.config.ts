import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Run from the repository root: `vite build --config web/vite.config.ts` (npm run build:web).
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // Everything the page needs is bundled: no CDN, no tiles, no web fonts.
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // The server's CSP allows no inline script; the polyfill would be the only reason for one.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

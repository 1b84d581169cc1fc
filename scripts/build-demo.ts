/**
 * Copies the reference report from ../shared/scenario into data/demo/, where the product ships it.
 * Run: npm run build:demo (needs ../shared beside the repository).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../shared/scenario/seed-report.ar.txt', import.meta.url));
const to = fileURLToPath(new URL('../data/demo/seed-report.ar.txt', import.meta.url));
if (!existsSync(from)) {
  console.error(`build-demo: ${from} not found: this script needs ../shared beside the repository`);
  process.exit(1);
}
copyFileSync(from, to);
console.log(`copied ${from} → ${to}`);

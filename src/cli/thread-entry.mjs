// Starts a worker thread on a TypeScript module (workerData.entry) through tsx, as
// bin/sahelwatch.js does for the CLI: a thread does not inherit the hooks registered in its parent.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);

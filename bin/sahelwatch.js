#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so there is no build step to forget.
import './v8-flags.js';
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

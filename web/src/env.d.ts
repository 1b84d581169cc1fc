/// <reference types="vite/client" />

/** True in a build, which writes /sw.js (web/vite.config.ts); false under `vite dev`. */
declare const __SERVICE_WORKER__: boolean;

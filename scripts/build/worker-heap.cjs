// Preloaded into `next build` and the processes it starts (see scripts/build/build.mjs).
//
// A static-generation worker renders thousands of pages whose live data stays
// around 150 MB, but V8 lets its heap grow to four times that between full
// collections: two workers then took ~600 MB each and the build went past
// 1.5 GB. A growth factor of 2 keeps a worker near 400 MB for ~8 s more build
// time on 1,000 posts (measured: 1,395 MB and 82.5 s instead of ~1,550 MB and
// 70 s). Only Next.js's workers are tuned; `next build` itself is left alone.
// A CommonJS file, so that NODE_OPTIONS=--require can preload it in every worker.
// It cannot import lib/env.ts (CommonJS, no TypeScript), and IS_NEXT_WORKER is Next.js's own
// marker, not a setting of this site.
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (process.env.IS_NEXT_WORKER === "true") require("node:v8").setFlagsFromString("--heap-growing-percent=100");

// Evaluated before any schema module (imported first by otforms.ts): zod
// probes `new Function` when a schema is built, which `script-src 'self'`
// reports as a violation. The CDN file has its own copy of zod, so it can
// switch that off for itself; a host bundling the packages calls this itself.
import { config } from 'zod/mini';

config({ jitless: true });

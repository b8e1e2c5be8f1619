// Evaluated before any schema module (imported first by the entry): zod probes
// `new Function` when a schema is built, which a strict CSP reports.
import { config } from 'zod/mini';

config({ jitless: true });

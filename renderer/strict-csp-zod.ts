// Owns configuring zod for the renderer's CSP (no eval): imported first by the page and each worker, before any schema is built.
import { z } from 'zod';

// Zod compiles object parsers with `new Function` unless told not to, and probes for it when each object schema is
// built; under our CSP the probe is refused and Chromium reports a securitypolicyviolation. Jitless skips both.
z.config({ jitless: true });

import { z } from 'zod/mini';

// The Content-Security-Policy forbids eval. Without this, zod probes `new Function` while the schemas
// are being built, and the browser reports that as a violation even though zod catches the error.
// It must run before any schema module is evaluated, so main.tsx imports it first.
z.config({ jitless: true });

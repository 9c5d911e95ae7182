import { z } from "zod";

// Zod compiles object parsers with `new Function` unless told not to, and even its probe for that
// is a Content-Security-Policy violation where eval is not allowed. This file runs before the
// app's own code, so before any schema is made.
z.config({ jitless: true });

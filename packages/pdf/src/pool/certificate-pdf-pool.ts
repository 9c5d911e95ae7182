import { availableParallelism } from "node:os";
import { Piscina } from "piscina";

// A package specifier, not a path: Piscina's worker require()s it from node_modules at run time,
// where a path computed here would be wrong once Next.js has bundled this module (Turbopack
// rewrites import.meta.url and __dirname to a placeholder root).
const WORKER = "@vax/pdf/render-worker";
// A worker takes about a second to load react-pdf and the fonts, so once started it stays;
// an idle one does not keep the process alive.
const THREADS = availableParallelism();
const POOL = Symbol.for("@vax/pdf/certificate-pdf-pool");

// On globalThis so that a module evaluated again (Next.js dev reloads) reuses the running workers.
const holder = globalThis as typeof globalThis & { [POOL]?: Piscina };

/** The worker threads that render certificate PDFs, one per core, started on first use. */
export const certificatePdfPool = (): Piscina => {
  holder[POOL] ??= new Piscina({ filename: WORKER, minThreads: THREADS, maxThreads: THREADS });
  return holder[POOL];
};

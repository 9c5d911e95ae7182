import { availableParallelism } from "node:os";
import { Piscina } from "piscina";

// A package specifier, not a path: Piscina's worker require()s it from node_modules at run time,
// where a path computed here would be wrong once Next.js has bundled this module (Turbopack
// rewrites import.meta.url and __dirname to a placeholder root).
const WORKER = "@vax/pdf/render-worker";
// A worker takes about a second to load react-pdf and the fonts, so once started it stays;
// an idle one does not keep the process alive.
const THREADS = availableParallelism();
// Nearly all a render allocates dies young. V8's default 16 MB semi-spaces meant a scavenge about
// every render; 32 MB ones (a 96 MB young generation) halved the scavenges (288 to 156 in 360
// renders) and their time, from about 2 ms a render to 1.
const YOUNG_GENERATION_MB = 96;
const POOL = Symbol.for("@vax/pdf/certificate-pdf-pool");

// On globalThis so that a module evaluated again (Next.js dev reloads) reuses the running workers.
const holder = globalThis as typeof globalThis & { [POOL]?: Piscina };

/** The worker threads that render certificate PDFs, one per core, started on first use. */
export const certificatePdfPool = (): Piscina => {
  holder[POOL] ??= new Piscina({
    filename: WORKER,
    minThreads: THREADS,
    maxThreads: THREADS,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return holder[POOL];
};

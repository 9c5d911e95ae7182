// Certificate PDFs rendered per second with 20 downloads in flight at once, through the same
// renderCertificatePdf (and so the same worker pool) the citizen app calls. One JSON line per
// template: the English certificate, and the bilingual one (English and Hindi).
import {
  type RenderCertificateOptions,
  renderCertificatePdf,
  type TCertificateDocument,
} from "../../packages/pdf/src/index.ts";
import { sampleCertificate } from "../../packages/pdf/src/testing/sample-certificate.ts";

const CONCURRENCY = 20;
const WARMUP_RENDERS = 100;
const MEASURE_MS = 10_000;
// Each certificate has its own QR text (its signature differs), so the bench cycles through many; and holders'
// values as they come: a quarter each with a facility name on two lines (as the demo data's), a name beyond ASCII
// (from two of the Latin font files), and a name in Devanagari.
const HOLDERS: Array<(index: number) => Partial<TCertificateDocument>> = [
  () => ({}),
  (index) => ({
    doses: (sampleCertificate().doses ?? []).map((dose) => ({
      ...dose,
      facility: `Primary Health Centre Ward ${index}, Jayanagar`,
    })),
  }),
  () => ({ recipient: { name: "Nguyễn Thị Zoë Ólafsdóttir", birthDate: "1990-02-11", gender: "Female" } }),
  () => ({ recipient: { name: "अनन्या राव", birthDate: "1985-03-14", gender: "Female" } }),
];
const DOCUMENTS = Array.from({ length: 64 }, (_, index) =>
  sampleCertificate(HOLDERS[index % HOLDERS.length]?.(index) ?? {}),
);

// The apps run with NODE_ENV=production (next start sets it), which selects React's production
// build; the pool's workers take the environment as it is when they start, on the first render.
process.env.NODE_ENV ??= "production";

const percentile = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;

const TEMPLATES: Record<string, RenderCertificateOptions> = { english: {}, bilingual: { lang: "hi" } };

/** Runs `CONCURRENCY` clients, each rendering one PDF after another, until `until` says stop. */
const drive = async (options: RenderCertificateOptions, until: (rendered: number, elapsedMs: number) => boolean) => {
  const latencies: number[] = [];
  const start = performance.now();
  let next = 0;
  const client = async () => {
    while (!until(latencies.length, performance.now() - start)) {
      const document = DOCUMENTS[next++ % DOCUMENTS.length];
      if (!document) throw new Error("no sample document");
      const began = performance.now();
      const pdf = await renderCertificatePdf(document, options);
      if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-")
        throw new Error("the renderer returned something that is not a PDF");
      latencies.push(performance.now() - began);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  return { latencies: latencies.sort((a, b) => a - b), elapsedMs: performance.now() - start };
};

for (const [template, options] of Object.entries(TEMPLATES)) {
  console.error(`pdf ${template}: warming up the worker pool (${WARMUP_RENDERS} renders)`);
  await drive(options, (rendered) => rendered >= WARMUP_RENDERS);
  console.error(`pdf ${template}: measuring for ${MEASURE_MS / 1000} s at concurrency ${CONCURRENCY}`);
  const cpuBefore = process.cpuUsage();
  const { latencies, elapsedMs } = await drive(options, (_, elapsedMs) => elapsedMs >= MEASURE_MS);
  const cpu = process.cpuUsage(cpuBefore);
  // On a shared machine the rate depends on what else runs; CPU time per PDF (all threads) does not.
  const cpuMsPerPdf = (cpu.user + cpu.system) / 1000 / latencies.length;
  console.error(`pdf ${template}: ${cpuMsPerPdf.toFixed(1)} ms of CPU per PDF`);
  process.stdout.write(
    `${JSON.stringify({
      bench: "pdf",
      template,
      concurrency: CONCURRENCY,
      pdfsPerSec: Math.round((latencies.length * 10_000) / elapsedMs) / 10,
      p95Ms: Math.round(percentile(latencies, 0.95)),
      cpuMsPerPdf: Math.round(cpuMsPerPdf * 10) / 10,
    })}\n`,
  );
}

// The bulk measurement, run by index.ts with DATABASE_URL naming a fresh seeded database: builds a
// certify CSV of ROWS rows from the template (the demo programme, vaccine and facility), uploads it
// as the demo tenant admin, lets an in-process bulk upload worker process it, and reports the rate;
// then uploads the same file again and counts the certificates it added.
import { randomInt } from "node:crypto";
import { bulkTemplateCsv, createBulkUpload, getBulkUpload, loadUserActor, type TActor } from "@vax/core";
import { startBulkUploadWorker } from "@vax/core/bulk-upload-worker";
import { prisma } from "@vax/db";
import { demoCredentials } from "@vax/db/seed";
import Papa from "papaparse";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
const ROWS = Number(process.env.BENCH_BULK_ROWS ?? 100_000);
const POLL_MS = 500;

const tenantAdmin = async (): Promise<TActor> => {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: demoCredentials.tenantAdmin.email } });
  const actor = await loadUserActor(user.id);
  if (!actor) throw new Error("The demo tenant admin cannot act");
  return actor;
};

// The template's valid example row, once per person: a distinct identity and name each.
const certifyCsv = async (actor: TActor, rows: number) => {
  const template = Papa.parse<Record<string, string>>(await bulkTemplateCsv({ actor, kind: "certify" }), {
    header: true,
    skipEmptyLines: true,
  });
  const [example] = template.data;
  const fields = template.meta.fields ?? [];
  if (!example) throw new Error("The certify template has no example row");
  const data = Array.from({ length: rows }, (_, index) => {
    const identity = `${randomInt(2, 10)}${String(index).padStart(11, "0")}`;
    return fields.map((field) => {
      if (field === "recipient.identity") return `did:in.gov.uidai.aadhaar:${identity}`;
      if (field === "recipient.name") return `Bench Recipient ${index}`;
      return example[field] ?? "";
    });
  });
  return Papa.unparse({ fields, data }, { newline: "\r\n" });
};

const runUpload = async (actor: TActor, csv: string) => {
  const started = performance.now();
  const { id } = await createBulkUpload({
    actor,
    kind: "certify",
    fileName: "bench-certify.csv",
    stream: new Blob([csv]).stream(),
  });
  const uploadSeconds = (performance.now() - started) / 1000;
  for (;;) {
    const view = await getBulkUpload({ actor, id });
    if (view.status !== "queued" && view.status !== "running") {
      return { view, uploadSeconds, totalSeconds: (performance.now() - started) / 1000 };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
};

const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

const actor = await tenantAdmin();
const csv = await certifyCsv(actor, ROWS);
console.error(`bulk: ${ROWS} certify rows, ${round(csv.length / 1024 / 1024)} MB`);
const worker = await startBulkUploadWorker({ pollIntervalMs: 250 });
try {
  const first = await runUpload(actor, csv);
  process.stdout.write(
    `${JSON.stringify({
      bench: "bulk",
      kind: "certify",
      db: "postgres",
      rows: ROWS,
      status: first.view.status,
      succeeded: first.view.succeeded,
      failed: first.view.failed,
      uploadSeconds: round(first.uploadSeconds),
      totalSeconds: round(first.totalSeconds),
      rowsPerSec: round(ROWS / first.totalSeconds, 0),
    })}\n`,
  );
  const before = await prisma.certificate.count();
  const again = await runUpload(actor, csv);
  process.stdout.write(
    `${JSON.stringify({
      bench: "bulk",
      kind: "certify",
      db: "postgres",
      reupload: true,
      rows: ROWS,
      status: again.view.status,
      existing: again.view.existing,
      failed: again.view.failed,
      newCertificates: (await prisma.certificate.count()) - before,
      totalSeconds: round(again.totalSeconds),
      rowsPerSec: round(ROWS / again.totalSeconds, 0),
    })}\n`,
  );
} finally {
  await worker.stop();
  await prisma.$disconnect();
}

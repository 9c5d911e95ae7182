import { type ChildProcess, spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import pg from "pg";
import { platformApps, portOf } from "../../scripts/lib/apps";
import { runWorker } from "../../scripts/lib/run-worker";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const facilityApp = platformApps.find((app) => app.name === "facility") ?? platformApps[1];
const secondPort = portOf(facilityApp) + 100;
const secondFacility = `http://localhost:${secondPort}`;
const bearer = { authorization: `Bearer ${demoApiToken}` };

type TCertified = { certificateId: string; preEnrollmentCode: string };

// A second copy of the facility app on the e2e run's database, started as an operator would start one.
const serveSecondFacility = async (): Promise<ChildProcess> => {
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    [path.join(root, "scripts/serve.ts"), "facility", "--port", String(secondPort)],
    { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const output: string[] = [];
  child.stdout?.on("data", (chunk) => output.push(String(chunk)));
  // Its errors show in the run's log beside the first copy's.
  child.stderr?.on("data", (chunk) => {
    output.push(String(chunk));
    process.stderr.write(`[facility copy 2] ${chunk}`);
  });
  const healthy = await new Promise<boolean>((resolve) => {
    child.stdout?.on("data", (chunk) => String(chunk).includes("healthy on port") && resolve(true));
    child.on("exit", () => resolve(false));
  });
  if (!healthy) throw new Error(`The second facility copy did not start:\n${output.join("")}`);
  return child;
};

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });

// Certificates and recipients stored for these identities: exactly one of each per request, or a copy raced another.
const storedFor = async (identities: string[]) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ recipients: string; certificates: string }>(
      `SELECT count(DISTINCT r.id) AS recipients, count(c.id) AS certificates
         FROM "Recipient" r LEFT JOIN "Certificate" c ON c."recipientId" = r.id
        WHERE r."identityNumber" = ANY($1)`,
      [identities],
    );
    return { recipients: Number(rows[0]?.recipients), certificates: Number(rows[0]?.certificates) };
  } finally {
    await client.end();
  }
};

const freshBatches = () => {
  const identities = Array.from({ length: 120 }, () => String(randomInt(2, 10) * 10 ** 11 + randomInt(0, 10 ** 11)));
  const batches = Array.from({ length: 6 }, (_, at) =>
    identities.slice(at * 20, at * 20 + 20).map((identity) => divocCertificationRequest({ identity })),
  );
  return { identities, batches };
};

// Each request's code must have been given one certificate id, whichever copy or worker answered.
const expectOneCertificateEach = (answers: TCertified[][], identities: string[]) => {
  const byCode = new Map<string, Set<string>>();
  for (const certificate of answers.flat()) {
    byCode.set(
      certificate.preEnrollmentCode,
      (byCode.get(certificate.preEnrollmentCode) ?? new Set()).add(certificate.certificateId),
    );
  }
  expect(byCode.size).toBe(identities.length);
  for (const ids of byCode.values()) expect(ids.size).toBe(1);
};

test.describe("scale-out", () => {
  test("two copies of the facility app and two workers certify the same batches at once, no duplicate, no lost row", async ({
    request,
  }) => {
    test.setTimeout(300_000);
    const secondWorker = runWorker(root, {});
    let workerStopped = false;
    void secondWorker.exited.then(() => {
      workerStopped = true;
    });
    const second = await serveSecondFacility();
    try {
      const synchronous = freshBatches();
      // Every batch goes to both copies at the same moment, all batches at once.
      const answers = await Promise.all(
        synchronous.batches.flatMap((batch) =>
          [urls.facility, secondFacility].map(async (base) => {
            const response = await request.post(`${base}/api/v1/certify`, { data: batch, headers: bearer });
            expect(response.status(), await response.text()).toBe(200);
            return ((await response.json()) as { certificates: TCertified[] }).certificates;
          }),
        ),
      );
      expectOneCertificateEach(answers, synchronous.identities);
      expect(await storedFor(synchronous.identities)).toEqual({ recipients: 120, certificates: 120 });

      // The same again through the asynchronous path: both copies accept each batch, both workers certify.
      const asynchronous = freshBatches();
      const accepted = await Promise.all(
        asynchronous.batches.flatMap((batch) =>
          [urls.facility, secondFacility].map(async (base) => {
            const response = await request.post(`${base}/api/v1/certify`, {
              data: batch,
              headers: { ...bearer, prefer: "respond-async" },
            });
            expect(response.status(), await response.text()).toBe(202);
            return { base, id: ((await response.json()) as { transactionId: string }).transactionId };
          }),
        ),
      );
      const finished = await Promise.all(
        accepted.map(async ({ base, id }) => {
          let answer: { status: string; certificates?: TCertified[] } = { status: "queued" };
          await expect
            .poll(
              async () => {
                answer = await (await request.get(`${base}/api/v1/transactions/${id}`, { headers: bearer })).json();
                return answer.status;
              },
              { timeout: 240_000, intervals: [500] },
            )
            .toBe("done");
          return answer.certificates ?? [];
        }),
      );
      expectOneCertificateEach(finished, asynchronous.identities);
      expect(await storedFor(asynchronous.identities)).toEqual({ recipients: 120, certificates: 120 });
      // A worker that died early would have left the work to the other one.
      expect(workerStopped).toBe(false);
    } finally {
      await Promise.all([stop(second), secondWorker.stop()]);
    }
  });
});

import type { createPrismaClient } from "@vax/db";
import { certifyBody } from "./certification-requests.ts";

/** Options for {@link certifyAsynchronously}. */
export type CertifyAsyncOptions = {
  url: string;
  token: string;
  /** One certify body per transaction ({@link certifyBodies}). */
  bodies: string[];
  /** Rows in each body. */
  batch: number;
  /** Callers submitting side by side. */
  callers: number;
  db: ReturnType<typeof createPrismaClient>;
  timeoutMs: number;
};

/** What one asynchronous run saw: certificates issued, the wall time to the last transaction done, and the submit time. */
export type CertifyAsyncResult = { certificates: number; elapsedMs: number; submitMs: number };

const submit = async ({ url, token }: CertifyAsyncOptions, body: string): Promise<string> => {
  const response = await fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", prefer: "respond-async" },
    body,
  });
  const text = await response.text();
  if (response.status !== 202) throw new Error(`async certify answered ${response.status}: ${text.slice(0, 1_000)}`);
  return (JSON.parse(text) as { transactionId: string }).transactionId;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The bodies of `transactions` certify calls of `batch` new recipients each. They are made before
 * the clock starts: a client elsewhere makes its own, and here it would take the cores the platform
 * is measured on.
 */
export const certifyBodies = (batch: number, transactions: number): string[] =>
  Array.from({ length: transactions }, () => certifyBody(batch));

/**
 * Submits one transaction per body with `Prefer: respond-async`, then waits until the worker has
 * finished every one: end to end, from the first submit to the last transaction done, its
 * certificates signed and stored with their status entries.
 */
export const certifyAsynchronously = async (options: CertifyAsyncOptions): Promise<CertifyAsyncResult> => {
  const bodies = [...options.bodies];
  const ids: string[] = [];
  const started = performance.now();
  const caller = async () => {
    for (let body = bodies.pop(); body !== undefined; body = bodies.pop()) ids.push(await submit(options, body));
  };
  await Promise.all(Array.from({ length: options.callers }, caller));
  const submitMs = performance.now() - started;
  for (;;) {
    const open = await options.db.certifyTransaction.count({
      where: { id: { in: ids }, status: { in: ["QUEUED", "RUNNING"] } },
    });
    if (open === 0) break;
    if (performance.now() - started > options.timeoutMs)
      throw new Error(`${open} transactions still open after ${options.timeoutMs} ms`);
    await sleep(50);
  }
  const elapsedMs = performance.now() - started;
  const finished = await options.db.certifyTransaction.findMany({
    where: { id: { in: ids } },
    select: { status: true, certificateIds: true, errors: true },
  });
  const failed = finished.find(({ status }) => status !== "DONE");
  if (failed) throw new Error(`a transaction failed: ${JSON.stringify(failed.errors).slice(0, 1_000)}`);
  const certificateIds = new Set(finished.flatMap(({ certificateIds }) => certificateIds));
  const expected = options.batch * options.bodies.length;
  if (certificateIds.size !== expected) throw new Error(`${certificateIds.size} certificates for ${expected} rows`);
  const stored = await options.db.certificate.count({
    where: { certificateId: { in: [...certificateIds] }, statusListNumber: { not: null } },
  });
  if (stored !== expected) throw new Error(`${stored} of ${expected} certificates are stored with a status entry`);
  return { certificates: expected, elapsedMs, submitMs };
};

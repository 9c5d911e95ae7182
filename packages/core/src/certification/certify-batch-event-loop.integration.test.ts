import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant } from "@vax/db/testing";
import { expect, it } from "vitest";
import type { TActor } from "../shared/actor";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { certifyBatch } from "./certify-batch";

// Signing a thousand credentials takes some two seconds of CPU; on the request's thread that was one
// stall of a second or more. What stays on it (queries, the bulk insert) stalls it for about 0.1 s,
// more on a busy machine, hence the margin.
const WORST_STALL_MS = 400;
const TICK_MS = 5;

/** Watches the event loop with a timer and reports the longest time it went without running. */
const watchEventLoop = () => {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, TICK_MS);
  return () => {
    clearInterval(timer);
    return worst;
  };
};

it("keeps the event loop running while a thousand-row batch is signed", async () => {
  const { tenant } = await createTestTenant(prisma);
  const catalogue = await createTestCatalogue(prisma, tenant.id);
  const actor: TActor = {
    type: "API_CLIENT",
    id: null,
    label: "API client test",
    tenantId: tenant.id,
    role: null,
    facilityId: null,
  };
  const batch = (size: number) =>
    Array.from({ length: size }, () =>
      divocCertificationRequest({
        vaccination: { name: catalogue.covishield.name },
        facility: { name: catalogue.facility.name },
      }),
    );
  // A running app has signed before: its workers are started and its code is warm.
  await certifyBatch({ actor, requests: batch(50), idempotencyKey: null });

  const stop = watchEventLoop();
  const answers = await certifyBatch({ actor, requests: batch(1000), idempotencyKey: null });
  const worstStallMs = stop();

  expect(new Set(answers.map(({ certificateId }) => certificateId)).size).toBe(1000);
  expect(worstStallMs).toBeLessThan(WORST_STALL_MS);
});

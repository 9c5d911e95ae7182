import { readFileSync } from "node:fs";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant } from "@vax/db/testing";
import { expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { apiClientActor } from "../testing/api-client-actor";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { certifyBatch } from "./certify-batch";

// Signing a thousand credentials takes some two seconds of CPU; on the request's thread that held
// the event loop for 1.45 s at a time. What stays on it (queries, the bulk insert, the answer, and
// their garbage) holds it for 0.1 to 0.3 s: on a busy machine more of its callbacks queue up and run
// back to back before the timer's turn (0.32 s seen in CI).
const LONGEST_HOLD_MS = 600;
const TICK_MS = 5;
// Linux counts a thread's CPU time in clock ticks of 10 ms (USER_HZ = 100).
const CLOCK_TICK_MS = 10;

// This thread's CPU time (user + system), from Linux's per-thread accounting. Node 20 has no
// per-thread counter, and process.cpuUsage() would count the signing workers too.
const threadCpuMs = (): number => {
  const stat = readFileSync("/proc/thread-self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
};

/**
 * Watches the event loop with a timer: the most CPU time this thread spent between two runs of
 * the timer is the longest it held the loop. CPU time rather than wall time, because on a busy
 * machine a thread also waits for a core, and that is not the code's doing.
 */
const watchEventLoop = () => {
  let last = threadCpuMs();
  let longest = 0;
  const timer = setInterval(() => {
    const now = threadCpuMs();
    longest = Math.max(longest, now - last);
    last = now;
  }, TICK_MS);
  return () => {
    clearInterval(timer);
    return Math.max(longest, threadCpuMs() - last);
  };
};

it("keeps the event loop free while a thousand-row batch is signed", async () => {
  const { tenant, admin } = await createTestTenant(prisma);
  const catalogue = await createTestCatalogue(prisma, tenant.id);
  const actor = await apiClientActor(actorOfUser(admin));
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
  const longestHoldMs = stop();

  expect(new Set(answers.map(({ certificateId }) => certificateId)).size).toBe(1000);
  expect(longestHoldMs).toBeLessThan(LONGEST_HOLD_MS);
});

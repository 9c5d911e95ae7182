import { env } from "@vax/config/env";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { RateLimitedError } from "../errors";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { certifyBatch } from "./certify-batch";

let admin: TActor;
let catalogue: TestCatalogue;

beforeAll(async () => {
  const tenant = await createTestTenant(prisma);
  admin = actorOfUser(tenant.admin);
  catalogue = await createTestCatalogue(prisma, tenant.tenant.id);
});

const BATCH = 1000;
const max = env.VAX_CERTIFY_MAX_PER_MINUTE;

// Rows the allowance counts but no rule lets through (an unknown vaccine): each call is refused
// after the allowance is taken, quickly, and issues nothing.
const unknownVaccineRows = (size: number) => {
  const row = divocCertificationRequest({
    vaccination: { name: "Sputnik V" },
    facility: { name: catalogue.facility.name },
  });
  return Array.from({ length: size }, () => row);
};

// Whether a call got past the allowance (refused by the rules) or was turned away by it.
const outcome = (actor: TActor, requests: ReturnType<typeof unknownVaccineRows>, now?: Date) =>
  certifyBatch({ actor, requests, idempotencyKey: null, now }).then(
    () => "issued",
    (error: unknown) => (error instanceof RateLimitedError ? error : "counted"),
  );

describe("the certify allowance of an API client", () => {
  it("turns a burst away once the minute's rows are used, saying when to come back, and no other client", async () => {
    const client = await apiClientActor(admin);
    const calls = Math.ceil(max / BATCH) + 2;
    const started = new Date();
    // All at once: the count is taken in one statement, so parallel calls cannot share a slot.
    const outcomes = await Promise.all(Array.from({ length: calls }, () => outcome(client, unknownVaccineRows(BATCH))));
    expect(outcomes.filter((result) => result === "counted")).toHaveLength(Math.floor(max / BATCH));
    const refused = outcomes.filter((result): result is RateLimitedError => result instanceof RateLimitedError);
    expect(refused).toHaveLength(calls - Math.floor(max / BATCH));
    for (const error of refused) {
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.retryAt.getTime()).toBeGreaterThan(started.getTime());
      expect(error.retryAt.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    }

    // Even one row waits for the next window; another client has its own allowance.
    expect(await outcome(client, unknownVaccineRows(1))).toBeInstanceOf(RateLimitedError);
    expect(await outcome(await apiClientActor(admin), unknownVaccineRows(1))).toBe("counted");
    // A minute later the window starts again.
    expect(await outcome(client, unknownVaccineRows(1), new Date(Date.now() + 61_000))).toBe("counted");
  });

  it("refuses a batch larger than a whole minute's allowance as it is", async () => {
    const client = await apiClientActor(admin);
    const error = await certifyBatch({
      actor: client,
      requests: unknownVaccineRows(max + 1),
      idempotencyKey: null,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "UNPROCESSABLE" });
  });
});

import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../client";
import { createTestTenant } from "../testing";

const TRANSACTIONS_PER_CLIENT = 50;
// Every fifth transaction fails on purpose: its writes must vanish and nobody else's with them.
const failsOnPurpose = (index: number) => index % 5 === 4;

class DeliberateRollback extends Error {}

// Two pools stand in for two app processes. On the embedded server this guards PGlite's
// multiplexer: an open transaction's queries must stay on its own connection, never mix.
describe("two clients writing at once", () => {
  const clients: Database[] = [];
  let tenantId: string;
  let counterKey: string;

  beforeAll(async () => {
    const url = process.env.DATABASE_URL ?? "";
    clients.push(createPrismaClient(url, 3), createPrismaClient(url, 3));
    tenantId = (await createTestTenant(clients[0] as Database)).tenant.id;
    counterKey = `concurrency-${randomBytes(4).toString("hex")}`;
    await clients[0]?.rateLimitBucket.create({ data: { key: counterKey, count: 0, windowStart: new Date() } });
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.$disconnect()));
  });

  const incrementInTransaction = (db: Database, writer: string, index: number) =>
    db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ count: number }[]>`
          SELECT "count" FROM "RateLimitBucket" WHERE "key" = ${counterKey} FOR UPDATE`;
        if (!row) throw new Error("The counter row is missing");
        await tx.auditEvent.create({
          data: {
            tenantId,
            actorType: "SYSTEM",
            actorLabel: writer,
            action: "test.increment",
            entityType: "Counter",
            entityId: `${writer}-${index}`,
          },
        });
        await tx.rateLimitBucket.update({ where: { key: counterKey }, data: { count: row.count + 1 } });
        if (failsOnPurpose(index)) throw new DeliberateRollback();
      },
      // Generous waits: a single-session server runs these one at a time, 100 deep.
      { maxWait: 60_000, timeout: 60_000 },
    );

  it("commits every transaction exactly once and rolls back only the failed ones", async () => {
    const results = await Promise.allSettled(
      clients.flatMap((db, client) =>
        Array.from({ length: TRANSACTIONS_PER_CLIENT }, (_, index) =>
          incrementInTransaction(db, `writer-${client}`, index),
        ),
      ),
    );

    const unexpected = results.flatMap((result) =>
      result.status === "rejected" && !(result.reason instanceof DeliberateRollback) ? [String(result.reason)] : [],
    );
    expect(unexpected).toEqual([]);
    const committedPerClient = Array.from({ length: TRANSACTIONS_PER_CLIENT }, (_, index) => index).filter(
      (index) => !failsOnPurpose(index),
    ).length;
    const expected = committedPerClient * clients.length;

    const counter = await clients[1]?.rateLimitBucket.findUnique({ where: { key: counterKey } });
    expect(counter?.count).toBe(expected);
    const rows = await clients[1]?.auditEvent.findMany({ where: { tenantId, action: "test.increment" } });
    expect(rows).toHaveLength(expected);
    expect(new Set(rows?.map((row) => row.entityId)).size).toBe(expected);
    expect(rows?.some((row) => failsOnPurpose(Number(row.entityId.split("-").at(-1))))).toBe(false);
  });
});

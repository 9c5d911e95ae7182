import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "./client";
import { blockRateLimitKey, releaseRateLimitSlot, takeRateLimitSlot } from "./rate-limit-slot";

const MINUTE = 60_000;
const freshKey = () => `test:${randomBytes(6).toString("hex")}`;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

describe("rate limit slots", () => {
  // Two pools stand in for two app processes taking slots for the same key at once.
  const url = process.env.DATABASE_URL ?? "";
  const clients: Database[] = [createPrismaClient(url, 4), createPrismaClient(url, 4)];

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.$disconnect()));
  });

  const db = clients[0] as Database;
  const window = { max: 3, windowMs: 10 * MINUTE };

  it("hands out max slots in a window, then refuses until the window ends, then starts again at 1", async () => {
    const key = freshKey();
    const start = new Date("2030-01-01T10:00:00Z");
    for (const count of [1, 2, 3]) {
      expect(await takeRateLimitSlot(db, key, window, at(start, count * 1000))).toEqual({ taken: true, count });
    }
    expect(await takeRateLimitSlot(db, key, window, at(start, 5 * MINUTE))).toEqual({
      taken: false,
      until: at(start, 1000 + 10 * MINUTE),
    });
    expect(await takeRateLimitSlot(db, key, window, at(start, 1000 + 10 * MINUTE))).toEqual({ taken: true, count: 1 });
  });

  it("takes a batch's amount only when it fits in what is left, and nothing when it does not", async () => {
    const key = freshKey();
    const start = new Date("2030-01-01T10:00:00Z");
    const batch = { max: 1000, windowMs: MINUTE };
    expect(await takeRateLimitSlot(db, key, batch, start, 1001)).toMatchObject({ taken: false });
    expect(await takeRateLimitSlot(db, key, batch, start, 600)).toEqual({ taken: true, count: 600 });
    expect(await takeRateLimitSlot(db, key, batch, at(start, 1000), 600)).toEqual({
      taken: false,
      until: at(start, MINUTE),
    });
    expect(await takeRateLimitSlot(db, key, batch, at(start, 2000), 400)).toEqual({ taken: true, count: 1000 });
    expect(await takeRateLimitSlot(db, key, batch, at(start, MINUTE), 700)).toEqual({ taken: true, count: 700 });
  });

  it("refuses a blocked key until its block ends, and gives back a released slot", async () => {
    const key = freshKey();
    const start = new Date("2030-01-01T10:00:00Z");
    await takeRateLimitSlot(db, key, window, start);
    await releaseRateLimitSlot(db, key);
    expect(await takeRateLimitSlot(db, key, window, start)).toEqual({ taken: true, count: 1 });
    await blockRateLimitKey(db, key, at(start, 2 * MINUTE));
    expect(await takeRateLimitSlot(db, key, window, at(start, MINUTE))).toEqual({
      taken: false,
      until: at(start, 2 * MINUTE),
    });
    expect(await takeRateLimitSlot(db, key, window, at(start, 2 * MINUTE))).toEqual({ taken: true, count: 1 });
  });

  it("never gives more than max slots to a burst from two processes", async () => {
    const key = freshKey();
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        takeRateLimitSlot(clients[index % 2] as Database, key, { max: 5, windowMs: MINUTE }, now),
      ),
    );
    const counts = results.flatMap((result) => (result.taken ? [result.count] : []));
    expect(counts.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
  });
});

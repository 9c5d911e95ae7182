import "fake-indexeddb/auto";
import type { TRecordDose } from "@vax/core/schemas";
import { afterEach, describe, expect, it } from "vitest";
import { queueDose } from "./dose-outbox";
import { FacilityDatabase } from "./facility-database";

const summary = { recipientName: "Anil Gowda", programmeName: "COVID-19 Vaccination", vaccineName: "COVISHIELD" };

const dose = (fields: Partial<TRecordDose> = {}): TRecordDose => ({
  idempotencyKey: crypto.randomUUID(),
  recipientId: "recipient-1",
  programmeId: "programme-covid",
  vaccineId: "vaccine-covishield",
  batch: "4121Z555",
  date: "2026-12-06",
  dose: 1,
  ...fields,
});

let db: FacilityDatabase;
const openDatabase = () => {
  db = new FacilityDatabase(crypto.randomUUID());
  return db;
};

afterEach(async () => {
  await db.delete();
});

describe("the offline queue", () => {
  it("refuses a dose identical to one already pending, naming it, and keeps one entry", async () => {
    const db = openDatabase();
    const first = await queueDose(db, dose(), summary);
    expect(first.kind).toBe("queued");
    // Entered again by hand: a new idempotency key, even another batch, but the same dose.
    const again = await queueDose(db, dose({ batch: "4121Z556" }), summary);
    expect(again).toMatchObject({
      kind: "already-pending",
      message:
        "Anil Gowda's dose 1 of COVISHIELD on 2026-12-06 is already waiting on this device to be sent; it was not added again.",
    });
    expect(await db.outbox.count()).toBe(1);
  });

  it.each([
    ["another recipient", { recipientId: "recipient-2" }],
    ["another programme", { programmeId: "programme-mr" }],
    ["another vaccine", { vaccineId: "vaccine-covaxin" }],
    ["another dose number", { dose: 2 }],
    ["another day", { date: "2026-12-07" }],
  ])("queues a dose that differs by %s", async (_difference, fields) => {
    const db = openDatabase();
    await queueDose(db, dose(), summary);
    expect((await queueDose(db, dose(fields), summary)).kind).toBe("queued");
    expect(await db.outbox.count()).toBe(2);
  });

  it("queues the dose again once the pending one was refused and waits for a person", async () => {
    const db = openDatabase();
    const first = await queueDose(db, dose(), summary);
    if (first.kind !== "queued") throw new Error("the first dose was not queued");
    await db.outbox.update(first.entry.idempotencyKey, { status: "attention", message: "Batch unknown" });
    expect((await queueDose(db, dose({ batch: "4121Z600" }), summary)).kind).toBe("queued");
  });
});

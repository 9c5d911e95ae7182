import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { bulkInsert, isBulkUniqueViolation, type TBulkColumns, uuid7 } from "./bulk-insert";
import { createPrismaClient } from "./client";

type TRow = { id: string; label: string; entityId: string; after: string | null; createdAt: string };

const columns: TBulkColumns<TRow> = {
  id: ["text", (row) => row.id],
  actorType: ['"ActorType"', () => "SYSTEM"],
  actorId: ["text", () => null],
  actorLabel: ["text", (row) => row.label],
  action: ["text", () => "bulk.test"],
  entityType: ["text", () => "Test"],
  entityId: ["text", (row) => row.entityId],
  after: ["jsonb", (row) => row.after],
  createdAt: ["timestamp(3)", (row) => row.createdAt],
};

describe("bulk inserts", () => {
  const db = createPrismaClient(process.env.DATABASE_URL ?? "", 2);
  afterAll(() => db.$disconnect());

  const row = (label: string, after: string | null, entityId = label): TRow => ({
    id: uuid7(),
    label,
    entityId,
    after,
    createdAt: "2031-02-03T04:05:06.789Z",
  });

  it("stores every value as given: text of any kind, SQL NULL apart from JSON null, JSON as JSON, times as UTC", async () => {
    const tag = randomBytes(4).toString("hex");
    const rows = [
      row(`${tag} quote " backslash \\ brace {} comma , newline \n tab \t`, JSON.stringify({ a: [1, "two", null] })),
      row(`${tag} Zoë 李小龙 🙂 'single'`, "null", "null"),
      row(`${tag} no JSON`, null),
      row(`${tag} JSON text`, JSON.stringify('a "quoted" \\ string')),
      row(`${tag} number`, "123.25"),
      row(
        `${tag} dollar quotes $$ $rows_$ $rows_0123456789abcdef$ end`,
        JSON.stringify({ sql: "$$; DROP TABLE x; $$" }),
      ),
      row(`${tag} lone surrogate \ud800 end`, null),
    ];
    await db.$transaction((tx) => bulkInsert(tx, "AuditEvent", columns, rows));
    const stored = await db.auditEvent.findMany({ where: { action: "bulk.test", actorLabel: { startsWith: tag } } });
    const byId = new Map(stored.map((event) => [event.id, event]));
    expect(stored).toHaveLength(rows.length);
    for (const sent of rows.slice(0, -1)) {
      const event = byId.get(sent.id);
      expect(event?.actorLabel).toBe(sent.label);
      expect(event?.entityId).toBe(sent.entityId);
      expect(event?.actorId).toBeNull();
      expect(event?.createdAt.toISOString()).toBe(sent.createdAt);
      expect(event?.actorType).toBe("SYSTEM");
    }
    expect(byId.get(rows[0]?.id as string)?.after).toEqual({ a: [1, "two", null] });
    // JSON null is a stored value; SQL NULL is none: Prisma tells them apart as JsonNull and null.
    const nulls = await db.$queryRaw<{ id: string; isNull: boolean; jsonType: string | null }[]>`
      SELECT id, "after" IS NULL AS "isNull", jsonb_typeof("after") AS "jsonType" FROM "AuditEvent"
      WHERE id IN (${rows[1]?.id}, ${rows[2]?.id})`;
    const nullOf = new Map(nulls.map(({ id, ...rest }) => [id, rest]));
    expect(nullOf.get(rows[1]?.id as string)).toEqual({ isNull: false, jsonType: "null" });
    expect(nullOf.get(rows[2]?.id as string)).toEqual({ isNull: true, jsonType: null });
    expect(byId.get(rows[3]?.id as string)?.after).toBe('a "quoted" \\ string');
    expect(byId.get(rows[4]?.id as string)?.after).toBe(123.25);
    expect(byId.get(rows[5]?.id as string)?.after).toEqual({ sql: "$$; DROP TABLE x; $$" });
    // As a text parameter stores it: the half of a character that cannot be encoded becomes U+FFFD.
    expect(byId.get(rows[6]?.id as string)?.actorLabel).toBe(`${tag} lone surrogate \ufffd end`);
  });

  it("refuses a row that repeats a unique key, writing none of the batch, or passes over it when told to", async () => {
    const tag = randomBytes(4).toString("hex");
    const first = row(`${tag} first`, null);
    await db.$transaction((tx) => bulkInsert(tx, "AuditEvent", columns, [first]));
    const again = [row(`${tag} new`, null), { ...first, label: `${tag} repeat` }];
    const refused = await db.$transaction((tx) => bulkInsert(tx, "AuditEvent", columns, again)).catch((error) => error);
    expect(isBulkUniqueViolation(refused)).toBe(true);
    expect(await db.auditEvent.count({ where: { actorLabel: { startsWith: tag } } })).toBe(1);
    await db.$transaction((tx) => bulkInsert(tx, "AuditEvent", columns, again, { skipDuplicates: true }));
    const labels = await db.auditEvent.findMany({
      where: { actorLabel: { startsWith: tag } },
      select: { actorLabel: true },
    });
    expect(labels.map(({ actorLabel }) => actorLabel).sort()).toEqual([`${tag} first`, `${tag} new`]);
  });
});

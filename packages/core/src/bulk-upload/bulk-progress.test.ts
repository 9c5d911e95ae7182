import type { BulkUpload } from "@vax/db";
import { describe, expect, it } from "vitest";
import { bulkChunkJobId, bulkChunks } from "./bulk-chunks";
import { bulkUploadView } from "./bulk-upload-view";

const upload = (fields: Partial<BulkUpload>): BulkUpload => ({
  id: "u1",
  tenantId: "t1",
  uploadedById: "a1",
  apiClientId: null,
  kind: "certify",
  fileName: "rows.csv",
  columns: [],
  status: "RUNNING",
  totalRows: 1_000,
  queuedAt: null,
  startedAt: new Date("2026-12-06T10:00:00Z"),
  createdAt: new Date("2026-12-06T09:59:59Z"),
  finishedAt: null,
  ...fields,
});

describe("bulk upload progress", () => {
  it("gives the rate since the first chunk started and the time left at that rate", () => {
    const view = bulkUploadView(
      upload({}),
      { PENDING: 750, CREATED: 150, EXISTING: 50, FAILED: 50 },
      new Date("2026-12-06T10:00:10Z"),
    );
    expect(view).toMatchObject({ status: "running", processed: 250, succeeded: 200, existing: 50, failed: 50 });
    expect(view.rowsPerSecond).toBe(25);
    expect(view.secondsLeft).toBe(30);
  });

  it("has no rate before a row is done, and no time left once finished", () => {
    expect(
      bulkUploadView(upload({ status: "QUEUED", startedAt: null }), {
        PENDING: 1_000,
        CREATED: 0,
        EXISTING: 0,
        FAILED: 0,
      }),
    ).toMatchObject({
      rowsPerSecond: null,
      secondsLeft: null,
    });
    const done = bulkUploadView(upload({ status: "DONE", finishedAt: new Date("2026-12-06T10:00:20Z") }), {
      PENDING: 0,
      CREATED: 1_000,
      EXISTING: 0,
      FAILED: 0,
    });
    expect(done).toMatchObject({ status: "done", rowsPerSecond: 50, secondsLeft: 0 });
  });

  it("splits the rows into chunks without gaps, each with a job id of its own that never changes", () => {
    const chunks = bulkChunks("u1", "certify", 1_201);
    expect(chunks.map(({ fromRow, toRow }) => [fromRow, toRow])).toEqual([
      [2, 501],
      [502, 1001],
      [1002, 1202],
    ]);
    const ids = chunks.map(bulkChunkJobId);
    expect(new Set(ids).size).toBe(3);
    expect(bulkChunks("u1", "certify", 1_201).map(bulkChunkJobId)).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

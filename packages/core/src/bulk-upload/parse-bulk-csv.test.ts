import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { parseBulkCsv } from "./parse-bulk-csv";

const streamOf = (...parts: (string | Uint8Array)[]) => new Blob(parts as BlobPart[]).stream();
const HEADER = "code,name,addressLine,country,category";

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("The file was accepted");
};

describe("parseBulkCsv", () => {
  it("reads UTF-8 with a byte order mark, quoted fields with commas, quotes and line breaks, and CRLF", async () => {
    const { header, rows } = await parseBulkCsv({
      kind: "facilities",
      stream: streamOf(`\ufeff${HEADER}\r\n`, 'A-1,"Centre, ""North""","Line 1\r\nLine 2",IN,PRIVATE\r\n'),
    });
    expect(header).toEqual(["code", "name", "addressLine", "country", "category"]);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          code: "A-1",
          name: 'Centre, "North"',
          addressLine: "Line 1\r\nLine 2",
          country: "IN",
          category: "PRIVATE",
        },
        problem: null,
      },
    ]);
  });

  it("reads UTF-8 without a byte order mark, with LF line ends, a multi-byte character split across chunks, and blank lines", async () => {
    const bytes = new TextEncoder().encode("Bengaluru Ür");
    const { rows } = await parseBulkCsv({
      kind: "facilities",
      stream: streamOf(`${HEADER}\n\nB-2,`, bytes.slice(0, 11), bytes.slice(11), ",Road,IN,GOVERNMENT\n\n"),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.name).toBe("Bengaluru Ür");
  });

  it("keeps a row whose fields do not line up with the header, with the reason", async () => {
    const { rows } = await parseBulkCsv({ kind: "facilities", stream: streamOf(`${HEADER}\r\nA-1,Centre\r\n`) });
    expect(rows[0]?.problem).toBe("This row has 2 fields where the header has 5");
  });

  it("takes the columns in any order and leaves out optional ones", async () => {
    const { rows } = await parseBulkCsv({
      kind: "facilities",
      stream: streamOf("category,country,addressLine,name,code\r\nPRIVATE,IN,Road,Centre,A-1\r\n"),
    });
    expect(rows[0]?.cells).toMatchObject({ code: "A-1", category: "PRIVATE" });
  });

  it("refuses a header that does not fit the kind, saying which columns are unknown, missing or repeated", async () => {
    const error = await refusal(parseBulkCsv({ kind: "users", stream: streamOf(`${HEADER},code\r\nA,B,C,D,E,F\r\n`) }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.message).toBe(
      "The header does not fit users: unknown columns code, addressLine, country, category; missing columns email, role, password; repeated column code",
    );
  });

  it("refuses a file that is not UTF-8, an empty file, and a header without rows", async () => {
    const binary = await refusal(
      parseBulkCsv({ kind: "facilities", stream: streamOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe])) }),
    );
    expect(binary.message).toMatch(/not a UTF-8 CSV file/);
    expect((await refusal(parseBulkCsv({ kind: "facilities", stream: streamOf("") }))).message).toMatch(/empty/);
    expect((await refusal(parseBulkCsv({ kind: "facilities", stream: streamOf(`${HEADER}\r\n`) }))).message).toMatch(
      /no rows/,
    );
  });
});

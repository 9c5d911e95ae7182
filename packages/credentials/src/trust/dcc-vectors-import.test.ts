import { describe, expect, it } from "vitest";
import { verify } from "../verify/index.ts";
import { readJsonVector } from "../verify/vectors.ts";
import { certificateKid, readCertificate } from "./read-key.ts";
import { readTrustDocument } from "./read-trust-document.ts";

type Vector = { PREFIX: string; TESTCTX: { CERTIFICATE: string; VALIDATIONCLOCK: string } };
const vectors = ["CO1", "CO2", "CO3"].map((name) => ({
  name,
  ...readJsonVector<Vector>(`eu-dcc/common/${name}.json`),
}));
const now = new Date(vectors[0]?.TESTCTX.VALIDATIONCLOCK ?? "");

describe("a DSC list built from the EU DCC common test vectors", () => {
  it("imports their signers as Austria's and then verifies the valid vectors, which fail without it", async () => {
    // The vectors are Austrian test certificates (their DCCs' `co` is AT); their DSCs name no country themselves.
    const list = await Promise.all(
      vectors.map(async ({ TESTCTX }) => ({
        kid: await certificateKid(readCertificate(TESTCTX.CERTIFICATE)),
        country: "AT",
        certificateType: "DSC",
        rawData: TESTCTX.CERTIFICATE,
      })),
    );
    const read = await readTrustDocument(list, { now });
    expect(read.refused).toEqual([]);
    expect(read.issuers).toEqual([
      expect.objectContaining({ name: "Austria", country: "AT", ids: ["AT"], keys: expect.any(Array) }),
    ]);
    expect(read.issuers[0]?.keys).toHaveLength(3);
    for (const vector of vectors) {
      const trusted = await verify(vector.PREFIX, { trust: { issuers: read.issuers }, now });
      expect(trusted, vector.name).toMatchObject({ verified: true, issuer: { name: "Austria", country: "AT" } });
      const untrusted = await verify(vector.PREFIX, { trust: { issuers: [] }, now });
      expect(untrusted.verified, vector.name).toBe(false);
      expect(untrusted.checks, vector.name).toContainEqual(
        expect.objectContaining({ name: "issuer trusted", status: "failed" }),
      );
    }
  });

  it("refuses the same DSCs when imported after they expired", async () => {
    const later = new Date("2022-01-01T00:00:00Z");
    const list = [
      {
        kid: await certificateKid(readCertificate(vectors[2]?.TESTCTX.CERTIFICATE ?? "")),
        country: "AT",
        certificateType: "DSC",
        rawData: vectors[2]?.TESTCTX.CERTIFICATE,
      },
    ];
    const read = await readTrustDocument(list, { now: later });
    expect(read.issuers).toEqual([]);
    expect(read.refused[0]?.reason).toBe("It expired on 2021-06-02T18:00:00.000Z.");
  });
});

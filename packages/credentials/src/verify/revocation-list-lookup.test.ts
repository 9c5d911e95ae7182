import { describe, expect, it } from "vitest";
import { dccRevocationEntry } from "../eu-dcc/revocation-hashes.ts";
import { combineStatusLookups, createRevocationListLookup, verify } from "./index.ts";
import { dccVector, readJsonVector, readVector, shcIssuer, shcNow, vectorTrust } from "./vectors.ts";

const trust = vectorTrust();
const shcCard = readVector("shc/example-00-d-jws.txt");
const specCrl = readJsonVector<{ kid: string; rids: string[] }>(
  "shc/issuer/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json",
);
const revocationOf = (result: Awaited<ReturnType<typeof verify>>) =>
  result.checks.find((check) => check.name === "revocation");

describe("EU DCC revocation lists", () => {
  const checkDcc = async (listed: boolean, expires = "2099-01-01T00:00:00Z") => {
    const entry = await dccRevocationEntry(dccVector.text);
    const status = createRevocationListLookup({
      now: dccVector.now,
      fetchDccList: async (kid) => ({
        kid,
        hashTypes: ["UCI"],
        hashes: { UCI: listed ? [entry.hashes.UCI] : ["00".repeat(16)], COUNTRYCODEUCI: [], SIGNATURE: [] },
        lastUpdated: "2021-01-01T00:00:00Z",
        expires,
      }),
    });
    return verify(dccVector.text, { trust, now: dccVector.now, status });
  };

  it("fail a DCC whose UCI hash is on its DSC's list, pass one that is not, and withhold the holder", async () => {
    const revoked = await checkDcc(true);
    expect(revoked).toMatchObject({ verified: false, subject: null, standing: { state: "revoked" } });
    const clear = await checkDcc(false);
    expect(revocationOf(clear)?.status).toBe("passed");
    expect(clear.subject).not.toBeNull();
  });

  it("say revocation could not be checked when the list has expired", async () => {
    const stale = await checkDcc(false, "2020-01-01T00:00:00Z");
    expect(revocationOf(stale)?.reason).toMatch(/^Could not check revocation: the DCC revocation list .* expired/);
  });
});

describe("SMART Health Card CRLs", () => {
  const checkShc = (rids: string[]) =>
    verify(shcCard, {
      trust,
      now: shcNow,
      status: combineStatusLookups(
        async () => undefined,
        createRevocationListLookup({
          fetchShcCrl: async (iss, kid) => (iss === shcIssuer ? { ...specCrl, kid, rids } : undefined),
        }),
      ),
    });

  it("fail a card whose rid the issuer's CRL for its key lists, and pass it when the CRL does not", async () => {
    const revoked = await checkShc([...specCrl.rids, "MKyCxh7p6uQ"]);
    expect(revoked).toMatchObject({ verified: false, standing: { state: "revoked" } });
    const clear = await checkShc(specCrl.rids);
    expect(revocationOf(clear)?.status).toBe("passed");
  });
});

import type { VerifyCheck, VerifyResult } from "@vax/credentials/verify";
import { describe, expect, it } from "vitest";
import { resultSummary, verdictOf } from "./result-summary";

const passed = (name: VerifyCheck["name"]): VerifyCheck => ({ name, status: "passed", reason: "Fine." });
const result = (checks: VerifyCheck[]): VerifyResult => ({
  verified: checks.every((check) => check.status !== "failed"),
  format: "w3c",
  issuer: { id: "did:web:x", name: "Demo Ministry of Health" },
  subject: { name: "Asha Rao", doses: [] },
  checks: [passed("decode"), passed("format"), passed("signature"), passed("issuer trusted"), ...checks],
});
const unreachable: VerifyCheck = {
  name: "revocation",
  status: "failed",
  reason: "Could not check revocation: the issuer's status list could not be fetched (http://x/1: Failed to fetch)",
};

describe("the verdict and its sentence", () => {
  it("says 'could not check' when only a status list was out of reach, and to try again online", () => {
    const answer = result([
      unreachable,
      { ...unreachable, name: "suspension", reason: "Could not check suspension: …" },
    ]);
    expect(verdictOf(answer)).toBe("could-not-check");
    expect(resultSummary(answer)).toBe(
      "Revocation could not be checked — try again online. The signature of Demo Ministry of Health holds, but whether the certificate has been revoked is not known.",
    );
  });

  it("says 'not valid' for a revoked certificate, and when anything else failed too", () => {
    const revoked: VerifyCheck = {
      name: "revocation",
      status: "failed",
      reason: "The issuer has revoked this certificate.",
    };
    expect(verdictOf(result([revoked]))).toBe("not-valid");
    const expired: VerifyCheck = { name: "validity period", status: "failed", reason: "Expired." };
    expect(verdictOf(result([expired, unreachable]))).toBe("not-valid");
    expect(verdictOf(result([passed("revocation")]))).toBe("valid");
  });

  it("names a withdrawn certificate's standing: revoked, superseded, suspended until when", () => {
    const revoked: VerifyCheck = {
      name: "revocation",
      status: "failed",
      reason: "The issuer has revoked this certificate.",
    };
    const withdrawn = (standing: VerifyResult["standing"]) => ({ ...result([revoked]), subject: null, standing });
    expect(verdictOf(withdrawn({ state: "revoked" }))).toBe("revoked");
    expect(resultSummary(withdrawn({ state: "revoked" }))).toBe(
      "Certificate revoked by Demo Ministry of Health: it is no longer valid.",
    );
    expect(verdictOf(withdrawn({ state: "superseded" }))).toBe("superseded");
    expect(resultSummary(withdrawn({ state: "superseded" }))).toMatch(/^Certificate superseded by Demo Ministry/);
    const suspended = withdrawn({ state: "suspended", until: "2031-05-01T00:00:00Z" });
    expect(verdictOf(suspended)).toBe("suspended");
    expect(resultSummary(suspended)).toMatch(/^Certificate suspended by Demo Ministry of Health until .*2031/);
  });
});

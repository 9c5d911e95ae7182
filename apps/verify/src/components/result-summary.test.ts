import type { VerifyCheck, VerifyResult } from "@vax/credentials/verify";
import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "../../messages/en.json";
import { verdictCause as causeIn, resultSummary as summaryIn, verdictOf } from "./result-summary";
import type { TTranslate } from "./translate";

// An untyped catalogue makes next-intl narrow its keys to never; the helpers take plain string keys.
const t = createTranslator({ locale: "en", messages: messages as AbstractIntlMessages }) as unknown as TTranslate;
const resultSummary = (result: VerifyResult) => summaryIn(t, "en", result);
const verdictCause = (result: VerifyResult) => causeIn(t, result);

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
const revoked: VerifyCheck = {
  name: "revocation",
  status: "failed",
  reason: "The issuer has revoked this certificate.",
};

describe("the verdict and its sentence", () => {
  it("says 'could not check' when only a status list was out of reach, and to try again online", () => {
    const answer = result([
      unreachable,
      { ...unreachable, name: "suspension", reason: "Could not check suspension: …" },
    ]);
    expect(verdictOf(answer)).toBe("could-not-check");
    expect(verdictCause(answer)).toBe("Revocation status unknown");
    expect(resultSummary(answer)).toBe(
      "Revocation could not be checked — try again online. The signature of Demo Ministry of Health holds, but whether the certificate has been revoked is not known.",
    );
  });

  it("says 'could not check' when the code could not be read as a certificate at all", () => {
    const unread: VerifyResult = {
      verified: false,
      format: "unknown",
      issuer: null,
      subject: null,
      checks: [{ name: "decode", status: "failed", reason: "Unexpected token < in JSON at position 0" }],
    };
    expect(verdictOf(unread)).toBe("could-not-check");
    expect(resultSummary(unread)).toBe(
      "This code could not be read as a vaccination certificate. Scan it again, or ask for the certificate in another form.",
    );
  });

  it("says 'not valid' for a revoked certificate, and when anything else failed too, without the verifier's message", () => {
    expect(verdictOf(result([revoked]))).toBe("not-valid");
    const expired: VerifyCheck = { name: "validity period", status: "failed", reason: "Expired 2021-01-01T00:00:00Z." };
    expect(verdictOf(result([expired, unreachable]))).toBe("not-valid");
    expect(verdictCause(result([expired, unreachable]))).toBe("Outside its validity dates");
    expect(resultSummary(result([expired]))).toBe("Certificate not valid: the validity dates check failed.");
    expect(verdictOf(result([passed("revocation")]))).toBe("valid");
    expect(verdictCause(result([passed("revocation")]))).toBeUndefined();
  });

  it("names a forged certificate as altered or forged, never naming who it claims as issuer", () => {
    const forged: VerifyResult = {
      ...result([]),
      verified: false,
      issuer: { id: "did:web:x" },
      subject: null,
      checks: [
        passed("decode"),
        passed("format"),
        { name: "signature", status: "failed", reason: "kid abc: mismatch" },
      ],
    };
    expect(verdictOf(forged)).toBe("not-valid");
    expect(verdictCause(forged)).toBe("Altered or forged");
    expect(resultSummary(forged)).toBe("Certificate not valid: the signature check failed.");
  });

  it("names a withdrawn certificate's standing under 'not valid': revoked, superseded, suspended until when", () => {
    const withdrawn = (standing: VerifyResult["standing"]) => ({ ...result([revoked]), subject: null, standing });
    expect(verdictOf(withdrawn({ state: "revoked" }))).toBe("not-valid");
    expect(verdictCause(withdrawn({ state: "revoked" }))).toBe("Revoked by the issuer");
    expect(resultSummary(withdrawn({ state: "revoked" }))).toBe(
      "Certificate revoked by Demo Ministry of Health: it is no longer valid.",
    );
    expect(verdictCause(withdrawn({ state: "superseded" }))).toBe("Replaced by a newer certificate");
    expect(resultSummary(withdrawn({ state: "superseded" }))).toMatch(/^Certificate superseded by Demo Ministry/);
    const suspended = withdrawn({ state: "suspended", until: "2031-05-01T00:00:00Z" });
    expect(verdictCause(suspended)).toBe("Suspended by the issuer");
    expect(resultSummary(suspended)).toMatch(/^Certificate suspended by Demo Ministry of Health until .*2031/);
  });
});

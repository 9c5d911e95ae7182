import type { VerifyCheck, VerifyResult } from "@vax/credentials/verify";
import { type AbstractIntlMessages, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import messages from "../../messages/en.json";
import { plainReason } from "./plain-reasons";
import type { TTranslate } from "./translate";

// An untyped catalogue makes next-intl narrow its keys to never; the helpers take plain string keys.
const t = createTranslator({ locale: "en", messages: messages as AbstractIntlMessages }) as unknown as TTranslate;

const result: VerifyResult = {
  verified: false,
  format: "eu-dcc",
  issuer: {
    id: "URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B",
    name: "Austrian Ministry of Health",
    country: "AT",
  },
  subject: null,
  checks: [],
};
const reasonOf = (check: VerifyCheck, of: VerifyResult = result) => plainReason(t, "en", check, of);
const TECHNICAL = /did:|kid|URN:|\bJWS\b|COSE|CBOR|base45|zlib|JSON|0x|[A-Za-z0-9+/]{16,}/;

describe("each check's reason in plain words", () => {
  it("names the issuer and its country when trusted, and no identifier", () => {
    const reason = reasonOf({
      name: "issuer trusted",
      status: "passed",
      reason: `The issuer ${result.issuer?.id} is…`,
    });
    expect(reason).toBe("Issued by Austrian Ministry of Health (Austria), which this checker trusts.");
  });

  it("keeps decoder errors, key ids and format names out of every reason", () => {
    const checks: VerifyCheck[] = [
      { name: "decode", status: "failed", reason: "Invalid base45 character at 17 (CBOR tag 18 expected)" },
      { name: "format", status: "failed", reason: "Not a COSE_Sign1 structure" },
      { name: "signature", status: "failed", reason: "The COSE signature does not match key kid=DEsVUSvpFAE=" },
      { name: "issuer trusted", status: "failed", reason: "No trusted issuer has did:web:evil.example" },
      { name: "key status", status: "failed", reason: "kid 25QCxBrBJvA= is not on the trust list" },
      { name: "schema", status: "failed", reason: "/v/0/mp must be one of EU/1/20/1528, …" },
    ];
    for (const check of checks) expect(reasonOf(check)).not.toMatch(TECHNICAL);
    expect(reasonOf(checks[2] as VerifyCheck)).toBe(
      "It was changed after it was issued, or forged: its signature does not match.",
    );
  });

  it("shows validity dates as dates, and a suspension's end", () => {
    const expired: VerifyCheck = {
      name: "validity period",
      status: "failed",
      reason: "The certificate expired on 2022-06-01T00:00:00.000Z.",
    };
    expect(reasonOf(expired)).toBe("The certificate expired on 1 Jun 2022.");
  });

  it("tells 'could not be checked' from 'revoked', and superseded from revoked", () => {
    const unreachable: VerifyCheck = {
      name: "revocation",
      status: "failed",
      reason: "Could not check revocation: the issuer's status list could not be fetched (http://x/1: Failed to fetch)",
    };
    expect(reasonOf(unreachable)).toBe(
      "Could not be checked: the issuer's list of revoked certificates could not be reached. Try again online.",
    );
    const revoked: VerifyCheck = {
      name: "revocation",
      status: "failed",
      reason: "The issuer has revoked this certificate.",
    };
    expect(reasonOf(revoked)).toBe("The issuer has revoked this certificate.");
    expect(reasonOf(revoked, { ...result, standing: { state: "superseded" } })).toBe(
      "The issuer replaced this certificate with a newer version.",
    );
  });

  it("says 'Not checked' after a failed check, naming it as the page does", () => {
    const skipped: VerifyCheck = {
      name: "issuer trusted",
      status: "skipped",
      reason: "Not checked, because the signature check failed.",
    };
    expect(reasonOf(skipped)).toBe("Not checked, because the signature check failed.");
    const afterDecode: VerifyCheck = {
      name: "schema",
      status: "skipped",
      reason: "Not checked, because the decode check failed.",
    };
    expect(reasonOf(afterDecode)).toBe("Not checked, because the readable check failed.");
    expect(reasonOf({ name: "rules", status: "skipped", reason: "No rules were given." })).toBe(
      "Not checked for this certificate.",
    );
    const untrusted: VerifyResult = {
      ...result,
      checks: [{ name: "issuer trusted", status: "failed", reason: "No trusted issuer has the key did:india." }],
    };
    const unsigned: VerifyCheck = {
      name: "signature",
      status: "skipped",
      reason: "Not checked: no key for did:india.",
    };
    expect(reasonOf(unsigned, untrusted)).toBe("Not checked, because the issuer trusted check failed.");
  });
});

describe("the rules check in plain words", () => {
  it("says the rules passed, or that none applied on the day", () => {
    const passed: VerifyCheck = { name: "rules", status: "passed", reason: "All 3 rules of Germany passed." };
    expect(reasonOf(passed)).toBe("It meets every rule that applies to it.");
    const none: VerifyCheck = {
      name: "rules",
      status: "skipped",
      reason: "No rule of Germany applies to this certificate on 2026-12-06.",
    };
    expect(reasonOf(none)).toBe("No rule applies to this certificate on the day it was judged.");
    expect(reasonOf({ name: "rules", status: "skipped", reason: "No business rules were given." })).toBe(
      "Not checked: no rules are kept on this device.",
    );
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { STATUS_LOOKUP_TIMEOUT_MS } from "../limits.ts";
import { couldNotCheckStatus, type StatusLookup, verify } from "./index.ts";
import { dccVector, vectorTrust } from "./vectors.ts";

const trust = vectorTrust();
const checkDcc = (status: StatusLookup) => verify(dccVector.text, { trust, now: dccVector.now, status });
const reasonOf = (result: Awaited<ReturnType<typeof verify>>, name: string) =>
  result.checks.find((check) => check.name === name)?.reason;

afterEach(() => {
  vi.useRealTimers();
});

describe("a status lookup that cannot answer makes the result 'could not check', never valid", () => {
  it("fails both status checks when the lookup throws, and says so plainly", async () => {
    const result = await checkDcc(() => {
      throw new Error("The issuer's status list could not be fetched (https://issuer.example/status/1: offline)");
    });
    expect(result.verified).toBe(false);
    expect(reasonOf(result, "revocation")).toBe(
      "Could not check revocation: the issuer's status list could not be fetched (https://issuer.example/status/1: offline)",
    );
    expect(reasonOf(result, "suspension")).toMatch(/^Could not check suspension: /);
    expect(couldNotCheckStatus(result)).toBe(true);
  });

  it("gives up on a lookup that never answers after the timeout", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    // The signature check before the lookup takes real time; fake time starts once the lookup is asked.
    let asked: () => void = () => {};
    const reached = new Promise<void>((resolve) => {
      asked = resolve;
    });
    const pending = checkDcc(() => {
      asked();
      return new Promise<boolean>(() => {});
    });
    await reached;
    let settled = false;
    void pending.then(() => {
      settled = true;
    });
    for (let waited = 0; !settled && waited <= 3 * STATUS_LOOKUP_TIMEOUT_MS; waited += 1_000) {
      await vi.advanceTimersByTimeAsync(1_000);
    }
    const result = await pending;
    expect(result.verified).toBe(false);
    expect(reasonOf(result, "revocation")).toBe(
      `Could not check revocation: the status lookup did not answer within ${STATUS_LOOKUP_TIMEOUT_MS / 1000} s`,
    );
    expect(couldNotCheckStatus(result)).toBe(true);
  });

  it("does not take an answer other than yes, no or 'not covered'", async () => {
    const result = await checkDcc(() => "no" as unknown as boolean);
    expect(reasonOf(result, "revocation")).toBe("Could not check revocation: the status list's answer is not usable.");
    expect(result.verified).toBe(false);
  });

  it("only looks up a certificate a trusted issuer's signature proved", async () => {
    const asked: unknown[] = [];
    const result = await verify(dccVector.text, {
      trust: { issuers: [] },
      now: dccVector.now,
      status: (query) => {
        asked.push(query);
        return false;
      },
    });
    expect(asked).toEqual([]);
    expect(reasonOf(result, "revocation")).toBe("Not checked, because the issuer trusted check failed.");
    expect(couldNotCheckStatus(result)).toBe(false);
  });
});

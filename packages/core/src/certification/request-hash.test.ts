import { describe, expect, it } from "vitest";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { certificationRequestHash } from "./request-hash";

// Every object's keys in reverse order, at every depth.
const reversed = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reversed((value as Record<string, unknown>)[key])]),
  );
};

describe("certificationRequestHash", () => {
  const request = divocCertificationRequest({
    identity: "234234333412",
    vaccination: { date: "2026-11-30T09:21:18Z" },
  });

  it("is the SHA-256 of the row, whatever the order its keys came in", () => {
    const hash = certificationRequestHash(request);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(certificationRequestHash(reversed(request) as typeof request)).toBe(hash);
  });

  it("changes with any value, however deep", () => {
    const hash = certificationRequestHash(request);
    expect(certificationRequestHash({ ...request, vaccinator: { name: "Sooraj Singh " } })).not.toBe(hash);
    expect(
      certificationRequestHash({ ...request, recipient: { ...request.recipient, contact: ["tel:9880414880"] } }),
    ).not.toBe(hash);
    expect(certificationRequestHash({ ...request, vaccination: { ...request.vaccination, dose: 2 } })).not.toBe(hash);
  });
});

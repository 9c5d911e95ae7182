import { createHash } from "node:crypto";
import type { TCertificationRequest } from "../schemas/certify";

// Objects with their keys in order, so the same row hashes the same however its keys were sent.
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
};

/**
 * The SHA-256 (hex) of one certification request as it was read: its JSON with every object's keys
 * sorted. A replay under a used Idempotency-Key must hash the same; any other field value does not.
 */
export const certificationRequestHash = (request: TCertificationRequest): string =>
  createHash("sha256")
    .update(JSON.stringify(canonical(request)))
    .digest("hex");

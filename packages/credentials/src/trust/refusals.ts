import type { z } from "zod";

/** One item of a trust document that was not taken, and why, in words the person importing it can read. */
export type RefusedTrustItem = { item: string; reason: string };

/** Thrown when a trust document cannot be read at all: not one of the formats, too large, or past its validity. */
export class TrustDocumentError extends Error {
  override name = "TrustDocumentError";
}

/** Zod's issues as one sentence: each field path with its message. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");

/** A quoted short label for an item, never longer than a line. */
export const label = (text: unknown): string => {
  const value = typeof text === "string" ? text : (JSON.stringify(text) ?? String(text));
  return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
};

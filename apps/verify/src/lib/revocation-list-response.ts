import { createHash } from "node:crypto";
import { errorResponse } from "@vax/auth";
import { STATUS_DOCUMENT_CACHE_CONTROL } from "@vax/core";

/**
 * Answers with a revocation list anyone may fetch (JSON, or gzipped binary for a DCC slice), cached as briefly
 * as the status lists so that a withdrawal reaches verifiers within 5 s, with an entity tag for 304s.
 */
export const revocationListResponse = async (
  request: Request,
  load: () => Promise<unknown>,
  { binary = false }: { binary?: boolean } = {},
): Promise<Response> => {
  try {
    const loaded = await load();
    const body = binary ? (loaded as Uint8Array) : new TextEncoder().encode(JSON.stringify(loaded));
    const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
    const headers = {
      "cache-control": STATUS_DOCUMENT_CACHE_CONTROL,
      etag,
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "etag",
    };
    if (
      request.headers
        .get("if-none-match")
        ?.split(",")
        .some((tag) => tag.trim() === etag)
    ) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(body as Uint8Array<ArrayBuffer>, {
      headers: { ...headers, "content-type": binary ? "application/gzip" : "application/json" },
    });
  } catch (error) {
    return errorResponse(error, request);
  }
};

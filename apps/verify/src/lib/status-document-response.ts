import { errorResponse } from "@vax/auth";
import { STATUS_DOCUMENT_CACHE_CONTROL, type TPublishedDocument } from "@vax/core";

/**
 * Answers with a signed status document anyone may fetch: its Cache-Control says how long a cache may keep it
 * (a change reaches verifiers within 5 s), Expires its validUntil (how long a copy may stand in offline), and
 * its entity tag lets a verifier that already holds it get a 304 instead of the list again.
 */
export const statusDocumentResponse = async (
  request: Request,
  load: () => Promise<TPublishedDocument>,
): Promise<Response> => {
  try {
    const published = await load();
    const headers = {
      "cache-control": STATUS_DOCUMENT_CACHE_CONTROL,
      etag: published.etag,
      expires: published.validUntil.toUTCString(),
      "last-modified": published.validFrom.toUTCString(),
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "etag, expires, last-modified",
    };
    const known = request.headers.get("if-none-match");
    if (known?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === published.etag)) {
      return new Response(null, { status: 304, headers });
    }
    return new Response(JSON.stringify(published.document), {
      headers: { ...headers, "content-type": "application/json" },
    });
  } catch (error) {
    return errorResponse(error, request);
  }
};

import { errorResponse } from "@vax/auth";

/**
 * Answers with issuer material anyone may fetch and cache: any origin may read it (other
 * verifiers and wallets do), and a CDN may keep it for `maxAge` seconds.
 */
export const publicJson = async (
  load: () => Promise<unknown>,
  { maxAge = 300, contentType = "application/json" }: { maxAge?: number; contentType?: string } = {},
): Promise<Response> => {
  try {
    return new Response(JSON.stringify(await load()), {
      headers: {
        "content-type": contentType,
        "cache-control": `public, max-age=${maxAge}`,
        "access-control-allow-origin": "*",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
};

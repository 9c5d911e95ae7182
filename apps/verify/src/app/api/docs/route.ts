import { OWN_PROBLEM_TYPES } from "@vax/core";
import { renderApiDocsPage } from "@vax/core/openapi";
import { verifyApiDocument } from "@/lib/openapi/document";

// Made once per process: the page depends on the code alone.
const page = renderApiDocsPage(verifyApiDocument(), OWN_PROBLEM_TYPES);

// GET /api/docs – this app's API document as a page to read, rendered on the server with no script, and the
// problem types of our own that VC API answers (the facility app's too) point at
export const GET = () =>
  new Response(page, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" },
  });

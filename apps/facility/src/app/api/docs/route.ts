import { renderApiDocsPage } from "@vax/core/openapi";
import { facilityApiDocument } from "@/lib/openapi/document";

// Made once per process: the page depends on the code alone.
const page = renderApiDocsPage(facilityApiDocument());

// GET /api/docs – this app's API document as a page to read, rendered on the server with no script
export const GET = () =>
  new Response(page, {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" },
  });

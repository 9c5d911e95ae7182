import { verifyApiDocument } from "@/lib/openapi/document";

// Made once per process: the document depends on the code alone.
const document = verifyApiDocument();

// GET /api/openapi.json – this app's OpenAPI 3.1 document, generated from the zod schemas its routes parse
export const GET = () => Response.json(document, { headers: { "cache-control": "public, max-age=300" } });

import { parseBody } from "@vax/auth";
import { importBusinessRules } from "@vax/core";
import { z } from "zod";
import { adminApi } from "@/lib/api";

// A country's whole rule set is under 150 KB; the EU gateway's download of every country a few MB.
const MAX_RULE_DOCUMENT_BYTES = 4 * 1024 * 1024;

// POST /api/v1/rules/import – import a rule document (EU rule format), answering what was added, changed, refused
export const POST = adminApi("rule:write", async ({ request, actor }) =>
  importBusinessRules({
    actor,
    document: await parseBody(request, z.unknown(), { maxBytes: MAX_RULE_DOCUMENT_BYTES }),
  }),
);

import { parseBody, parseQuery } from "@vax/auth";
import { findRecipients, registerRecipient } from "@vax/core";
import { ZRecipientInput, ZRecipientSearch } from "@vax/core/schemas";
import { facilityApi } from "@/lib/api";

// GET /api/v1/recipients?q= – the tenant's recipients with exactly this mobile, identity number or pre-enrolment code
export const GET = facilityApi(async ({ request, actor }) => ({
  items: await findRecipients({ actor, query: parseQuery(request, ZRecipientSearch) }),
}));

// POST /api/v1/recipients – register a walk-in recipient
export const POST = facilityApi(async ({ request, actor }) =>
  Response.json(await registerRecipient({ actor, input: await parseBody(request, ZRecipientInput) }), { status: 201 }),
);

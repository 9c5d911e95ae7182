import { parseBody } from "@vax/auth";
import { recordDose } from "@vax/core";
import { ZRecordDose } from "@vax/core/schemas";
import { facilityApi } from "@/lib/api";

// POST /api/v1/doses – record a dose and issue its certificate; a replay of the same idempotencyKey returns it again
export const POST = facilityApi(async ({ request, actor }) =>
  Response.json(await recordDose({ actor, input: await parseBody(request, ZRecordDose) }), { status: 201 }),
);

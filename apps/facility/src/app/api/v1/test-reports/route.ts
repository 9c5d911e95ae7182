import { parseBody } from "@vax/auth";
import { recordTestReport } from "@vax/core";
import { ZRecordTestReport } from "@vax/core/schemas";
import { facilityApi } from "@/lib/api";

// POST /api/v1/test-reports – record a COVID-19 test and issue its test report; a replay of the same idempotencyKey returns it
export const POST = facilityApi(async ({ request, actor }) =>
  Response.json(await recordTestReport({ actor, input: await parseBody(request, ZRecordTestReport) }), {
    status: 201,
  }),
);

import { withApiClient } from "@vax/auth/with-api-client";
import { getCertifyTransaction } from "@vax/core";

export const dynamic = "force-dynamic";

// GET /api/v1/transactions/{id} – an asynchronous certify call's state, and its certificates or row errors once finished
export const GET = withApiClient<{ id: string }>("certificate:issue", async ({ actor, params }) =>
  getCertifyTransaction({ actor, id: params.id }),
);

import { parseBody } from "@vax/auth";
import { vcApiProblemResponse } from "@vax/auth/vc-api-response";
import { verifyVcCredential } from "@vax/core";
import { ZVcVerifyRequest } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/credentials/verify – the W3C VC API's verify: our checks, in its verification result shape
export const POST = async (request: Request) => {
  try {
    return Response.json(await verifyVcCredential(await parseBody(request, ZVcVerifyRequest)));
  } catch (error) {
    return vcApiProblemResponse(error);
  }
};

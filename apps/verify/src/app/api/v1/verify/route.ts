import { errorResponse, parseBody } from "@vax/auth";
import { verifyCertificate } from "@vax/core";
import { ZVerifyRequest } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/verify – the same check the verify page runs in the browser, on the server
export const POST = async (request: Request) => {
  try {
    const body = await parseBody(request, ZVerifyRequest);
    return Response.json(
      await verifyCertificate({
        input: "qr" in body ? body.qr : body.credential,
        ...(body.destination ? { destination: body.destination } : {}),
        ...(body.date ? { now: new Date(body.date) } : {}),
      }),
    );
  } catch (error) {
    return errorResponse(error);
  }
};

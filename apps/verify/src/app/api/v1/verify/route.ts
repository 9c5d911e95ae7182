import { errorResponse, parseBody } from "@vax/auth";
import { verifyCertificate } from "@vax/core";
import { ZVerifyRequest } from "@vax/core/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/verify – the same check the verify page runs in the browser, on the server
export const POST = async (request: Request) => {
  try {
    const { trust, trustIssuer, destination, date, ...body } = await parseBody(request, ZVerifyRequest);
    const input = "qr" in body ? body.qr : body.credential;
    return Response.json(
      await verifyCertificate({
        input,
        trust,
        trustIssuer,
        ...(destination ? { destination } : {}),
        ...(date ? { now: new Date(date) } : {}),
      }),
    );
  } catch (error) {
    return errorResponse(error, request);
  }
};

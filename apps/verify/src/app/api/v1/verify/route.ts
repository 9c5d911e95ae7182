import { errorResponse, parseBody } from "@vax/auth";
import { verifyCertificate } from "@vax/core";
import { z } from "zod";

export const dynamic = "force-dynamic";

const ZVerifyRequest = z.union(
  [
    z.object({ qr: z.string().min(1, "qr is empty").max(20_000, "qr is too long") }).strict(),
    z.object({ credential: z.record(z.string(), z.unknown()) }).strict(),
  ],
  { error: "Send {qr: string} or {credential: object}" },
);

// POST /api/v1/verify – the same check the verify page runs in the browser, on the server
export const POST = async (request: Request) => {
  try {
    const body = await parseBody(request, ZVerifyRequest);
    return Response.json(await verifyCertificate({ input: "qr" in body ? body.qr : body.credential }));
  } catch (error) {
    return errorResponse(error);
  }
};

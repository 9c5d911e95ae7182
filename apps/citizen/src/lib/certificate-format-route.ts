import "server-only";
import { errorResponse } from "@vax/auth";
import { getCertificateInFormat, type TOtherFormat } from "@vax/core";
import { certificateReader } from "./certificate-reader";

type TContext = { params: Promise<{ certificateId: string }> };

/** A route handler that answers a certificate's QR text in another format, `{qr}`, to whoever may read it. */
export const certificateFormatRoute =
  (format: TOtherFormat) =>
  async (request: Request, { params }: TContext): Promise<Response> => {
    try {
      const { certificateId } = await params;
      const answer = await getCertificateInFormat({ reader: await certificateReader(request), certificateId, format });
      // Health data: never kept by a shared cache or the browser's back-forward cache.
      return Response.json(answer, { headers: { "Cache-Control": "private, no-store" } });
    } catch (error) {
      return errorResponse(error, request);
    }
  };

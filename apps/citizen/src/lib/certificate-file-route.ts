import "server-only";
import { errorResponse, parseQuery } from "@vax/auth";
import { getCertificateFile } from "@vax/core";
import { type TCertificateFileKind, ZCertificatePdfQuery } from "@vax/core/schemas";
import { certificateReader } from "./certificate-reader";

type TContext = { params: Promise<{ certificateId: string }> };

/** A route handler that serves one form of a certificate to whoever may read it, as a download. */
export const certificateFileRoute =
  (kind: TCertificateFileKind) =>
  async (request: Request, { params }: TContext): Promise<Response> => {
    try {
      const { certificateId } = await params;
      // Only the PDF is printed in a language; an unknown one is a 400 naming the ones there are.
      const { lang } = kind === "pdf" ? parseQuery(request, ZCertificatePdfQuery) : {};
      const reader = await certificateReader(request);
      const file = await getCertificateFile({ reader, certificateId, kind, language: lang });
      return new Response(file.body, {
        headers: {
          "Content-Type": file.contentType,
          "Content-Disposition": `attachment; filename="${file.fileName}"`,
          // Health data: never kept by a shared cache or the browser's back-forward cache.
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    } catch (error) {
      return errorResponse(error, request);
    }
  };

import { printCertificate } from "@vax/core";
import { facilityApi } from "@/lib/api";

export const dynamic = "force-dynamic";

// GET /api/v1/certificates/{id}/pdf – the certificate PDF a vaccinator prints at the counter, in its programme's template
export const GET = facilityApi<{ id: string }>(async ({ actor, params }) => {
  const file = await printCertificate({ actor, certificateId: params.id });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      // Opened in a tab to print, not saved to the shared counter computer's downloads.
      "Content-Disposition": `inline; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

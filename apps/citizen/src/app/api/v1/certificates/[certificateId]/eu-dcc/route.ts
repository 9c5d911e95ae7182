import { certificateFormatRoute } from "@/lib/certificate-format-route";

export const dynamic = "force-dynamic";

// GET /api/v1/certificates/{certificateId}/eu-dcc – the certificate as an EU Digital COVID Certificate, {qr: "HC1:..."}
export const GET = certificateFormatRoute("eu-dcc");

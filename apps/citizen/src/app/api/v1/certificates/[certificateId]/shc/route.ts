import { certificateFormatRoute } from "@/lib/certificate-format-route";

export const dynamic = "force-dynamic";

// GET /api/v1/certificates/{certificateId}/shc – the certificate as a SMART Health Card, {qr: "shc:/..."}
export const GET = certificateFormatRoute("shc");

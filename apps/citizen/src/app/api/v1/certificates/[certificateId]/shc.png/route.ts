import { certificateFileRoute } from "@/lib/certificate-file-route";

export const dynamic = "force-dynamic";

// GET /api/v1/certificates/{certificateId}/shc.png – the certificate's SMART Health Card QR code as a PNG image
export const GET = certificateFileRoute("shc.png");

import { certificateFileRoute } from "@/lib/certificate-file-route";

export const dynamic = "force-dynamic";

// GET /api/v1/certificates/{certificateId}/qr.png – the certificate's QR code as a PNG image
export const GET = certificateFileRoute("qr.png");

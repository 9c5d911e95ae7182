import { certificateFileRoute } from "@/lib/certificate-file-route";

export const dynamic = "force-dynamic";

// GET /api/v1/certificates/{certificateId}/eu-dcc.png – the certificate's EU DCC QR code as a PNG image
export const GET = certificateFileRoute("eu-dcc.png");

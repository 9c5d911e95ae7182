import { certificateFileRoute } from "@/lib/certificate-file-route";

export const dynamic = "force-dynamic";

// GET /api/v1/certificates/{certificateId}/pdf – the printable A4 certificate
export const GET = certificateFileRoute("pdf");

import { certificateFileRoute } from "@/lib/certificate-file-route";

export const dynamic = "force-dynamic";

// GET /api/v1/certificates/{certificateId} – the signed credential (JSON), for its holder or an API client of its tenant
export const GET = certificateFileRoute("json");

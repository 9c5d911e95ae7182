import { publishedRules } from "@vax/core";
import { publicJson } from "@/lib/public-json";

export const dynamic = "force-dynamic";

// GET /api/v1/rules – the business rules verifiers judge by (EU rule format), kept for offline use until validUntil
export const GET = () => publicJson(() => publishedRules(), { maxAge: 60 });

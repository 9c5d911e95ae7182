import { platformTrustList } from "@vax/core";
import { publicJson } from "@/lib/public-json";

export const dynamic = "force-dynamic";

// GET /api/v1/trust-list – the issuers this verifier trusts, in the trust-list shape of docs/architecture.md
export const GET = () => publicJson(platformTrustList, { maxAge: 60 });

import { platformDscList } from "@vax/core";
import { publicJson } from "@/lib/public-json";

export const dynamic = "force-dynamic";

// GET /api/v1/dsc-list – the tenants' EU DCC Document Signer Certificates, as DCC verifiers import them
export const GET = () => publicJson(platformDscList, { maxAge: 60 });

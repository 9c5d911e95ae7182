import { publicVaccinationContext } from "@vax/core";
import { publicJson } from "@/lib/public-json";

// GET /credentials/vaccination/v1 – our JSON-LD context, at the exact URL credentials name
export const GET = () =>
  publicJson(async () => publicVaccinationContext(), { maxAge: 86_400, contentType: "application/ld+json" });

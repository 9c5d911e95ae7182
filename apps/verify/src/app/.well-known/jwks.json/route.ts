import { platformJwks } from "@vax/core";
import { publicJson } from "@/lib/public-json";

export const dynamic = "force-dynamic";

// GET /.well-known/jwks.json – every tenant's public keys that still verify
export const GET = () => publicJson(platformJwks, { contentType: "application/jwk-set+json", maxAge: 60 });

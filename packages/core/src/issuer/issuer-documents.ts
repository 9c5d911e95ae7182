import { type DidWebDocument, didWebDocument, jwks, type PublicJwk } from "@vax/credentials/keys";
import { vaccinationContext } from "@vax/credentials/w3c";
import { AppError } from "../errors";
import { publicBaseUrl, tenantBaseUrl } from "./issuer-urls";
import { publishedKeys } from "./published-keys";

/** The did:web DID document of a tenant's issuer, listing its VC keys that still verify. */
export const issuerDidDocument = async ({ slug }: { slug: string }): Promise<DidWebDocument> => {
  const [found] = await publishedKeys({ slug, uses: ["VC"] });
  if (!found) throw new AppError("NOT_FOUND", `No issuer ${slug}`);
  return didWebDocument({ publicBaseUrl: tenantBaseUrl(found.tenant.slug), keys: found.keys });
};

/**
 * The platform's JSON Web Key Set: every active tenant's W3C and SMART Health Card keys that still
 * verify. The EU DCC keys are published as certificates, in the DSC list.
 */
export const platformJwks = async (): Promise<{ keys: PublicJwk[] }> => {
  const tenants = await publishedKeys({ uses: ["VC", "SHC"] });
  return jwks({ keys: tenants.flatMap(({ keys }) => keys) });
};

/** Our vaccination JSON-LD context, with its terms under the public base URL credentials name. */
export const publicVaccinationContext = (): Record<string, unknown> => vaccinationContext(publicBaseUrl());

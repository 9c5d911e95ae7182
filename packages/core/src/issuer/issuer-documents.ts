import { type DidWebDocument, didWebDocument, type JwksKey, jwks } from "@vax/credentials/keys";
import { vaccinationContext } from "@vax/credentials/w3c";
import { AppError } from "../errors";
import { shcCrlVersions } from "../revocation-lists/shc-crl-version";
import { publicBaseUrl, tenantBaseUrl } from "./issuer-urls";
import { publishedKeys, type TPublishedTenantKey, type TPublishingTenant } from "./published-keys";

/** The did:web DID document of a tenant's issuer, listing its VC keys that still verify. */
export const issuerDidDocument = async ({ slug }: { slug: string }): Promise<DidWebDocument> => {
  const [found] = await publishedKeys({ slug, uses: ["VC"] });
  if (!found) throw new AppError("NOT_FOUND", `No issuer ${slug}`);
  return didWebDocument({ publicBaseUrl: tenantBaseUrl(found.tenant.slug), keys: found.keys });
};

// Every SMART Health Card key has a CRL (empty while nothing it signed is withdrawn), so each carries its version.
const tenantJwks = (
  { tenant, keys }: { tenant: TPublishingTenant; keys: TPublishedTenantKey[] },
  versions: Map<string, number>,
): JwksKey[] => jwks({ keys, crlVersion: (key) => (key.use === "SHC" ? versions.get(tenant.id) : undefined) }).keys;

/**
 * The platform's JSON Web Key Set: every active tenant's W3C and SMART Health Card keys that still
 * verify, each SHC key with its CRL's version. The EU DCC keys are published as certificates, in the DSC list.
 */
export const platformJwks = async (): Promise<{ keys: JwksKey[] }> => {
  const tenants = await publishedKeys({ uses: ["VC", "SHC"] });
  const versions = await shcCrlVersions(tenants.map(({ tenant }) => tenant.id));
  return { keys: tenants.flatMap((tenant) => tenantJwks(tenant, versions)) };
};

/**
 * The JSON Web Key Set of a tenant as a SMART Health Card issuer, served at `{iss}/.well-known/jwks.json` where
 * the spec has verifiers look: its SHC keys that still verify, each with its CRL's version.
 */
export const issuerJwks = async ({ slug }: { slug: string }): Promise<{ keys: JwksKey[] }> => {
  const [found] = await publishedKeys({ slug, uses: ["SHC"] });
  if (!found) throw new AppError("NOT_FOUND", `No issuer ${slug}`);
  return { keys: tenantJwks(found, await shcCrlVersions([found.tenant.id])) };
};

/** Our vaccination JSON-LD context, with its terms under the public base URL credentials name. */
export const publicVaccinationContext = (): Record<string, unknown> => vaccinationContext(publicBaseUrl());

import { createHash } from "node:crypto";
import { dscList } from "@vax/credentials/keys";
import { publishedKeys } from "./published-keys";

/**
 * One Document Signer Certificate, in the EU DCC gateway's and WHO GDHCN's trust-list shape: the kid, country,
 * type and DER (base64) every importer reads, and the SHA-256 thumbprint (hex) the gateways add to find it by.
 */
export type TDscListEntry = {
  kid: string;
  country: string;
  certificateType: "DSC";
  rawData: string;
  thumbprint: string;
};

const thumbprintOf = (base64Der: string) => createHash("sha256").update(Buffer.from(base64Der, "base64")).digest("hex");

/**
 * The Document Signer Certificates of every active tenant that still verify (pending, active and
 * retired), as DCC verifiers import them; a revoked key's certificate leaves the list at once.
 */
export const platformDscList = async (): Promise<TDscListEntry[]> => {
  const tenants = await publishedKeys({ uses: ["EU_DCC"] });
  const lists = await Promise.all(
    tenants.map(async ({ tenant, keys }) => {
      const certificates = keys.flatMap((key) =>
        key.certificatePem ? [{ certificate: key.certificatePem, status: key.status }] : [],
      );
      const entries = await dscList({ certificates });
      return entries.map(({ kid, certificate }) => ({
        kid,
        country: tenant.country,
        certificateType: "DSC" as const,
        rawData: certificate,
        thumbprint: thumbprintOf(certificate),
      }));
    }),
  );
  return lists.flat();
};

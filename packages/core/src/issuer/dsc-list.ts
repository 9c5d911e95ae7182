import { dscList } from "@vax/credentials/keys";
import { publishedKeys } from "./published-keys";

/** One Document Signer Certificate, in the EU DCC gateway's and WHO GDHCN's trust-list shape. */
export type TDscListEntry = { kid: string; country: string; certificateType: "DSC"; rawData: string };

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
      }));
    }),
  );
  return lists.flat();
};

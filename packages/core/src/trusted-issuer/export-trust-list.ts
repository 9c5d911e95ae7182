import type { TrustList } from "@vax/credentials/verify";
import { platformDscList, type TDscListEntry } from "../issuer/dsc-list";
import { platformTrustList } from "../issuer/trust-list";
import type { TActor } from "../shared/actor";
import { trustOwnerOf } from "./trust-scope";

/** Options for {@link exportTrustList} and {@link exportDscList}. */
export type ExportTrustOptions = { actor: TActor };

/**
 * The whole trust list the verifier uses, in our format: the platform's tenants and every active trusted issuer,
 * for an admin to keep or to load into another verifier (it is public at the verify app too).
 */
export const exportTrustList = async ({ actor }: ExportTrustOptions): Promise<TrustList> => {
  trustOwnerOf(actor);
  return platformTrustList();
};

/** Our own issuers' Document Signer Certificates as an EU DCC / WHO GDHCN DSC list, for another country to import. */
export const exportDscList = async ({ actor }: ExportTrustOptions): Promise<TDscListEntry[]> => {
  trustOwnerOf(actor);
  return platformDscList();
};

import { createRevocationListLookup, type StatusLookup } from "@vax/credentials/verify";
import { AppError } from "../errors";
import { publicBaseUrl } from "../issuer/issuer-urls";
import { dccRevocationList } from "./dcc-revocation-distribution";
import { shcRevocationList } from "./shc-revocation-list";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const notFoundAsUndefined = (error: unknown) => {
  if (error instanceof AppError && error.code === "NOT_FOUND") return undefined;
  throw error;
};

/**
 * Answers the revocation of the platform's EU DCCs and SMART Health Cards from the lists it publishes for them,
 * the same lists a verifier app downloads, so that the online check and an offline one agree. A DCC of a kid
 * or a card of an `iss` the platform does not publish is not covered.
 */
export const publishedRevocationLookup = (): StatusLookup => {
  const ours = new RegExp(`^${escapeRegExp(publicBaseUrl())}/tenants/([^/]+)$`);
  return createRevocationListLookup({
    fetchDccList: (kid) => dccRevocationList({ kid }).catch(notFoundAsUndefined),
    fetchShcCrl: async (iss, kid) => {
      const slug = ours.exec(iss)?.[1];
      if (slug === undefined) return undefined;
      return shcRevocationList({ slug: decodeURIComponent(slug), kid }).catch(notFoundAsUndefined);
    },
  });
};

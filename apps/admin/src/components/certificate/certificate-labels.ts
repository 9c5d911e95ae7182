import type { TCertificateDetails, TCertificateDose, TCertificateSearchKind } from "@vax/core";
import type { TIdentityType } from "@vax/core/schemas";
import { getTranslations } from "next-intl/server";

type CertificateStatus = TCertificateDetails["status"];
type CertificateFormat = TCertificateDetails["format"];
type EventSource = NonNullable<TCertificateDose["source"]>;
type Gender = TCertificateDetails["recipient"]["gender"];
type KeyStatus = NonNullable<TCertificateDetails["signingKey"]>["status"];

/**
 * How the certificate pages name each status, format, source of a dose, gender, identity document,
 * signing key status and kind of search, in the page's language.
 */
export const certificateLabels = async () => {
  const t = await getTranslations("CertificateLabels");
  const status: Record<CertificateStatus, string> = {
    ACTIVE: t("statusActive"),
    REVOKED: t("statusRevoked"),
    SUSPENDED: t("statusSuspended"),
    SUPERSEDED: t("statusSuperseded"),
  };
  const format: Record<CertificateFormat, string> = {
    W3C_VC: t("formatW3cVc"),
    DIVOC: t("formatDivoc"),
    EU_DCC: t("formatEuDcc"),
    SHC: t("formatShc"),
  };
  const source: Record<EventSource, string> = {
    FACILITY_APP: t("sourceFacilityApp"),
    CERTIFY_API: t("sourceCertifyApi"),
    BULK_UPLOAD: t("sourceBulkUpload"),
  };
  const gender: Record<Gender, string> = {
    MALE: t("genderMale"),
    FEMALE: t("genderFemale"),
    OTHER: t("genderOther"),
  };
  const identityType: Record<TIdentityType, string> = {
    AADHAAR: t("identityAadhaar"),
    PASSPORT: t("identityPassport"),
    DRIVING_LICENCE: t("identityDrivingLicence"),
    VOTER_ID: t("identityVoterId"),
    OTHER: t("identityOther"),
  };
  const keyStatus: Record<KeyStatus, string> = {
    PENDING: t("keyPending"),
    ACTIVE: t("keyActive"),
    RETIRED: t("keyRetired"),
    REVOKED: t("keyRevoked"),
  };
  const searchKind: Record<TCertificateSearchKind, string> = {
    certificateId: t("searchCertificateId"),
    mobile: t("searchMobile"),
    identityNumber: t("searchIdentityNumber"),
    name: t("searchName"),
  };
  return { status, format, source, gender, identityType, keyStatus, searchKind };
};

import type { Prisma } from "@vax/db";
import { normaliseCertificateId } from "../certification/certificate-id";
import { normaliseIdentityNumber, normaliseMobile } from "../schemas/recipient";

/** What a search text was read as. */
export type TCertificateSearchKind = "certificateId" | "mobile" | "identityNumber" | "name";

/** The values a search text stands for, by kind; a text can stand for more than one. */
export type TCertificateSearchTerms = Partial<Record<TCertificateSearchKind, string>>;

const MOBILE = /^\d{10}$/;
// The widest identity number any document type allows (see the recipient schema).
const IDENTITY_NUMBER = /^[A-Z0-9/]{4,30}$/;

/**
 * Reads one search box: a certificate id as typed (any case, with or without dashes), a 10-digit
 * mobile, an identity number (exact), or, for text without digits, a name. Ambiguous text keeps
 * every reading, because a 12-digit Aadhaar number can also pass a certificate id's check
 * character and a 10-digit number can be an identity number.
 */
export const certificateSearchTerms = (text: string): TCertificateSearchTerms => {
  const typed = text.trim().replace(/\s+/g, " ");
  if (!typed) return {};
  const terms: TCertificateSearchTerms = {};
  const certificateId = normaliseCertificateId(typed);
  if (certificateId) terms.certificateId = certificateId;
  const mobile = normaliseMobile(typed);
  if (MOBILE.test(mobile)) terms.mobile = mobile;
  if (/\d/.test(typed)) {
    const identityNumber = normaliseIdentityNumber(typed);
    if (IDENTITY_NUMBER.test(identityNumber)) terms.identityNumber = identityNumber;
  } else {
    terms.name = typed;
  }
  return terms;
};

/** The alternatives of a Prisma `OR` that finds the recipients the mobile and identity terms stand for. */
export const recipientSearchWhere = (terms: TCertificateSearchTerms): Prisma.RecipientWhereInput[] => [
  ...(terms.mobile ? [{ mobile: terms.mobile }] : []),
  ...(terms.identityNumber ? [{ identityNumber: terms.identityNumber }] : []),
];

import { prisma } from "@vax/db";
import { ZCitizenMobile } from "../schemas/citizen";
import { citizenPersonInclude, citizenPersonView, type TCitizenPerson } from "./citizen-certificate-view";
import { storedMobileForms } from "./mobile-number";

/** Options for {@link listCitizenCertificates}: the signed-in citizen's number. */
export type ListCitizenCertificatesOptions = { mobile: string };

/**
 * Every person registered on a mobile number, in any tenant, with every certificate they have,
 * current ones first. A number with nobody on it gets an empty list, like any other.
 */
export const listCitizenCertificates = async ({
  mobile,
}: ListCitizenCertificatesOptions): Promise<TCitizenPerson[]> => {
  const normalised = ZCitizenMobile.parse(mobile);
  const recipients = await prisma.recipient.findMany({
    where: { mobile: { in: storedMobileForms(normalised) } },
    include: citizenPersonInclude,
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
  });
  return recipients.map(citizenPersonView);
};

import { prisma } from "@vax/db";
import { ZCitizenMobile } from "../schemas/citizen";
import {
  citizenCorrectionRequestView,
  correctionRequestInclude,
  type TCitizenCorrectionRequest,
} from "./correction-request-view";

/** Options for {@link listCitizenCorrectionRequests}: the signed-in citizen's number. */
export type ListCitizenCorrectionRequestsOptions = { mobile: string };

// A citizen has at most a handful open and ten a day; a page of the latest is all the portal shows.
const LATEST = 50;

/** The correction requests a citizen made, newest first, each with its state and outcome. */
export const listCitizenCorrectionRequests = async ({
  mobile,
}: ListCitizenCorrectionRequestsOptions): Promise<TCitizenCorrectionRequest[]> => {
  const rows = await prisma.correctionRequest.findMany({
    where: { requestedBy: ZCitizenMobile.parse(mobile) },
    include: correctionRequestInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LATEST,
  });
  return rows.map(citizenCorrectionRequestView);
};

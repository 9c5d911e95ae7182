import type { Prisma } from "@vax/db";
import { maskedMobile } from "../citizen/mobile-number";

/** One piece of feedback as the admin portal lists it. */
export type TFeedbackView = {
  id: string;
  createdAt: string;
  rating: number | null;
  message: string;
  facility: { id: string; name: string } | null;
  /** The printed id of the certificate whose vaccination it is about. */
  certificateId: string | null;
  programmeName: string | null;
  dose: number | null;
  /** The citizen's number, masked as the audit log shows it. */
  from: string | null;
};

/** What a feedback query must include for {@link feedbackView}. */
export const feedbackInclude = {
  facility: { select: { id: true, name: true } },
  certificate: { select: { certificateId: true, dose: true, programme: { select: { name: true } } } },
} satisfies Prisma.FeedbackInclude;

type TFeedbackRow = Prisma.FeedbackGetPayload<{ include: typeof feedbackInclude }>;

/** Maps a feedback row to its view. */
export const feedbackView = (row: TFeedbackRow): TFeedbackView => ({
  id: row.id,
  createdAt: row.createdAt.toISOString(),
  rating: row.rating,
  message: row.message,
  facility: row.facility,
  certificateId: row.certificate?.certificateId ?? null,
  programmeName: row.certificate?.programme.name ?? null,
  dose: row.certificate?.dose ?? null,
  from: row.mobile ? maskedMobile(row.mobile) : null,
});

import type { PreEnrolmentStatus, Prisma } from "@vax/db";

/** A pre-enrolment as the admin portal and the API show it. */
export type TPreEnrolmentView = {
  id: string;
  code: string;
  status: PreEnrolmentStatus;
  programme: { id: string; name: string };
  facility: { id: string; name: string } | null;
  /** YYYY-MM-DD, or null without an appointment. */
  appointmentDate: string | null;
  recipient: { id: string; name: string; identityType: string; identityNumber: string; mobile: string };
  createdAt: Date;
};

/** What every pre-enrolment query includes, so that each one can be shaped by {@link preEnrolmentView}. */
export const preEnrolmentInclude = {
  programme: { select: { id: true, name: true } },
  facility: { select: { id: true, name: true } },
  recipient: { select: { id: true, name: true, identityType: true, identityNumber: true, mobile: true } },
} as const satisfies Prisma.PreEnrolmentInclude;

type StoredPreEnrolment = Prisma.PreEnrolmentGetPayload<{ include: typeof preEnrolmentInclude }>;

/** Shapes a stored pre-enrolment, read with {@link preEnrolmentInclude}, for the API. */
export const preEnrolmentView = (row: StoredPreEnrolment): TPreEnrolmentView => ({
  id: row.id,
  code: row.code,
  status: row.status,
  programme: row.programme,
  facility: row.facility,
  appointmentDate: row.appointmentDate ? row.appointmentDate.toISOString().slice(0, 10) : null,
  recipient: row.recipient,
  createdAt: row.createdAt,
});

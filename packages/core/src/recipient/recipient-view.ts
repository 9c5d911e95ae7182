import type { Gender, PreEnrolmentStatus, Prisma } from "@vax/db";

/** A pre-enrolment of a recipient, by the code on their slip. */
export type TPreEnrolmentRef = { code: string; programmeId: string; programmeName: string; status: PreEnrolmentStatus };

/** A recipient as the facility app shows and caches them. */
export type TRecipientView = {
  id: string;
  name: string;
  /** YYYY-MM-DD, or null when only the age is known. */
  dateOfBirth: string | null;
  age: number | null;
  gender: Gender;
  identityType: string;
  identityNumber: string;
  mobile: string;
  email: string;
  nationality: string;
  country: string;
  preEnrolments: TPreEnrolmentRef[];
};

/** What every recipient query includes, so that each one can be shaped by {@link recipientView}. */
export const recipientInclude = {
  preEnrolments: {
    select: { code: true, programmeId: true, status: true, programme: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  },
} as const satisfies Prisma.RecipientInclude;

type StoredRecipient = Prisma.RecipientGetPayload<{ include: typeof recipientInclude }>;

/** Shapes a stored recipient, read with {@link recipientInclude}, for the API. */
export const recipientView = (recipient: StoredRecipient): TRecipientView => ({
  id: recipient.id,
  name: recipient.name,
  dateOfBirth: recipient.dateOfBirth ? recipient.dateOfBirth.toISOString().slice(0, 10) : null,
  age: recipient.age,
  gender: recipient.gender,
  identityType: recipient.identityType,
  identityNumber: recipient.identityNumber,
  mobile: recipient.mobile,
  email: recipient.email,
  nationality: recipient.nationality,
  country: recipient.country,
  preEnrolments: recipient.preEnrolments.map(({ code, programmeId, status, programme }) => ({
    code,
    programmeId,
    programmeName: programme.name,
    status,
  })),
});

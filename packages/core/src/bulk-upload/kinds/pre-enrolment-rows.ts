import { prisma } from "@vax/db";
import { createPreEnrolmentIn, PRE_ENROLMENT_DUPLICATES } from "../../pre-enrolment/create-pre-enrolment";
import { type TPreEnrolment, ZPreEnrolmentInput } from "../../schemas/pre-enrolment";
import { cell, duplicateReason } from "../bulk-row";
import type { TRecordKind } from "../process-record-rows";

// The pre-enrolment a row names: by its code, or, without one, the person's open pre-enrolment in the
// programme (the rule that allows only one), so that a re-upload of a file without codes makes none.
const existingPreEnrolment = async (tenantId: string, input: TPreEnrolment) => {
  if (input.code) {
    const byCode = await prisma.preEnrolment.findUnique({
      where: { tenantId_code: { tenantId, code: input.code } },
      select: { id: true },
    });
    return byCode?.id ?? null;
  }
  const open = await prisma.preEnrolment.findFirst({
    where: {
      tenantId,
      programmeId: input.programmeId,
      status: "OPEN",
      recipient: { identityType: input.recipient.identityType, identityNumber: input.recipient.identityNumber },
    },
    select: { id: true },
  });
  return open?.id ?? null;
};

/** Pre-enrolments from a CSV, checked and created as the pre-enrolment form and API do; the code is the natural key. */
export const preEnrolmentRows: TRecordKind<TPreEnrolment> = {
  input: (cells, refs) => {
    const programme = cell(cells, "programme");
    const facility = cell(cells, "facility");
    return {
      code: cell(cells, "code"),
      programmeId: programme ? refs.programmeId(programme) : undefined,
      facilityId: facility ? refs.facilityId(facility) : null,
      appointmentDate: cell(cells, "appointmentDate"),
      recipient: {
        name: cell(cells, "name"),
        dateOfBirth: cell(cells, "dateOfBirth"),
        age: cell(cells, "age"),
        gender: cell(cells, "gender")?.toUpperCase(),
        identityType: cell(cells, "identityType")?.toUpperCase(),
        identityNumber: cell(cells, "identityNumber"),
        mobile: cell(cells, "mobile"),
        email: cell(cells, "email"),
        nationality: cell(cells, "nationality"),
        country: cell(cells, "country"),
      },
    };
  },
  schema: ZPreEnrolmentInput,
  existing: existingPreEnrolment,
  prepare: async (input) => input,
  create: async (tx, actor, input) => (await createPreEnrolmentIn(tx, { actor, input })).id,
  duplicate: duplicateReason(PRE_ENROLMENT_DUPLICATES),
};

import type { CorrectionStatus, Prisma } from "@vax/db";
import { correctableRecord, correctableRecordSelect } from "../certificate/correctable-record";
import {
  correctableFieldLabels,
  type TCorrectableField,
  type TRequestedChange,
  ZRequestedChange,
} from "../schemas/correction-request";

/** One change a request asks for: the field, as people read it, and the right value the citizen gave. */
export type TCorrectionChangeView = { field: TCorrectableField; label: string; value: string };

/** A correction request as the citizen who made it sees it. */
export type TCitizenCorrectionRequest = {
  id: string;
  /** The printed id of the certificate the request is about. */
  certificateId: string;
  recipientName: string;
  programmeName: string;
  dose: number;
  changes: TCorrectionChangeView[];
  note: string;
  status: CorrectionStatus;
  /** Why it was refused, for a rejected request. */
  rejectionReason: string | null;
  /** The printed id of the corrected certificate, for an approved request. */
  newCertificateId: string | null;
  createdAt: string;
  decidedAt: string | null;
};

/** One change as the admin queue shows it, beside what the certificate says now. */
export type TCorrectionChangeReview = TCorrectionChangeView & { current: string };

/** A correction request in the admin queue. */
export type TCorrectionRequestView = Omit<TCitizenCorrectionRequest, "changes"> & {
  changes: TCorrectionChangeReview[];
  /** The certificate's current status, which an approval needs to be ACTIVE. */
  certificateStatus: string;
  /** The citizen's number, masked as the audit log shows it. */
  requestedBy: string;
  decidedBy: string | null;
};

/** What a correction request query must include for the views. */
export const correctionRequestInclude = {
  certificate: {
    select: {
      certificateId: true,
      status: true,
      dose: true,
      programme: { select: { name: true } },
      ...correctableRecordSelect,
    },
  },
  resultCertificate: { select: { certificateId: true } },
  decidedBy: { select: { name: true } },
} satisfies Prisma.CorrectionRequestInclude;

/** A correction request row with what the views need. */
export type TCorrectionRequestRow = Prisma.CorrectionRequestGetPayload<{ include: typeof correctionRequestInclude }>;

/** The changes stored on a request, read back through the schema that accepted them. */
export const storedChanges = (changes: unknown): TRequestedChange[] =>
  Array.isArray(changes) ? changes.flatMap((change) => ZRequestedChange.safeParse(change).data ?? []) : [];

const changeView = ({ field, value }: TRequestedChange): TCorrectionChangeView => ({
  field,
  label: correctableFieldLabels[field],
  value,
});

// What the certificate's records say today, for the admin to compare with the requested value.
const currentValue = ({ certificate }: TCorrectionRequestRow, field: TCorrectableField): string => {
  const { recipient, dose } = correctableRecord(certificate);
  const { addressLine, district, state, pincode } = recipient.address;
  const values: Record<TCorrectableField, () => string> = {
    name: () => recipient.name,
    dateOfBirth: () => recipient.dateOfBirth ?? "",
    gender: () => recipient.gender,
    nationality: () => recipient.nationality,
    identityType: () => recipient.identityType,
    identityNumber: () => recipient.identity,
    address: () => [addressLine, district, state, pincode].filter(Boolean).join(", "),
    vaccine: () => dose.vaccine.name,
    batch: () => dose.batch,
    vaccinationDate: () => dose.vaccinatedOn,
    facility: () => dose.facility.name,
  };
  return values[field]();
};

/** Maps a request to what its citizen sees. */
export const citizenCorrectionRequestView = (row: TCorrectionRequestRow): TCitizenCorrectionRequest => ({
  id: row.id,
  certificateId: row.certificate.certificateId,
  recipientName: row.certificate.recipient.name,
  programmeName: row.certificate.programme.name,
  dose: row.certificate.dose,
  changes: storedChanges(row.changes).map(changeView),
  note: row.reason,
  status: row.status,
  rejectionReason: row.rejectionReason,
  newCertificateId: row.resultCertificate?.certificateId ?? null,
  createdAt: row.createdAt.toISOString(),
  decidedAt: row.decidedAt?.toISOString() ?? null,
});

/** Maps a request to what the admin queue shows, each change beside the certificate's current value. */
export const correctionRequestView = (row: TCorrectionRequestRow, maskedRequester: string): TCorrectionRequestView => ({
  ...citizenCorrectionRequestView(row),
  changes: storedChanges(row.changes).map((change) => ({
    ...changeView(change),
    current: currentValue(row, change.field),
  })),
  certificateStatus: row.certificate.status,
  requestedBy: maskedRequester,
  decidedBy: row.decidedBy?.name ?? null,
});

import { prisma } from "@vax/db";
import { identifierOf } from "../certification/certificate-credential";
import { AppError } from "../errors";
import type { TRecordTestReport } from "../schemas/test-report";
import { type TActor, tenantOf } from "../shared/actor";
import { issueSchemaCredential } from "./issue-schema-credential";
import type { TSchemaCredentialView } from "./schema-credential-view";

/** Options for {@link recordTestReport}. */
export type RecordTestReportOptions = { actor: TActor; input: TRecordTestReport; now?: Date };

const GENDER = { MALE: "Male", FEMALE: "Female", OTHER: "Other" } as const;
// A sample taken a few minutes "ahead" on a device whose clock drifts is not a future sample.
const CLOCK_SKEW_MS = 5 * 60_000;

const dropUndefined = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));

/**
 * Records a COVID-19 test at the user's facility and issues its test report (the built-in
 * ProofOfTestCertificateCredential schema): the person from the stored recipient, the lab from the facility.
 * A replay of the same entry answers the report issued the first time.
 */
export const recordTestReport = async ({
  actor,
  input,
  now = new Date(),
}: RecordTestReportOptions): Promise<TSchemaCredentialView> => {
  const tenantId = tenantOf(actor);
  if (!actor.facilityId) {
    throw new AppError("FORBIDDEN", "Your account is not assigned to a facility, so it cannot record tests");
  }
  if (input.sampleCollectedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError("VALIDATION_FAILED", "The sample cannot be taken in the future", [
      { path: "sampleCollectedAt", message: "In the future" },
    ]);
  }
  if (input.resultAt && input.resultAt < input.sampleCollectedAt) {
    throw new AppError("VALIDATION_FAILED", "The result cannot come before the sample", [
      { path: "resultAt", message: "Before the sample was taken" },
    ]);
  }
  const [recipient, facility] = await Promise.all([
    prisma.recipient.findFirst({ where: { id: input.recipientId, tenantId } }),
    prisma.facility.findFirstOrThrow({ where: { id: actor.facilityId, tenantId } }),
  ]);
  if (!recipient) {
    throw new AppError("NOT_FOUND", "This recipient does not exist in your tenant", [
      { path: "recipientId", message: "No such recipient" },
    ]);
  }
  return issueSchemaCredential({
    actor,
    schema: { name: "test-report" },
    recipientId: recipient.id,
    idempotencyKey: `facility-app:${input.idempotencyKey}`,
    now,
    credentialSubject: dropUndefined({
      type: "TestedPerson",
      name: recipient.name,
      birthDate: recipient.dateOfBirth?.toISOString().slice(0, 10),
      gender: GENDER[recipient.gender],
      identifier: identifierOf(recipient.identityType, recipient.identityNumber),
      testType: input.testType,
      testName: input.testName || undefined,
      manufacturer: input.manufacturer || undefined,
      disease: "COVID-19",
      sampleCollectionTimestamp: input.sampleCollectedAt.toISOString(),
      resultTimestamp: input.resultAt?.toISOString(),
      result: input.result,
      facility: dropUndefined({
        name: facility.name,
        address: [facility.addressLine, facility.district, facility.state].filter(Boolean).join(", ") || undefined,
        country: facility.country,
      }),
    }),
  });
};

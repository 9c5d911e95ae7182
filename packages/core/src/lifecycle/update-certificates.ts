import { prisma } from "@vax/db";
import type { TCertifiedDose } from "../certification/certify-batch";
import { divocAddress, divocDoseRequest, loadCertifyCatalogue } from "../certification/divoc-dose-request";
import { divocGender, divocIdentity } from "../certification/divoc-identity";
import type { TDoseRequest } from "../certification/dose-request";
import { AppError, type TErrorDetail } from "../errors";
import type { TCertificationRequest } from "../schemas/certify";
import type { TCertificateCorrection } from "../schemas/lifecycle";
import { normalisePreEnrolmentCode } from "../schemas/pre-enrolment";
import { type TActor, tenantOf } from "../shared/actor";
import { correctCertificates, type TCorrectionRequest } from "./correct-certificates";

/** Options for {@link updateCertificates}. */
export type UpdateCertificatesOptions = { actor: TActor; requests: TCertificationRequest[]; now?: Date };

const UPDATE_REASON = "Updated by the certifying system through the certificate API";

// Every value a DIVOC update sends is the new value; the address only when it is sent at all.
const divocCorrection = (request: TCertificationRequest, dose: TDoseRequest): TCertificateCorrection => {
  const { recipient } = request;
  const { identityType, identityNumber } = divocIdentity(recipient.identity);
  return {
    recipient: {
      name: recipient.name,
      ...(recipient.dob ? { dateOfBirth: recipient.dob } : {}),
      ...(divocGender(recipient.gender) ? { gender: divocGender(recipient.gender) ?? undefined } : {}),
      nationality: recipient.nationality,
      identityType,
      identityNumber,
      ...(recipient.address ? { address: divocAddress(recipient.address) } : {}),
    },
    dose: {
      vaccineId: dose.vaccineId,
      batch: dose.batch,
      vaccinatedAt: request.vaccination.date,
      facilityId: dose.facilityId,
    },
  };
};

/**
 * DIVOC's certificate update: each request names a certificate by its pre-enrolment code and
 * `vaccination.dose`, and carries the new values of everything else. Each named certificate is
 * corrected (see {@link correctCertificates}), all or none; a row that names no certificate, or a
 * vaccine or facility the tenant does not know, is a row problem (UNPROCESSABLE) and nothing is
 * written. Answers like the certify API, with the new versions.
 */
export const updateCertificates = async ({
  actor,
  requests,
  now,
}: UpdateCertificatesOptions): Promise<TCertifiedDose[]> => {
  const tenantId = tenantOf(actor);
  if (actor.type !== "API_CLIENT" || !actor.id) throw new AppError("FORBIDDEN", "Only an API client may update");
  const catalogue = await loadCertifyCatalogue(tenantId, requests);
  const problems: TErrorDetail[] = [];
  const corrections: TCorrectionRequest[] = [];
  for (const [index, request] of requests.entries()) {
    const code = request.preEnrollmentCode;
    const preEnrolment = code ? catalogue.preEnrolments.get(normalisePreEnrolmentCode(code)) : undefined;
    if (!preEnrolment) {
      problems.push({
        path: `${index}.preEnrollmentCode`,
        message: code
          ? `No certificate was issued under pre-enrolment code ${code}`
          : "preEnrollmentCode names the certificate to update",
      });
      continue;
    }
    const mapped = divocDoseRequest({ catalogue, request, index, apiClientId: actor.id, idempotencyKey: null });
    if ("problems" in mapped) {
      problems.push(...mapped.problems);
      continue;
    }
    const { dose } = request.vaccination;
    const certificate = await prisma.certificate.findFirst({
      where: { tenantId, currentSlot: `${preEnrolment.recipientId}:${preEnrolment.programmeId}:${dose}:W3C_VC` },
      select: { certificateId: true },
    });
    if (!certificate) {
      problems.push({ path: `${index}.vaccination.dose`, message: `No certificate of dose ${dose} under ${code}` });
      continue;
    }
    corrections.push({ certificateId: certificate.certificateId, changes: divocCorrection(request, mapped.dose) });
  }
  if (problems.length) {
    throw new AppError("UNPROCESSABLE", `${problems.length} problem(s) in the update requests`, problems);
  }
  const corrected = await correctCertificates({ actor, corrections, reason: UPDATE_REASON, now });
  return corrected.map(({ certificate }, index) => ({
    certificateId: certificate.certificateId,
    preEnrollmentCode: requests[index]?.preEnrollmentCode ?? null,
    dose: certificate.dose,
    credential: certificate.credential,
    qr: certificate.qr,
  }));
};

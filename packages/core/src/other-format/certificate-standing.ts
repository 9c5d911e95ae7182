import type { CertificateStatus } from "@vax/db";
import { AppError } from "../errors";

const WHY: Record<Exclude<CertificateStatus, "ACTIVE">, string> = {
  REVOKED: "This certificate was revoked, so it has no downloads",
  SUSPENDED: "This certificate is suspended, so it has no downloads until it is reinstated",
  SUPERSEDED: "This certificate was replaced by a corrected version, so it has no downloads; download the current one",
};

/** Refuses, saying why, to hand out a certificate that is not active: a revoked, suspended or superseded one. */
export const requireActiveCertificate = (certificate: { status: CertificateStatus; statusReason: string | null }) => {
  if (certificate.status === "ACTIVE") return;
  const reason = certificate.statusReason ? ` (${certificate.statusReason})` : "";
  throw new AppError("UNPROCESSABLE", `${WHY[certificate.status]}${reason}`, [
    { path: "status", message: certificate.status },
  ]);
};

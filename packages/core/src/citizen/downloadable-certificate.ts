import type { CertificateStatus } from "@vax/db";
import { certificateVersions } from "../certificate/certificate-versions";
import { AppError } from "../errors";
import type { TReadableCertificate } from "./readable-certificate";

/** Why a certificate that is not active has no downloads, in words its holder reads. */
export const WHY_WITHHELD: Record<Exclude<CertificateStatus, "ACTIVE">, string> = {
  REVOKED: "This certificate was revoked, so it has no downloads",
  SUSPENDED: "This certificate is suspended, so it has no downloads until it is reinstated",
  SUPERSEDED: "This certificate was replaced by a corrected version, so it has no downloads; download the current one",
};

// A corrected version may itself be corrected: the one to download is the last of the chain.
const currentVersionId = async (certificate: TReadableCertificate): Promise<string | null> => {
  const latest = (await certificateVersions({ tenantId: certificate.tenantId, certificate })).at(-1);
  return latest && latest.id !== certificate.id ? latest.certificateId : null;
};

/**
 * Refuses, saying why, to hand out a certificate that is not active in any form: a copy of a revoked,
 * suspended or superseded one would be paper that no longer verifies. A superseded one names the
 * version that replaced it (`details` path `currentCertificateId`), so the holder downloads that one.
 */
export const requireDownloadableCertificate = async (certificate: TReadableCertificate): Promise<void> => {
  if (certificate.status === "ACTIVE") return;
  const reason = certificate.statusReason ? ` (${certificate.statusReason})` : "";
  const details = [{ path: "status", message: certificate.status }];
  const current = certificate.status === "SUPERSEDED" ? await currentVersionId(certificate) : null;
  if (!current) throw new AppError("UNPROCESSABLE", `${WHY_WITHHELD[certificate.status]}${reason}`, details);
  throw new AppError("UNPROCESSABLE", `${WHY_WITHHELD[certificate.status]}, ${current}${reason}`, [
    ...details,
    { path: "currentCertificateId", message: current },
  ]);
};

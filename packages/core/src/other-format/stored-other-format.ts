import { type DatabaseTransaction, prisma } from "@vax/db";
import { issuedCredential } from "../certification/issued-credential";
import { requireDownloadableCertificate } from "../citizen/downloadable-certificate";
import type { TReadableCertificate } from "../citizen/readable-certificate";
import { isUniqueViolation } from "../shared/unique-violation";
import { issueCertificateDcc } from "./issue-certificate-dcc";
import { issueCertificateShc } from "./issue-certificate-shc";
import type { TIssuedOtherFormat } from "./issued-other-format";
import { otherFormatSource } from "./other-format-source";

/** The formats a certificate is also given in, as their routes name them. */
export const otherFormats = ["eu-dcc", "shc"] as const;

/** One of {@link otherFormats}. */
export type TOtherFormat = (typeof otherFormats)[number];

const STORED_FORMAT = { "eu-dcc": "EU_DCC", shc: "SHC" } as const;

/** Options for {@link storedOtherFormat}. */
export type StoredOtherFormatOptions = {
  certificate: TReadableCertificate;
  format: TOtherFormat;
  /** Written in the transaction that stores a newly issued one, or on its own when it was stored before. */
  record: (tx: DatabaseTransaction, issued: boolean) => Promise<unknown>;
  now?: Date;
};

const issue = async (certificate: TReadableCertificate, format: TOtherFormat, now: Date) => {
  const source = await otherFormatSource(certificate.tenantId, issuedCredential(certificate).credential);
  const subject = {
    certificateId: certificate.certificateId,
    dose: certificate.dose,
    tenant: { id: certificate.tenantId, ...certificate.tenant },
    programme: certificate.programme,
  };
  return format === "eu-dcc"
    ? issueCertificateDcc({ certificate: subject, source, now })
    : issueCertificateShc({ certificate: subject, source, now });
};

const find = (certificateId: string, format: TOtherFormat) =>
  prisma.otherFormatCertificate.findUnique({
    where: { certificateId_format: { certificateId, format: STORED_FORMAT[format] } },
    select: { id: true, qr: true, expiresAt: true, signingKey: { select: { status: true } } },
  });

const columns = (fresh: TIssuedOtherFormat, now: Date) => ({
  qr: fresh.qr,
  revocationId: fresh.revocationId,
  signingKeyId: fresh.signingKeyId,
  issuedAt: now,
  expiresAt: fresh.expiresAt,
});

/**
 * The QR text of an active certificate in another format. The first download issues it and stores
 * it, and every later one gets the same text, so each format has one QR per certificate; it is
 * issued again only once it expired or its key was revoked, when the old one no longer verifies.
 * Two first downloads at once both sign, one is stored, and both answer with the stored one.
 */
export const storedOtherFormat = async ({
  certificate,
  format,
  record,
  now = new Date(),
}: StoredOtherFormatOptions): Promise<{ qr: string }> => {
  await requireDownloadableCertificate(certificate);
  const stored = await find(certificate.id, format);
  if (stored && stored.signingKey.status !== "REVOKED" && (!stored.expiresAt || stored.expiresAt > now)) {
    await record(prisma, false);
    return { qr: stored.qr };
  }
  const fresh = await issue(certificate, format, now);
  try {
    const written = await prisma.$transaction(async (tx) => {
      if (stored) {
        // Only over the row read above: a concurrent download that replaced it first wins.
        const { count } = await tx.otherFormatCertificate.updateMany({
          where: { id: stored.id, qr: stored.qr },
          data: columns(fresh, now),
        });
        if (count === 0) return false;
      } else {
        await tx.otherFormatCertificate.create({
          data: {
            tenantId: certificate.tenantId,
            certificateId: certificate.id,
            format: STORED_FORMAT[format],
            ...columns(fresh, now),
          },
        });
      }
      await record(tx, true);
      return true;
    });
    if (written) return { qr: fresh.qr };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const winner = await find(certificate.id, format);
  if (!winner) throw new Error("The certificate's other format was stored by a concurrent download and then vanished");
  await record(prisma, false);
  return { qr: winner.qr };
};

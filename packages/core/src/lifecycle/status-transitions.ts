import type { CertificateStatus, StatusPurpose } from "@vax/db";

/** A change of a certificate's status a caller can ask for; `lift` is a suspension ending by itself. */
export type TStatusChangeKind = "revoke" | "suspend" | "reinstate" | "lift";

/** What a change does: the new status, the suspension's end, the bits to set or clear, and the audit action. */
export type TStatusChange = {
  to: CertificateStatus;
  suspendedUntil: Date | null;
  bits: Array<{ purpose: StatusPurpose; value: boolean }>;
  action: string;
};

/** The certificate as the rules see it. */
export type TStatusChangeSubject = {
  certificateId: string;
  status: CertificateStatus;
  suspendedUntil: Date | null;
  /** The version that superseded it, when one did. */
  successorId: string | null;
};

const superseded = (subject: TStatusChangeSubject, what: string) =>
  `Certificate ${subject.certificateId} was superseded by a corrected version${
    subject.successorId ? ` (${subject.successorId})` : ""
  }; a superseded certificate cannot be ${what}, change the current version instead`;

const revoked = (subject: TStatusChangeSubject, what: string) =>
  `Certificate ${subject.certificateId} is revoked; a revoked certificate cannot be ${what}`;

const suspendedText = (subject: TStatusChangeSubject) =>
  subject.suspendedUntil ? `suspended until ${subject.suspendedUntil.toISOString()}` : "suspended until reinstated";

/**
 * Decides a change of status, or says why it is refused: revoke from ACTIVE or SUSPENDED (which
 * clears the suspension bit, the revocation now saying it all); suspend only an ACTIVE certificate;
 * reinstate, or lift, only a SUSPENDED one. Nothing leaves REVOKED or SUPERSEDED.
 */
export const decideStatusChange = (
  kind: TStatusChangeKind,
  subject: TStatusChangeSubject,
  until: Date | null = null,
): TStatusChange | { refusal: string } => {
  const { status } = subject;
  if (kind === "revoke") {
    if (status === "REVOKED") return { refusal: `Certificate ${subject.certificateId} is already revoked` };
    if (status === "SUPERSEDED") return { refusal: superseded(subject, "revoked") };
    return {
      to: "REVOKED",
      suspendedUntil: null,
      bits: [
        { purpose: "REVOCATION", value: true },
        ...(status === "SUSPENDED" ? [{ purpose: "SUSPENSION" as const, value: false }] : []),
      ],
      action: "certificate.revoked",
    };
  }
  if (kind === "suspend") {
    if (status === "REVOKED") return { refusal: revoked(subject, "suspended") };
    if (status === "SUPERSEDED") return { refusal: superseded(subject, "suspended") };
    if (status === "SUSPENDED") {
      return {
        refusal: `Certificate ${subject.certificateId} is already ${suspendedText(subject)}; reinstate it before suspending it again`,
      };
    }
    return {
      to: "SUSPENDED",
      suspendedUntil: until,
      bits: [{ purpose: "SUSPENSION", value: true }],
      action: "certificate.suspended",
    };
  }
  if (status === "REVOKED") return { refusal: revoked(subject, "reinstated") };
  if (status === "SUPERSEDED") return { refusal: superseded(subject, "reinstated") };
  if (status !== "SUSPENDED") {
    return {
      refusal: `Certificate ${subject.certificateId} is not suspended; only a suspended certificate can be reinstated`,
    };
  }
  return {
    to: "ACTIVE",
    suspendedUntil: null,
    bits: [{ purpose: "SUSPENSION", value: false }],
    action: kind === "lift" ? "certificate.suspension-ended" : "certificate.reinstated",
  };
};

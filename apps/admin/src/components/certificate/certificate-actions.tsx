"use client";

import type { TCertificateDetails } from "@vax/core";
import Link from "next/link";
import { ConfirmAction } from "@/components/confirm-action";

/** Props of {@link CertificateActions}: the certificate, and which of its steps the signed-in role may take. */
export type CertificateActionsProps = {
  certificate: Pick<TCertificateDetails, "certificateId" | "status">;
  canCorrect: boolean;
  canRevoke: boolean;
};

const REASON = "Reason (kept in the certificate's history)";

/**
 * The steps a certificate's status allows: correct or suspend an active one, reinstate a suspended
 * one, revoke either. A superseded or revoked certificate has none: its history links the version
 * that replaced it.
 */
export const CertificateActions = ({ certificate, canCorrect, canRevoke }: CertificateActionsProps) => {
  const { certificateId, status } = certificate;
  const url = (step: string) => `/api/v1/certificates/${certificateId}/${step}`;
  const current = status === "ACTIVE" || status === "SUSPENDED";
  if (!current || !(canCorrect || canRevoke)) return null;
  return (
    <div className="mb-6 flex flex-wrap items-start gap-2">
      {canCorrect && status === "ACTIVE" ? (
        <Link
          href={`/certificates/${certificateId}/correct`}
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          Correct
        </Link>
      ) : null}
      {canRevoke && status === "ACTIVE" ? (
        <ConfirmAction
          label="Suspend"
          consequence="The certificate will fail verification as suspended until you reinstate it, or until the day you choose passes. The holder keeps it."
          url={url("suspend")}
          reasonLabel={REASON}
          untilLabel="Suspended until (optional)"
        />
      ) : null}
      {canRevoke && status === "SUSPENDED" ? (
        <ConfirmAction
          label="Reinstate"
          consequence="The suspension ends now and the certificate verifies as valid again."
          url={url("reinstate")}
          variant="primary"
          reasonLabel={REASON}
        />
      ) : null}
      {canRevoke ? (
        <ConfirmAction
          label="Revoke"
          consequence="The certificate will fail verification as revoked, everywhere it is checked. This cannot be undone: a mistake in it is fixed by a correction instead."
          url={url("revoke")}
          variant="danger"
          reasonLabel={REASON}
        />
      ) : null}
    </div>
  );
};

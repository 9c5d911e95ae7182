"use client";

import type { TCertificateDetails } from "@vax/core";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/confirm-action";

/** Props of {@link CertificateActions}: the certificate, and which of its steps the signed-in role may take. */
export type CertificateActionsProps = {
  certificate: Pick<TCertificateDetails, "certificateId" | "status">;
  canCorrect: boolean;
  canRevoke: boolean;
  /** A credential issued under a schema: suspended until reinstated, never corrected. */
  schemaCredential?: boolean;
};

/**
 * The steps a certificate's status allows: correct or suspend an active one, reinstate a suspended
 * one, revoke either. A superseded or revoked certificate has none: its history links the version
 * that replaced it.
 */
export const CertificateActions = ({
  certificate,
  canCorrect,
  canRevoke,
  schemaCredential,
}: CertificateActionsProps) => {
  const t = useTranslations("CertificateActions");
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
          {t("correct")}
        </Link>
      ) : null}
      {canRevoke && status === "ACTIVE" ? (
        <ConfirmAction
          label={t("suspend")}
          consequence={schemaCredential ? t("suspendCredentialConsequence") : t("suspendConsequence")}
          url={url("suspend")}
          reasonLabel={t("reason")}
          untilLabel={schemaCredential ? undefined : t("suspendedUntil")}
        />
      ) : null}
      {canRevoke && status === "SUSPENDED" ? (
        <ConfirmAction
          label={t("reinstate")}
          consequence={t("reinstateConsequence")}
          url={url("reinstate")}
          variant="primary"
          reasonLabel={t("reason")}
        />
      ) : null}
      {canRevoke ? (
        <ConfirmAction
          label={t("revoke")}
          consequence={schemaCredential ? t("revokeCredentialConsequence") : t("revokeConsequence")}
          url={url("revoke")}
          variant="danger"
          reasonLabel={t("reason")}
        />
      ) : null}
    </div>
  );
};

"use client";

import type { TSigningKeyView } from "@vax/core";
import { useTranslations } from "next-intl";
import { ConfirmAction } from "@/components/confirm-action";

const invalidates = ["keys"];

/** The steps a key's status allows: activate a pending key, retire a signing one, revoke any but a revoked one. */
export const KeyActions = ({ signingKey }: { signingKey: TSigningKeyView }) => {
  const t = useTranslations("KeyActions");
  const url = (step: string) => `/api/v1/keys/${signingKey.id}/${step}`;
  const { status, kind } = signingKey;
  return (
    <div className="flex flex-wrap items-start gap-2">
      {status === "PENDING" ? (
        <ConfirmAction
          label={t("activate")}
          consequence={t("activateConsequence")}
          url={url("activate")}
          variant="primary"
          invalidates={invalidates}
        />
      ) : null}
      {status === "ACTIVE" || status === "PENDING" ? (
        <ConfirmAction
          label={t("retire")}
          consequence={status === "ACTIVE" ? t("retireActiveConsequence") : t("retirePendingConsequence")}
          url={url("retire")}
          invalidates={invalidates}
        />
      ) : null}
      {status !== "REVOKED" ? (
        <ConfirmAction
          label={t("revoke")}
          consequence={kind === "CSCA" ? t("revokeCscaConsequence") : t("revokeConsequence")}
          url={url("revoke")}
          variant="danger"
          reasonLabel={t("revokeReason")}
          invalidates={invalidates}
        />
      ) : null}
    </div>
  );
};

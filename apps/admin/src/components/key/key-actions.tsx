"use client";

import type { TSigningKeyView } from "@vax/core";
import { ConfirmAction } from "@/components/confirm-action";

const invalidates = ["keys"];

/** The steps a key's status allows: activate a pending key, retire a signing one, revoke any but a revoked one. */
export const KeyActions = ({ signingKey }: { signingKey: TSigningKeyView }) => {
  const url = (step: string) => `/api/v1/keys/${signingKey.id}/${step}`;
  const { status, kind } = signingKey;
  return (
    <div className="flex flex-wrap items-start gap-2">
      {status === "PENDING" ? (
        <ConfirmAction
          label="Activate"
          consequence="This key will sign from now on; the key of this kind that signs today is retired (what it signed keeps verifying)."
          url={url("activate")}
          variant="primary"
          invalidates={invalidates}
        />
      ) : null}
      {status === "ACTIVE" || status === "PENDING" ? (
        <ConfirmAction
          label="Retire"
          consequence={
            status === "ACTIVE"
              ? "This key will stop signing and nothing else signs this kind until you activate another key. Certificates it signed keep verifying."
              : "This key will never sign. It stays published, as retired keys do."
          }
          url={url("retire")}
          invalidates={invalidates}
        />
      ) : null}
      {status !== "REVOKED" ? (
        <ConfirmAction
          label="Revoke"
          consequence={`Every certificate this key signed will fail verification, with the reason you give.${kind === "CSCA" ? " The document signers it certified are revoked with it." : ""} This cannot be undone.`}
          url={url("revoke")}
          variant="danger"
          reasonLabel="Reason (shown to everyone who checks a certificate it signed)"
          invalidates={invalidates}
        />
      ) : null}
    </div>
  );
};

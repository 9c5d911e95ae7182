import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TSigningKeyRevoke } from "../schemas/signing-key";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findSigningKey } from "./key-tenant";
import { signingKeySelect, signingKeyView, type TSigningKeyView } from "./signing-key-view";

/** Options for {@link revokeSigningKey}. */
export type RevokeSigningKeyOptions = { actor: TActor; id: string; input: TSigningKeyRevoke };

/**
 * Revokes a key, for good: it leaves the DID document, JWKS and DSC list, and every certificate it
 * signed fails verification's "key status" check with the reason given. Revoking a CSCA revokes
 * the document signers it certified.
 */
export const revokeSigningKey = ({ actor, id, input }: RevokeSigningKeyOptions): Promise<TSigningKeyView> =>
  prisma.$transaction(async (tx) => {
    const key = await findSigningKey(tx, actor, id);
    if (key.status === "REVOKED") throw new AppError("UNPROCESSABLE", "This key is already revoked");
    const now = new Date();
    const revoked = await tx.signingKey.update({
      where: { id },
      data: { status: "REVOKED", statusReason: input.reason, revokedAt: now },
      select: signingKeySelect,
    });
    const signers =
      key.use === "CSCA"
        ? await tx.signingKey.updateManyAndReturn({
            where: { parentId: id, status: { not: "REVOKED" } },
            data: {
              status: "REVOKED",
              statusReason: `Its CSCA ${key.kid} was revoked: ${input.reason}`,
              revokedAt: now,
            },
            select: { kid: true },
          })
        : [];
    await recordAudit(tx, actor, {
      action: "signing-key.revoked",
      entityType: "SigningKey",
      entityId: id,
      before: { status: key.status },
      after: { kid: key.kid, kind: key.use, reason: input.reason, documentSigners: signers.map(({ kid }) => kid) },
    });
    return signingKeyView(revoked);
  });

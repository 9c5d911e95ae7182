import { prisma } from "@vax/db";
import type { TRecipient } from "../schemas/recipient";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { recipientInclude, recipientView, type TRecipientView } from "./recipient-view";

/** Options for {@link registerRecipient}. */
export type RegisterRecipientOptions = { actor: TActor; input: TRecipient };

/**
 * Registers a walk-in recipient in the actor's tenant and records it in the audit log. One
 * identity document names one person: registering the same document again is a CONFLICT, so a
 * second record of the same person is never made.
 */
export const registerRecipient = ({ actor, input }: RegisterRecipientOptions): Promise<TRecipientView> =>
  prisma
    .$transaction(async (tx) => {
      const tenantId = tenantOf(actor);
      const recipient = await tx.recipient.create({
        data: {
          ...input,
          tenantId,
          dateOfBirth: input.dateOfBirth ? new Date(`${input.dateOfBirth}T00:00:00Z`) : null,
        },
        include: recipientInclude,
      });
      const view = recipientView(recipient);
      await recordAudit(tx, actor, {
        action: "recipient.registered",
        entityType: "Recipient",
        entityId: recipient.id,
        after: view,
      });
      return view;
    })
    .catch(
      conflictOnDuplicate({
        identityNumber: "Someone is already registered with this identity document: search for the number to open them",
      }),
    );

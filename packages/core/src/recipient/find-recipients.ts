import { prisma } from "@vax/db";
import { normaliseIdentityNumber, normaliseMobile, type TRecipientSearch } from "../schemas/recipient";
import { type TActor, tenantOf } from "../shared/actor";
import { recipientInclude, recipientView, type TRecipientView } from "./recipient-view";

/** Options for {@link findRecipients}. */
export type FindRecipientsOptions = { actor: TActor; query: TRecipientSearch };

// A family shares one mobile number; more than this many matches means the search was too loose.
const MAX_MATCHES = 25;

/**
 * The recipients of the actor's tenant whose mobile number, identity number or pre-enrolment code
 * is exactly the search text. Exact matches only: a vaccinator looks up the person in front of
 * them, and a partial number must not list strangers' personal data.
 */
export const findRecipients = async ({ actor, query }: FindRecipientsOptions): Promise<TRecipientView[]> => {
  const tenantId = tenantOf(actor);
  const identityNumber = normaliseIdentityNumber(query.q);
  const recipients = await prisma.recipient.findMany({
    where: {
      tenantId,
      OR: [
        { mobile: normaliseMobile(query.q) },
        { identityNumber },
        { preEnrolments: { some: { tenantId, code: { equals: query.q.trim(), mode: "insensitive" } } } },
      ],
    },
    include: recipientInclude,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_MATCHES,
  });
  return recipients.map(recipientView);
};

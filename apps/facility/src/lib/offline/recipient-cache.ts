import type { TDoseHistory, TRecipientView } from "@vax/core";
import { normaliseIdentityNumber, normaliseMobile } from "@vax/core/schemas";
import type { FacilityDatabase, TCachedRecipient } from "./facility-database";

/** Keeps a recipient the vaccinator opened, with their dose history when it is known. */
export const rememberRecipient = async (
  db: FacilityDatabase,
  recipient: TRecipientView,
  history: TDoseHistory | null,
): Promise<void> => {
  const known = await db.recipients.get(recipient.id);
  await db.recipients.put({
    ...recipient,
    preEnrolmentCodes: recipient.preEnrolments.map(({ code }) => code.toUpperCase()),
    history: history ?? known?.history ?? null,
    openedAt: new Date().toISOString(),
  });
};

/**
 * The offline search: the recipients opened on this device whose mobile number, identity number or
 * pre-enrolment code is exactly the search text, as the server's search matches them.
 */
export const findCachedRecipients = async (db: FacilityDatabase, q: string): Promise<TCachedRecipient[]> => {
  const text = q.trim();
  const [byMobile, byIdentity, byCode] = await Promise.all([
    db.recipients.where("mobile").equals(normaliseMobile(text)).toArray(),
    db.recipients.where("identityNumber").equals(normaliseIdentityNumber(text)).toArray(),
    db.recipients.where("preEnrolmentCodes").equals(text.toUpperCase()).toArray(),
  ]);
  const unique = new Map([...byMobile, ...byIdentity, ...byCode].map((recipient) => [recipient.id, recipient]));
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name));
};

/** The cached dose history of a recipient, for the dose form when the server cannot be reached. */
export const cachedHistory = async (db: FacilityDatabase, recipientId: string): Promise<TDoseHistory | null> =>
  (await db.recipients.get(recipientId))?.history ?? null;

/**
 * Forgets the personal data kept on this device: the recipients and the certificates. The queue
 * stays, since it holds doses given that the server has not certified yet.
 */
export const forgetPersonalData = (db: FacilityDatabase) =>
  db.transaction("rw", db.recipients, db.certificates, async () => {
    await db.recipients.clear();
    await db.certificates.clear();
  });

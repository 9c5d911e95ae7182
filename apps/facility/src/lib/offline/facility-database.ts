import type { TCertificateView, TDoseHistory, TRecipientView } from "@vax/core";
import type { TErrorDetail } from "@vax/core/errors";
import type { TRecordDose } from "@vax/core/schemas";
import Dexie, { type EntityTable } from "dexie";

/** A dose recorded on this device and not yet certified by the server. */
export type TOutboxEntry = {
  /** The key the server's recordDose is idempotent on: sending the entry twice issues one certificate. */
  idempotencyKey: string;
  request: TRecordDose;
  /** What the queue shows before the server has answered. */
  summary: { recipientName: string; programmeName: string; vaccineName: string };
  /** `pending` is sent when the connection returns; `attention` was refused and waits for a person. */
  status: "pending" | "attention";
  message: string | null;
  details: TErrorDetail[];
  createdAt: string;
  attempts: number;
};

/** A recipient opened on this device, kept so that they can be found and vaccinated offline. */
export type TCachedRecipient = TRecipientView & {
  preEnrolmentCodes: string[];
  history: TDoseHistory | null;
  openedAt: string;
};

/** A certificate the server issued to this device, kept to show and print again. */
export type TIssuedCertificate = {
  certificateId: string;
  recipientName: string;
  certificate: TCertificateView;
  /** `queue` when it was issued by syncing a dose recorded offline. */
  via: "online" | "queue";
  receivedAt: string;
};

/** The facility app's IndexedDB database of one user on this device. */
export class FacilityDatabase extends Dexie {
  outbox!: EntityTable<TOutboxEntry, "idempotencyKey">;
  recipients!: EntityTable<TCachedRecipient, "id">;
  certificates!: EntityTable<TIssuedCertificate, "certificateId">;

  constructor(userId: string) {
    // One database per user: a shared tablet never sends one vaccinator's doses under another's session.
    super(`vax-facility-${userId}`);
    this.version(1).stores({
      outbox: "idempotencyKey, status, createdAt, request.recipientId",
      recipients: "id, mobile, identityNumber, *preEnrolmentCodes, openedAt",
      certificates: "certificateId, receivedAt, certificate.recipientId",
    });
  }
}

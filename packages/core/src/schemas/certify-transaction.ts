import { z } from "zod";
import { ZCertifiedDose } from "./certify";

/** One problem of a finished transaction: the row and field (`0.vaccination.name`) and what is wrong. */
export const ZTransactionError = z.object({ path: z.string(), message: z.string() });

/**
 * The `Prefer` header of a certify call: `respond-async` (RFC 7240) asks for a 202 with a
 * transaction id at once instead of the certificates.
 */
export const ZPreferHeader = z
  .string()
  .max(200)
  .nullable()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((preference) => preference.split(";")[0]?.trim().toLowerCase())
      .includes("respond-async"),
  );

/** The answer of an asynchronous certify call: the transaction to ask about later. */
export const ZCertifyAccepted = z
  .object({ transactionId: z.string().meta({ description: "Ask `GET /api/v1/transactions/{id}` for its state" }) })
  .meta({ id: "CertifyAccepted" });

/** Where an asynchronous certify call stands. */
export const ZCertifyTransactionStatus = z.enum(["queued", "running", "done", "failed"]);

/** A transaction's state and, once finished, its certificates (done) or its row errors (failed). */
export const ZCertifyTransactionAnswer = z
  .object({
    status: ZCertifyTransactionStatus,
    certificates: z.array(ZCertifiedDose).optional().meta({
      description: "When done: the certificates, in the order of the requests, as the synchronous call answers",
    }),
    errors: z.array(ZTransactionError).optional().meta({
      description: "When failed: each problem with the row and field it is in, as the synchronous call reports them",
    }),
  })
  .meta({ id: "CertifyTransaction" });

/** A transaction's answer. */
export type TCertifyTransactionAnswer = z.infer<typeof ZCertifyTransactionAnswer>;

/** What a webhook receives when a transaction finishes: its answer and its id. */
export const ZCertifyTransactionCallback = ZCertifyTransactionAnswer.extend({ transactionId: z.string() }).meta({
  id: "CertifyTransactionCallback",
});

/** A webhook callback's body. */
export type TCertifyTransactionCallback = z.infer<typeof ZCertifyTransactionCallback>;

/** The path of a transaction. */
export const ZTransactionPath = z.object({ id: z.string().max(100).meta({ description: "The transaction id" }) });

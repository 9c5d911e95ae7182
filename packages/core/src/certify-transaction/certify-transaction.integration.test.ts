import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { certifyBatch } from "../certification/certify-batch";
import type { TCertificationRequest } from "../schemas/certify";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { aadhaar } from "../testing/certificate-family";
import { divocCertificationRequest, type TDivocRequestChanges } from "../testing/divoc-certification-request";
import { rejection } from "../testing/rejection";
import { getCertifyTransaction } from "./get-certify-transaction";
import { runCertifyTransaction } from "./run-certify-transaction";
import { submitCertifyTransaction } from "./submit-certify-transaction";

let catalogue: TestCatalogue;
let tenantId: string;
let client: TActor;
let otherTenantClient: TActor;

beforeAll(async () => {
  const { tenant, admin } = await createTestTenant(prisma);
  tenantId = tenant.id;
  catalogue = await createTestCatalogue(prisma, tenant.id);
  client = await apiClientActor(actorOfUser(admin));
  const other = await createTestTenant(prisma);
  otherTenantClient = await apiClientActor(actorOfUser(other.admin));
});

const row = (changes: TDivocRequestChanges = {}): TCertificationRequest =>
  divocCertificationRequest({
    identity: aadhaar(),
    preEnrollmentCode: `PE-${randomBytes(4).toString("hex")}`,
    facility: { name: catalogue.facility.name },
    ...changes,
    vaccination: { name: catalogue.covishield.name, ...changes.vaccination },
  });

const certificates = () => prisma.certificate.count({ where: { tenantId } });

const submitAndRun = async (requests: TCertificationRequest[], idempotencyKey: string | null = null) => {
  const { transactionId } = await submitCertifyTransaction({ actor: client, requests, idempotencyKey });
  const outcome = await runCertifyTransaction({ id: transactionId });
  return { transactionId, outcome, answer: await getCertifyTransaction({ actor: client, id: transactionId }) };
};

describe("an asynchronous certify transaction", () => {
  it("is queued at once and certifies nothing until a worker runs it; then it is done with the certificates", async () => {
    const requests = [row(), row()];
    const before = await certificates();
    const { transactionId } = await submitCertifyTransaction({ actor: client, requests, idempotencyKey: null });
    expect(await getCertifyTransaction({ actor: client, id: transactionId })).toEqual({ status: "queued" });
    expect(await certificates()).toBe(before);

    expect(await runCertifyTransaction({ id: transactionId })).toBe("done");
    const answer = await getCertifyTransaction({ actor: client, id: transactionId });
    expect(answer.status).toBe("done");
    expect(answer.certificates?.map(({ preEnrollmentCode, dose }) => ({ preEnrollmentCode, dose }))).toEqual(
      requests.map(({ preEnrollmentCode }) => ({ preEnrollmentCode, dose: 1 })),
    );
    expect(await certificates()).toBe(before + 2);
    // The answer is the synchronous one: the same request sent synchronously gets these very certificates.
    const sync = await certifyBatch({ actor: client, requests, idempotencyKey: null });
    expect(sync).toEqual(answer.certificates);
    expect(await certificates()).toBe(before + 2);
  });

  it("fails with the row errors the synchronous call reports, and writes nothing", async () => {
    const requests = [row(), row({ vaccination: { name: "Unknown vaccine" } })];
    const syncError = await rejection(certifyBatch({ actor: client, requests, idempotencyKey: null }));
    const before = await certificates();
    const { outcome, answer } = await submitAndRun(requests);
    expect(outcome).toBe("failed");
    expect(answer).toEqual({ status: "failed", errors: syncError.details });
    expect(answer.errors?.[0]?.path).toBe("1.vaccination.name");
    expect(await certificates()).toBe(before);
  });

  it("answers the same Idempotency-Key with the same transaction, and another body under it with CONFLICT", async () => {
    const key = `async-${randomBytes(4).toString("hex")}`;
    const requests = [row()];
    const first = await submitCertifyTransaction({ actor: client, requests, idempotencyKey: key });
    const again = await submitCertifyTransaction({ actor: client, requests, idempotencyKey: key });
    expect(again.transactionId).toBe(first.transactionId);
    const conflict = await rejection(
      submitCertifyTransaction({ actor: client, requests: [row()], idempotencyKey: key }),
    );
    expect(conflict.code).toBe("CONFLICT");

    expect(await runCertifyTransaction({ id: first.transactionId })).toBe("done");
    const answer = await getCertifyTransaction({ actor: client, id: first.transactionId });
    // The synchronous call under the same key answers with the certificate the worker issued.
    expect(await certifyBatch({ actor: client, requests, idempotencyKey: key })).toEqual(answer.certificates);
  });

  it("issues one certificate when the same request goes through the synchronous call first and then async", async () => {
    const requests = [row()];
    const before = await certificates();
    const sync = await certifyBatch({ actor: client, requests, idempotencyKey: null });
    const { answer } = await submitAndRun(requests);
    expect(answer).toEqual({ status: "done", certificates: sync });
    expect(await certificates()).toBe(before + 1);
  });

  it("issues nothing twice when a try is made again after a worker died having stored the certificates", async () => {
    const requests = [row(), row()];
    const { transactionId } = await submitCertifyTransaction({ actor: client, requests, idempotencyKey: null });
    // The first try: claimed, certified with the same use case and actor, and the worker gone before marking it done.
    await prisma.certifyTransaction.update({ where: { id: transactionId }, data: { status: "RUNNING", attempts: 1 } });
    const stored = await certifyBatch({ actor: client, requests, idempotencyKey: null });
    const before = await certificates();

    expect(await runCertifyTransaction({ id: transactionId })).toBe("done");
    const answer = await getCertifyTransaction({ actor: client, id: transactionId });
    expect(answer.certificates?.map(({ certificateId }) => certificateId)).toEqual(
      stored.map(({ certificateId }) => certificateId),
    );
    expect(await certificates()).toBe(before);
    const row2 = await prisma.certifyTransaction.findUniqueOrThrow({ where: { id: transactionId } });
    expect(row2.attempts).toBe(2);
    // A finished transaction is never run again.
    expect(await runCertifyTransaction({ id: transactionId })).toBe("skipped");
  });

  it("is fetched only by an API client of its tenant: another tenant's id is NOT_FOUND", async () => {
    const { transactionId } = await submitCertifyTransaction({
      actor: client,
      requests: [row()],
      idempotencyKey: null,
    });
    const refusal = await rejection(getCertifyTransaction({ actor: otherTenantClient, id: transactionId }));
    expect(refusal.code).toBe("NOT_FOUND");
    expect((await rejection(getCertifyTransaction({ actor: client, id: "no-such-transaction" }))).code).toBe(
      "NOT_FOUND",
    );
    await runCertifyTransaction({ id: transactionId });
  });
});

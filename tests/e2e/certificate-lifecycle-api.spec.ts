import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { decodeStatusList, getStatus } from "@vax/credentials/status";
import { demoApiToken } from "@vax/db/seed";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

type TCertified = {
  certificateId: string;
  preEnrollmentCode: string;
  dose: number;
  credential: TCredential;
  qr: string;
};
type TStatusEntry = { statusPurpose: string; statusListIndex: string; statusListCredential: string };
type TCredential = { credentialStatus: TStatusEntry[] } & Record<string, unknown>;
type TVerifyResult = {
  verified: boolean;
  subject: { name?: string } | null;
  checks: Array<{ name: string; status: string; reason: string }>;
};

const auth = { authorization: `Bearer ${demoApiToken}` };

// A person no other test uses, with a pre-enrolment code of their own.
const person = () => {
  const identity = String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12);
  return { identity, code: `PE-E2E-${randomBytes(5).toString("hex")}` };
};

const certify = async (request: APIRequestContext, body: unknown): Promise<TCertified[]> => {
  const response = await request.post(`${urls.facility}/api/v1/certify`, { data: body, headers: auth });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { certificates: TCertified[] }).certificates;
};

const verifyQr = async (request: APIRequestContext, qr: string) => {
  const response = await request.post(`${urls.verify}/api/v1/verify`, { data: { qr } });
  expect(response.status()).toBe(200);
  const result = (await response.json()) as TVerifyResult;
  return { ...result, check: (name: string) => result.checks.find((check) => check.name === name) };
};

const statusChange = (request: APIRequestContext, certificateId: string, change: string, body: unknown) =>
  request.post(`${urls.facility}/api/v1/certificates/${certificateId}/${change}`, { data: body, headers: auth });

// The certificate's bit as the served, signed list credential at its statusListCredential URL says.
const servedBit = async (request: APIRequestContext, credential: TCredential, purpose: "revocation" | "suspension") => {
  const entry = credential.credentialStatus.find(({ statusPurpose }) => statusPurpose === purpose) as TStatusEntry;
  const response = await request.get(entry.statusListCredential);
  expect(response.status()).toBe(200);
  const list = (await response.json()) as { credentialSubject: { encodedList: string }; proof?: unknown };
  expect(list.proof).toBeTruthy();
  return getStatus(decodeStatusList(list.credentialSubject.encodedList), Number(entry.statusListIndex));
};

test.describe("the certificate lifecycle API", () => {
  test("revokes a certificate: verify then fails its revocation check, and the served list has its bit", async ({
    request,
  }) => {
    // The first test meets each lifecycle route cold: every first call compiles its handler.
    test.slow();
    const { identity, code } = person();
    const [certificate] = await certify(request, [divocCertificationRequest({ identity, preEnrollmentCode: code })]);
    if (!certificate) throw new Error("certify answered no certificate");
    expect(await servedBit(request, certificate.credential, "revocation")).toBe(false);

    const revoked = await statusChange(request, certificate.certificateId, "revoke", { reason: "Issued in error" });
    expect(revoked.status()).toBe(200);
    expect(await revoked.json()).toEqual({ certificateId: certificate.certificateId, status: "REVOKED" });
    expect(await servedBit(request, certificate.credential, "revocation")).toBe(true);
    const result = await verifyQr(request, certificate.qr);
    expect(result.verified).toBe(false);
    expect(result.check("revocation")?.status).toBe("failed");

    const again = await statusChange(request, certificate.certificateId, "revoke", { reason: "Again" });
    expect(again.status()).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain("already revoked");
    const noReason = await statusChange(request, certificate.certificateId, "suspend", {});
    expect(noReason.status()).toBe(400);
  });

  test("suspends until tomorrow and reinstates: verify fails the suspension check, then passes", async ({
    request,
  }) => {
    const { identity, code } = person();
    const [certificate] = await certify(request, [divocCertificationRequest({ identity, preEnrollmentCode: code })]);
    if (!certificate) throw new Error("certify answered no certificate");
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const suspended = await statusChange(request, certificate.certificateId, "suspend", { reason: "Lost", until });
    expect(suspended.status()).toBe(200);
    expect(await suspended.json()).toMatchObject({ certificateId: certificate.certificateId, status: "SUSPENDED" });
    expect(await servedBit(request, certificate.credential, "suspension")).toBe(true);
    const whileSuspended = await verifyQr(request, certificate.qr);
    expect(whileSuspended.verified).toBe(false);
    expect(whileSuspended.check("suspension")?.status).toBe("failed");

    const reinstated = await statusChange(request, certificate.certificateId, "reinstate", { reason: "Found" });
    expect(await reinstated.json()).toEqual({ certificateId: certificate.certificateId, status: "ACTIVE" });
    expect(await servedBit(request, certificate.credential, "suspension")).toBe(false);
    expect((await verifyQr(request, certificate.qr)).verified).toBe(true);
  });

  test("updates a certificate (DIVOC PUT): the old version fails as revoked, the new one passes with the new name", async ({
    request,
  }) => {
    const { identity, code } = person();
    const original = divocCertificationRequest({ identity, preEnrollmentCode: code });
    const [old] = await certify(request, [original]);
    if (!old) throw new Error("certify answered no certificate");
    const corrected = { ...original, recipient: { ...original.recipient, name: "Bhaya Mitra Rao" } };
    const response = await request.put(`${urls.facility}/api/v1/certificate`, { data: [corrected], headers: auth });
    expect(response.status()).toBe(200);
    const { certificates } = (await response.json()) as { certificates: TCertified[] };
    const [updated] = certificates;
    expect(updated).toMatchObject({ preEnrollmentCode: code, dose: 1 });
    expect(updated?.certificateId).not.toBe(old.certificateId);

    const oldResult = await verifyQr(request, old.qr);
    expect(oldResult.verified).toBe(false);
    expect(oldResult.check("revocation")?.status).toBe("failed");
    expect(await servedBit(request, old.credential, "revocation")).toBe(true);
    const newResult = await verifyQr(request, updated?.qr as string);
    expect(newResult.verified).toBe(true);
    expect(newResult.subject?.name).toBe("Bhaya Mitra Rao");

    const unchanged = await request.put(`${urls.facility}/api/v1/certificate`, { data: [corrected], headers: auth });
    expect(unchanged.status()).toBe(400);
    expect(((await unchanged.json()) as { error: { message: string } }).error.message).toContain("changes nothing");
  });

  test("revokes a pre-enrolment's doses (DIVOC DELETE), naming them or all", async ({ request }) => {
    const { identity, code } = person();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    const earlier = new Date(Date.now() - 120 * 86_400_000).toISOString();
    const [first, second] = await certify(request, [
      divocCertificationRequest({ identity, preEnrollmentCode: code, vaccination: { dose: 1, date: earlier } }),
      divocCertificationRequest({ identity, preEnrollmentCode: code, vaccination: { dose: 2, date: yesterday } }),
    ]);
    const remove = (query: string) =>
      request.delete(`${urls.facility}/api/v1/certificates/${code}?${query}`, { headers: auth });

    expect((await remove("")).status()).toBe(400);
    const one = await remove("doses=2");
    expect(one.status()).toBe(200);
    expect(((await one.json()) as { certificates: unknown[] }).certificates).toEqual([
      expect.objectContaining({ certificateId: second?.certificateId, status: "REVOKED" }),
    ]);
    expect((await verifyQr(request, first?.qr as string)).verified).toBe(true);
    const all = await remove("allDoses=true");
    const { certificates } = (await all.json()) as { certificates: Array<{ certificateId: string; status: string }> };
    expect(certificates.map(({ status }) => status)).toEqual(["REVOKED", "REVOKED"]);
    for (const certificate of [first, second]) {
      expect((await verifyQr(request, certificate?.qr as string)).check("revocation")?.status).toBe("failed");
    }
    expect((await remove("doses=3")).status()).toBe(404);
  });
});

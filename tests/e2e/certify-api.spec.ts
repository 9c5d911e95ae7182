import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const certifyUrl = `${urls.facility}/api/v1/certify`;

// A DIVOC certification request as a hospital system sends it, for a person no other test uses.
const certificationRequest = () =>
  divocCertificationRequest({
    identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12),
    vaccination: { effectiveStart: "2026-11-30", effectiveUntil: "2027-11-30" },
  });

type TCertified = {
  certificateId: string;
  preEnrollmentCode: string;
  dose: number;
  credential: Record<string, unknown>;
  qr: string;
};

const certify = (request: APIRequestContext, body: unknown, headers: Record<string, string> = {}) =>
  request.post(certifyUrl, { data: body, headers: { authorization: `Bearer ${demoApiToken}`, ...headers } });

test.describe("the certify API", () => {
  test("issues a batch synchronously, answers a repeat with the same certificates, and each verifies", async ({
    request,
  }) => {
    const batch = [certificationRequest(), certificationRequest(), certificationRequest()];
    const key = `e2e-${randomBytes(6).toString("hex")}`;
    const first = await certify(request, batch, { "idempotency-key": key });
    expect(first.status()).toBe(200);
    const { certificates } = (await first.json()) as { certificates: TCertified[] };
    expect(certificates).toHaveLength(3);
    expect(certificates.map(({ preEnrollmentCode }) => preEnrollmentCode)).toEqual(
      batch.map(({ preEnrollmentCode }) => preEnrollmentCode),
    );
    for (const certificate of certificates)
      expect(certificate.certificateId).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const repeat = await certify(request, batch, { "idempotency-key": key });
    expect(
      ((await repeat.json()) as { certificates: TCertified[] }).certificates.map(({ certificateId }) => certificateId),
    ).toEqual(certificates.map(({ certificateId }) => certificateId));
    const withoutKey = await certify(request, batch);
    expect(
      ((await withoutKey.json()) as { certificates: TCertified[] }).certificates.map(
        ({ certificateId }) => certificateId,
      ),
    ).toEqual(certificates.map(({ certificateId }) => certificateId));

    for (const certificate of certificates) {
      const verified = await request.post(`${urls.verify}/api/v1/verify`, { data: { qr: certificate.qr } });
      const result = (await verified.json()) as {
        verified: boolean;
        subject: { name: string } | null;
        checks: Array<{ name: string; status: string }>;
      };
      expect(result.verified).toBe(true);
      expect(result.subject?.name).toBe("Bhaya Mitra");
      expect(result.checks.find(({ name }) => name === "revocation")?.status).toBe("passed");
    }
  });

  test("refuses a bad row with its index and issues nothing, and refuses a missing or wrong token", async ({
    request,
  }) => {
    const good = certificationRequest();
    const unknownVaccine = {
      ...certificationRequest(),
      vaccination: { ...certificationRequest().vaccination, name: "Sputnik V" },
    };
    const refused = await certify(request, [good, unknownVaccine]);
    expect(refused.status()).toBe(422);
    const { error } = (await refused.json()) as {
      error: { code: string; details: Array<{ path: string; message: string }> };
    };
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.details).toEqual([
      { path: "1.vaccination.name", message: expect.stringContaining("Comirnaty, COVAXIN, COVISHIELD") },
    ]);
    const invalid = await certify(request, [{ ...good, recipient: { ...good.recipient, name: "" } }]);
    expect(invalid.status()).toBe(400);
    expect(((await invalid.json()) as { error: { details: Array<{ path: string }> } }).error.details[0]?.path).toBe(
      "0.recipient.name",
    );
    const nowGood = await certify(request, [good]);
    expect(nowGood.status()).toBe(200);

    expect((await request.post(certifyUrl, { data: [good] })).status()).toBe(401);
    const wrong = await request.post(certifyUrl, { data: [good], headers: { authorization: "Bearer vax_nope_nope" } });
    expect(wrong.status()).toBe(401);
  });

  test("the verify app publishes the issuer's DID document, keys, context and status lists", async ({ request }) => {
    const [certificate] = (
      (await (await certify(request, [certificationRequest()])).json()) as { certificates: TCertified[] }
    ).certificates;
    const credential = certificate?.credential as {
      issuer: string;
      "@context": string[];
      proof: { verificationMethod: string };
      credentialStatus: Array<{ statusListCredential: string; statusPurpose: string }>;
    };
    // did:web writes the host's port colon as %3A.
    const host = new URL(urls.verify).host.replace(":", "%3A");
    expect(credential.issuer).toBe(`did:web:${host}:tenants:demo-ministry`);

    const did = await request.get(`${urls.verify}/tenants/demo-ministry/did.json`);
    expect(did.status()).toBe(200);
    const document = (await did.json()) as { id: string; assertionMethod: string[] };
    expect(document.id).toBe(credential.issuer);
    expect(document.assertionMethod).toContain(credential.proof.verificationMethod);

    const jwks = (await (await request.get(`${urls.verify}/.well-known/jwks.json`)).json()) as {
      keys: Array<{ kid: string }>;
    };
    expect(jwks.keys.map(({ kid }) => kid)).toContain(credential.proof.verificationMethod.split("#")[1]);

    const contextUrl = credential["@context"][1] as string;
    expect(contextUrl).toBe(`${urls.verify}/credentials/vaccination/v1`);
    expect(((await (await request.get(contextUrl)).json()) as { "@context": object })["@context"]).toBeTruthy();

    for (const entry of credential.credentialStatus) {
      const list = await request.get(entry.statusListCredential);
      expect(list.status()).toBe(200);
      const listCredential = (await list.json()) as { type: string[]; credentialSubject: { statusPurpose: string } };
      expect(listCredential.type).toContain("BitstringStatusListCredential");
      expect(listCredential.credentialSubject.statusPurpose).toBe(entry.statusPurpose);
    }
    expect((await request.get(`${urls.verify}/tenants/demo-ministry/status/revocation/999`)).status()).toBe(404);

    const trust = (await (await request.get(`${urls.verify}/api/v1/trust-list`)).json()) as {
      issuers: Array<{ ids: string[] }>;
    };
    expect(trust.issuers.some(({ ids }) => ids.includes(credential.issuer))).toBe(true);
  });

  test("the server check names the failed check for a tampered certificate and shows no personal data", async ({
    request,
  }) => {
    const [certificate] = (
      (await (await certify(request, [certificationRequest()])).json()) as { certificates: TCertified[] }
    ).certificates;
    const credential = structuredClone(certificate?.credential) as { credentialSubject: { name: string } };
    credential.credentialSubject.name = "Bhaya Mitro";
    const result = (await (await request.post(`${urls.verify}/api/v1/verify`, { data: { credential } })).json()) as {
      verified: boolean;
      subject: unknown;
      checks: Array<{ name: string; status: string }>;
    };
    expect(result.verified).toBe(false);
    expect(result.subject).toBeNull();
    expect(result.checks.find(({ name }) => name === "signature")?.status).toBe("failed");
    const bad = await request.post(`${urls.verify}/api/v1/verify`, { data: { nothing: true } });
    expect(bad.status()).toBe(400);
  });
});

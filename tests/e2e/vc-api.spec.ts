import { randomBytes } from "node:crypto";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { openApiValidator } from "./support/openapi-validator";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const bearer = { authorization: `Bearer ${demoApiToken}` };
type TResult = { verified: boolean; problemDetails?: Array<{ title: string; check?: string }> };

test.describe("the W3C VC API", () => {
  test("a hospital system issues a test report and verifies it, suspends and reinstates a certificate, and a caller without a token is refused", async ({
    request,
  }) => {
    const facility = await openApiValidator(request, urls.facility);
    const verifier = await openApiValidator(request, urls.verify);
    const issued = await request.post(`${urls.facility}/api/v1/credentials/issue`, {
      headers: bearer,
      data: {
        credential: {
          "@context": ["https://www.w3.org/ns/credentials/v2"],
          type: ["VerifiableCredential", "ProofOfTestCertificateCredential"],
          credentialSubject: {
            name: "Bhaya Mitra",
            testType: "RT-PCR",
            disease: "COVID-19",
            sampleCollectionTimestamp: "2026-11-30T09:00:00Z",
            result: "Negative",
            facility: { name: "District Hospital Lab" },
          },
        },
        options: { credentialId: `e2e-${randomBytes(6).toString("hex")}` },
      },
    });
    await facility("POST", "/api/v1/credentials/issue", issued);
    expect(issued.status()).toBe(201);
    const testReport = ((await issued.json()) as { verifiableCredential: Record<string, unknown> })
      .verifiableCredential;
    const reportVerified = await request.post(`${urls.verify}/api/v1/credentials/verify`, {
      data: { verifiableCredential: testReport },
    });
    await verifier("POST", "/api/v1/credentials/verify", reportVerified);
    expect(await reportVerified.json()).toEqual({ verified: true, problemDetails: [] });

    const certified = await request.post(`${urls.facility}/api/v1/certify`, {
      headers: bearer,
      data: [
        divocCertificationRequest({
          identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12),
          vaccination: { effectiveStart: "2026-11-30", effectiveUntil: "2027-11-30" },
        }),
      ],
    });
    const [{ credential }] = ((await certified.json()) as { certificates: Array<{ credential: { id: string } }> })
      .certificates as [{ credential: { id: string } }];

    const verify = async () => {
      const response = await request.post(`${urls.verify}/api/v1/credentials/verify`, {
        data: { verifiableCredential: credential, options: { returnResults: true } },
      });
      await verifier("POST", "/api/v1/credentials/verify", response);
      return (await response.json()) as TResult;
    };
    expect(await verify()).toMatchObject({ verified: true, problemDetails: [] });

    const setSuspension = (status: boolean, headers: Record<string, string> = bearer) =>
      request.post(`${urls.facility}/api/v1/credentials/status`, {
        headers,
        data: {
          credentialId: credential.id,
          credentialStatus: { type: "BitstringStatusList", statusPurpose: "suspension" },
          status,
        },
      });
    const suspended = await setSuspension(true);
    await facility("POST", "/api/v1/credentials/status", suspended);
    expect(await suspended.json()).toMatchObject({ credentialId: credential.id, status: "SUSPENDED" });
    await expect
      .poll(async () => (await verify()).problemDetails?.map(({ title }) => title), { timeout: 5_000 })
      .toEqual(["SUSPENDED"]);

    const anonymous = await setSuspension(false, {});
    await facility("POST", "/api/v1/credentials/status", anonymous);
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toBe("application/problem+json");
    // Its type is a fragment of the verify app's docs page, which says what it means.
    const [docsPage = "", fragment] = ((await anonymous.json()) as { type: string }).type.split("#");
    expect(fragment).toBe("problem-UNAUTHENTICATED");
    expect(await (await request.get(docsPage)).text()).toContain(`<dt id="${fragment}">`);

    expect((await (await setSuspension(false)).json()) as unknown).toMatchObject({ status: "ACTIVE" });
    await expect.poll(async () => (await verify()).verified, { timeout: 5_000 }).toBe(true);

    const unknownOption = await request.post(`${urls.verify}/api/v1/credentials/verify`, {
      data: { verifiableCredential: credential, options: { challenge: "123" } },
    });
    await verifier("POST", "/api/v1/credentials/verify", unknownOption);
    expect(await unknownOption.json()).toMatchObject({ title: "UNKNOWN_OPTION_PROVIDED", status: 400 });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { TCertifiedDose } from "../schemas/certify";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { issueCertificates, storedStatusBit } from "../testing/lifecycle-fixture";
import { rejection } from "../testing/rejection";
import { specErrors, specExampleRequests } from "../testing/vcalm-spec";
import { updateCredentialStatus } from "./update-credential-status";
import { verifyVcCredential } from "./verify-vc-credential";

let home: TTenantSetUp;
let away: TTenantSetUp;
let issued: TCertifiedDose[];

const RESULT = "components/VerifyCredentialResult.yml#VerificationResult";
const take = () => issued.pop() as TCertifiedDose;
const everything = { returnResults: true, returnProblemDetails: true, returnCredential: true };
const verifyIt = (credential: Record<string, unknown>) =>
  verifyVcCredential({ verifiableCredential: credential, options: everything });
const statusValues = async (credential: Record<string, unknown>) =>
  (await verifyIt(credential)).results?.credentialStatus?.map((entry) => [
    (entry.input as { statusPurpose: string }).statusPurpose,
    entry.value,
  ]);

beforeAll(async () => {
  home = await tenantWithCatalogue();
  away = await tenantWithCatalogue();
  issued = await issueCertificates(home, 6);
});

describe("verifyVcCredential", () => {
  it("verifies a certificate the platform issued, against its trust and status lists, in the specification's shape", async () => {
    const { credential } = take();
    const answer = await verifyIt(credential);
    expect(specErrors(RESULT, answer)).toEqual([]);
    expect(answer).toMatchObject({ verified: true, problemDetails: [], credential });
    expect(answer.results?.credentialStatus).toEqual([
      expect.objectContaining({ verified: true, value: 0 }),
      expect.objectContaining({ verified: true, value: 0 }),
    ]);
  });

  it("refuses an enveloped credential, which it cannot read", async () => {
    const enveloped = {
      "@context": "https://www.w3.org/ns/credentials/v2",
      id: "data:application/vc+sd-jwt;QzVjV",
      type: "EnvelopedVerifiableCredential",
    };
    const error = await rejection(verifyVcCredential({ verifiableCredential: enveloped }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("updateCredentialStatus", () => {
  it("suspends by the credential's id and reinstates by the certificate id; verification follows each change", async () => {
    const { certificateId, credential } = take();
    const suspended = await updateCredentialStatus({
      actor: home.admin,
      credentialId: credential.id as string,
      credentialStatus: { type: "BitstringStatusList", statusPurpose: "suspension" },
      status: true,
    });
    expect(suspended).toEqual({ credentialId: credential.id, certificateId, status: "SUSPENDED" });
    expect(await storedStatusBit(certificateId, "SUSPENSION")).toBe(true);
    const answer = await verifyIt(credential);
    expect(answer.verified).toBe(false);
    expect(answer.problemDetails).toEqual([expect.objectContaining({ title: "SUSPENDED", check: "suspension" })]);
    expect(await statusValues(credential)).toEqual([
      ["revocation", 0],
      ["suspension", 1],
    ]);

    const reinstated = await updateCredentialStatus({
      actor: home.admin,
      credentialId: certificateId,
      credentialStatus: { type: "BitstringStatusListEntry", statusPurpose: "suspension" },
      status: false,
    });
    expect(reinstated.status).toBe("ACTIVE");
    expect((await verifyIt(credential)).verified).toBe(true);
  });

  it("revokes when the entry named is the credential's own, and refuses another list or index, or clearing it", async () => {
    const { certificateId, credential } = take();
    const [revocationEntry] = credential.credentialStatus as Array<Record<string, string>>;
    const request = {
      actor: home.admin,
      credentialId: certificateId,
      credentialStatus: { type: "BitstringStatusListEntry" as const, statusPurpose: "revocation" as const },
      status: true,
    };
    const wrongIndex = await rejection(
      updateCredentialStatus({
        ...request,
        credentialStatus: {
          ...request.credentialStatus,
          statusListIndex: String(Number(revocationEntry?.statusListIndex) + 1),
        },
      }),
    );
    expect(wrongIndex).toMatchObject({
      code: "VALIDATION_FAILED",
      details: [{ path: "credentialStatus.statusListIndex" }],
    });
    expect(await storedStatusBit(certificateId, "REVOCATION")).toBe(false);

    const revoked = await updateCredentialStatus({
      ...request,
      credentialStatus: {
        ...request.credentialStatus,
        ...revocationEntry,
        type: "BitstringStatusListEntry",
        statusPurpose: "revocation",
      },
    });
    expect(revoked.status).toBe("REVOKED");
    expect(await statusValues(credential)).toEqual([
      ["revocation", 1],
      ["suspension", 0],
    ]);
    expect(await rejection(updateCredentialStatus({ ...request, status: false }))).toMatchObject({
      code: "VALIDATION_FAILED",
    });
    expect(await rejection(updateCredentialStatus(request))).toMatchObject({ code: "CONFLICT" });
  });

  it("another tenant's credential, and the specification's example id, are not found", async () => {
    const { certificateId } = take();
    const request = {
      credentialStatus: { type: "BitstringStatusList" as const, statusPurpose: "revocation" as const },
      status: true,
    };
    expect(
      await rejection(updateCredentialStatus({ ...request, actor: away.admin, credentialId: certificateId })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await storedStatusBit(certificateId, "REVOCATION")).toBe(false);
    const example = specExampleRequests().status as typeof request & { credentialId: string };
    expect(await rejection(updateCredentialStatus({ ...example, actor: home.admin }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

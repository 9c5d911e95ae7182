import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { certifyBatch } from "../certification";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { aadhaar } from "../testing/certificate-family";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { storedStatusBit } from "../testing/lifecycle-fixture";
import { rejection } from "../testing/rejection";
import { revokePreEnrolmentDoses } from "./revoke-pre-enrolment-doses";
import { suspendCertificate } from "./suspend-certificate";
import { updateCertificates } from "./update-certificates";

let home: TTenantSetUp;
let client: TActor;

const requestFor = (identity: string, code: string, dose: number) =>
  divocCertificationRequest({
    identity,
    preEnrollmentCode: code,
    vaccination: { name: home.catalogue.covishield.name, dose, date: `2026-0${dose + 6}-01T10:00:00.000Z` },
    facility: { name: home.catalogue.facility.name },
  });

// Two doses certified under one pre-enrolment code the certifying system chose itself.
const twoDoses = async () => {
  const identity = aadhaar();
  const code = `PE-${randomBytes(4).toString("hex")}`;
  const [first, second] = [requestFor(identity, code, 1), requestFor(identity, code, 2)];
  const issued = await certifyBatch({ actor: client, requests: [first, second], idempotencyKey: null });
  return { code, identity, first, second, issued };
};

beforeAll(async () => {
  home = await tenantWithCatalogue();
  client = await apiClientActor(home.admin);
});

describe("updateCertificates (DIVOC update)", () => {
  it("corrects the certificate a pre-enrolment code and dose name, answering like certify", async () => {
    const { code, second, issued } = await twoDoses();
    const changed = { ...second, recipient: { ...second.recipient, name: "Bhaya Mitra Singh" } };
    const [answer] = await updateCertificates({ actor: client, requests: [changed] });
    expect(answer).toMatchObject({ preEnrollmentCode: code, dose: 2 });
    expect(answer?.certificateId).not.toBe(issued[1]?.certificateId);
    expect(JSON.stringify(answer?.credential)).toContain("Bhaya Mitra Singh");
    const old = await prisma.certificate.findUniqueOrThrow({ where: { certificateId: issued[1]?.certificateId } });
    expect(old.status).toBe("SUPERSEDED");
    expect(await storedStatusBit(old.certificateId, "REVOCATION")).toBe(true);
    const untouched = await prisma.certificate.findUniqueOrThrow({
      where: { certificateId: issued[0]?.certificateId },
    });
    expect(untouched.status).toBe("ACTIVE");

    const again = await rejection(updateCertificates({ actor: client, requests: [changed] }));
    expect(again.code).toBe("VALIDATION_FAILED");
    expect(again.message).toContain("changes nothing");
  });

  it("names the rows that name no certificate, and writes nothing", async () => {
    const { first } = await twoDoses();
    const before = await prisma.certificate.count({ where: { tenantId: home.tenantId } });
    const refused = await rejection(
      updateCertificates({
        actor: client,
        requests: [
          { ...first, recipient: { ...first.recipient, name: "Changed" } },
          { ...first, preEnrollmentCode: "PE-NOBODY" },
          { ...first, vaccination: { ...first.vaccination, dose: 3 } },
        ],
      }),
    );
    expect(refused.code).toBe("UNPROCESSABLE");
    expect(refused.details.map(({ path }) => path)).toEqual(["1.preEnrollmentCode", "2.vaccination.dose"]);
    expect(await prisma.certificate.count({ where: { tenantId: home.tenantId } })).toBe(before);
  });
});

describe("revokePreEnrolmentDoses (DIVOC revoke)", () => {
  it("revokes the doses named, then all of them, answering a dose already revoked as it is", async () => {
    const { code, issued } = await twoDoses();
    const [first, second] = issued.map(({ certificateId }) => certificateId);
    await suspendCertificate({ actor: home.admin, certificateId: second as string, reason: "Review" });
    const one = await revokePreEnrolmentDoses({ actor: client, preEnrollmentCode: code, doses: [2], reason: "Recall" });
    expect(one).toEqual([expect.objectContaining({ certificateId: second, status: "REVOKED", reason: "Recall" })]);
    expect(await storedStatusBit(second as string, "SUSPENSION")).toBe(false);
    const all = await revokePreEnrolmentDoses({ actor: client, preEnrollmentCode: code, doses: "all", reason: "All" });
    expect(all.map(({ certificateId, status, reason }) => [certificateId, status, reason])).toEqual([
      [first, "REVOKED", "All"],
      [second, "REVOKED", "Recall"],
    ]);
    for (const id of [first, second]) expect(await storedStatusBit(id as string, "REVOCATION")).toBe(true);
  });

  it("is NOT_FOUND for an unknown code or a dose without a certificate, changing nothing", async () => {
    const { code, issued } = await twoDoses();
    const unknown = await rejection(
      revokePreEnrolmentDoses({ actor: client, preEnrollmentCode: "PE-UNKNOWN", doses: "all", reason: "x" }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
    const missing = await rejection(
      revokePreEnrolmentDoses({ actor: client, preEnrollmentCode: code, doses: [1, 3], reason: "x" }),
    );
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toContain("dose 3");
    const stored = await prisma.certificate.findUniqueOrThrow({ where: { certificateId: issued[0]?.certificateId } });
    expect(stored.status).toBe("ACTIVE");
  });
});

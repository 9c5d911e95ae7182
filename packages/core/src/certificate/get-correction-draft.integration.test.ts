import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { certificateFamily, type TCertificateFamily } from "../testing/certificate-family";
import { daysAgo } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { getCorrectionDraft } from "./get-correction-draft";

let family: TCertificateFamily;

beforeAll(async () => {
  family = await certificateFamily();
});

describe("getCorrectionDraft", () => {
  it("starts from the recipient and the dose as issued, the identity masked, with the programme's vaccines and facilities", async () => {
    const { catalogue } = family.home;
    await prisma.recipient.update({
      where: { id: catalogue.recipient.id },
      data: { addressLine: "12, 4th Cross", district: "Bengaluru", state: "Karnataka", pincode: "560011" },
    });
    const draft = await getCorrectionDraft({
      actor: family.home.admin,
      id: family.motherSecond.certificateId.toLowerCase(),
    });
    expect(draft).toEqual({
      certificateId: family.motherSecond.certificateId,
      status: "ACTIVE",
      credential: family.motherSecond.credential,
      recipient: {
        name: catalogue.recipient.name,
        dateOfBirth: "1990-04-12",
        gender: "FEMALE",
        nationality: "IN",
        identityType: "AADHAAR",
        identity: `AADHAAR XXXX XXXX ${catalogue.recipient.identityNumber.slice(-4)}`,
        address: { addressLine: "12, 4th Cross", district: "Bengaluru", state: "Karnataka", pincode: "560011" },
      },
      dose: {
        dose: 2,
        vaccineId: catalogue.covishield.id,
        batch: "B2-4121Z",
        vaccinatedOn: daysAgo(100),
        facilityId: catalogue.facility.id,
      },
      vaccines: [
        { id: catalogue.covaxin.id, name: catalogue.covaxin.name },
        { id: catalogue.covishield.id, name: catalogue.covishield.name },
      ],
      facilities: [{ id: catalogue.facility.id, name: catalogue.facility.name }],
    });
    expect(JSON.stringify(draft)).not.toContain(catalogue.recipient.identityNumber);
  });

  it("offers only the certificate's own programme's vaccines, and keeps its vaccine once deactivated", async () => {
    const { catalogue } = family.home;
    await prisma.vaccine.update({ where: { id: catalogue.stamaril.id }, data: { active: false } });
    try {
      const draft = await getCorrectionDraft({
        actor: family.home.admin,
        id: family.daughterYellowFever.certificateId,
      });
      expect(draft.vaccines).toEqual([{ id: catalogue.stamaril.id, name: catalogue.stamaril.name }]);
      expect(draft.recipient.dateOfBirth).toBeNull();
    } finally {
      await prisma.vaccine.update({ where: { id: catalogue.stamaril.id }, data: { active: true } });
    }
  });

  it("finds neither another tenant's certificate nor a malformed id", async () => {
    for (const id of [family.awayCertificate.certificateId, family.awayCertificate.id, "not-an-id"]) {
      const error = await rejection(getCorrectionDraft({ actor: family.home.admin, id }));
      expect(error).toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

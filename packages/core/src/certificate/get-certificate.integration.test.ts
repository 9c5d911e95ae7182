import { randomUUID } from "node:crypto";
import { decodeNativeQr } from "@vax/credentials/qr";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { certifyBatch, newCertificateId } from "../certification";
import { apiClientActor } from "../testing/api-client-actor";
import { aadhaar, certificateFamily, type TCertificateFamily } from "../testing/certificate-family";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { daysAgo } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { getCertificate } from "./get-certificate";

let family: TCertificateFamily;

beforeAll(async () => {
  family = await certificateFamily();
});

describe("getCertificate", () => {
  it("shows the certificate, its recipient, the doses behind it, its history, the credential and the QR", async () => {
    const details = await getCertificate({ actor: family.home.admin, id: family.motherSecond.id });
    const stored = await prisma.certificate.findUniqueOrThrow({
      where: { id: family.motherSecond.id },
      include: { signingKey: true },
    });
    const { catalogue } = family.home;
    expect(details).toMatchObject({
      certificateId: family.motherSecond.certificateId,
      status: "ACTIVE",
      statusReason: null,
      suspendedUntil: null,
      format: "W3C_VC",
      version: 1,
      programme: { id: catalogue.covid.id, name: catalogue.covid.name },
      dose: 2,
      totalDoses: 2,
      signingKey: { kid: stored.signingKey?.kid, algorithm: "ED25519", status: "ACTIVE" },
      statusList: { number: stored.statusListNumber, index: stored.statusListIndex },
      recipient: {
        name: catalogue.recipient.name,
        dateOfBirth: "1990-04-12",
        gender: "FEMALE",
        identityType: "AADHAAR",
        identity: `AADHAAR XXXX XXXX ${catalogue.recipient.identityNumber.slice(-4)}`,
        mobile: family.mobile,
      },
    });
    expect(details.doses).toEqual([
      {
        dose: 1,
        totalDoses: 2,
        vaccineName: catalogue.covishield.name,
        manufacturer: "Serum Institute of India",
        batch: "B1-4121Z",
        date: daysAgo(200),
        facilityName: catalogue.facility.name,
        vaccinatorName: catalogue.vaccinator.name,
        source: "FACILITY_APP",
        vaccinationEventId: expect.any(String),
        issuedFor: false,
      },
      expect.objectContaining({ dose: 2, batch: "B2-4121Z", date: daysAgo(100), issuedFor: true }),
    ]);
    expect(details.doses[1]?.vaccinationEventId).toBe(stored.vaccinationEventId);
    expect(details.versions).toEqual([
      expect.objectContaining({ id: family.motherSecond.id, version: 1, status: "ACTIVE", current: true }),
    ]);
    expect(details.auditEvents).toEqual([
      expect.objectContaining({
        action: "certificate.issued",
        entityType: "Certificate",
        entityId: family.motherSecond.id,
        actorLabel: family.home.vaccinator.label,
      }),
    ]);
    expect(details.credential).toEqual(family.motherSecond.credential);
    expect(decodeNativeQr(details.qr)).toEqual(family.motherSecond.credential);
  });

  it("opens by the certificate id as typed; shows a first dose alone, an age without a birth date, a passport whole", async () => {
    const details = await getCertificate({
      actor: family.home.admin,
      id: family.motherFirst.certificateId.toLowerCase().replaceAll("-", ""),
    });
    expect(details.id).toBe(family.motherFirst.id);
    expect(details.doses.map(({ dose, issuedFor }) => ({ dose, issuedFor }))).toEqual([{ dose: 1, issuedFor: true }]);
    const yellowFever = await getCertificate({
      actor: family.home.admin,
      id: family.daughterYellowFever.certificateId,
    });
    expect(yellowFever.doses.map(({ vaccineName }) => vaccineName)).toEqual([family.home.catalogue.stamaril.name]);
    expect(yellowFever.recipient).toMatchObject({ name: "Meera Kumari", dateOfBirth: null, age: 34 });
    const passport = await prisma.recipient.findUniqueOrThrow({ where: { id: family.son.recipientId } });
    const boy = await getCertificate({ actor: family.home.admin, id: family.son.id });
    expect(boy.recipient).toMatchObject({
      identityType: "PASSPORT",
      identity: `PASSPORT ${passport.identityNumber}`,
    });
  });

  it("shows a dose certified through the certify API with its source and the vaccinator named in the request", async () => {
    const { catalogue } = family.home;
    const client = await apiClientActor(family.home.admin);
    const [certified] = await certifyBatch({
      actor: client,
      idempotencyKey: null,
      requests: [
        divocCertificationRequest({
          identity: aadhaar(),
          preEnrollmentCode: `PE-${randomUUID().slice(0, 8)}`,
          recipient: { contact: [`tel:7${family.mobile.slice(1)}`] },
          vaccination: {
            name: catalogue.covishield.name,
            batch: "MB3428BX",
            date: `${daysAgo(3)}T09:21:18.646Z`,
            effectiveStart: daysAgo(3),
            effectiveUntil: daysAgo(-362),
          },
          facility: { name: catalogue.facility.name, address: { district: "Bengaluru South", state: "Karnataka" } },
        }),
      ],
    });
    const details = await getCertificate({ actor: family.home.admin, id: certified?.certificateId ?? "" });
    expect(details.doses).toEqual([
      expect.objectContaining({ source: "CERTIFY_API", vaccinatorName: "Sooraj Singh", batch: "MB3428BX" }),
    ]);
    expect(details.auditEvents.map(({ actorLabel }) => actorLabel)).toEqual([client.label]);
  });

  it("shows a corrected certificate's versions, oldest first, from either end of the chain", async () => {
    const original = await prisma.certificate.findUniqueOrThrow({ where: { id: family.daughterCovid.id } });
    // Stored as a correction stores it: the new version points at the one it replaces, which is superseded.
    const correction = await prisma.$transaction(async (tx) => {
      await tx.certificate.update({
        where: { id: original.id },
        data: { status: "SUPERSEDED", statusReason: "Name corrected", currentSlot: null },
      });
      return tx.certificate.create({
        data: {
          tenantId: original.tenantId,
          certificateId: newCertificateId(),
          recipientId: original.recipientId,
          programmeId: original.programmeId,
          dose: original.dose,
          vaccinationEventId: original.vaccinationEventId,
          previousId: original.id,
          version: 2,
          format: original.format,
          payload: original.payload ?? {},
          currentSlot: original.currentSlot,
          signingKeyId: original.signingKeyId,
        },
      });
    });
    const old = await getCertificate({ actor: family.home.admin, id: original.id });
    const latest = await getCertificate({ actor: family.home.admin, id: correction.id });
    const chain = (versions: typeof old.versions) =>
      versions.map(({ id, version, status, current }) => ({ id, version, status, current }));
    expect(chain(old.versions)).toEqual([
      { id: original.id, version: 1, status: "SUPERSEDED", current: true },
      { id: correction.id, version: 2, status: "ACTIVE", current: false },
    ]);
    expect(chain(latest.versions)).toEqual([
      { id: original.id, version: 1, status: "SUPERSEDED", current: false },
      { id: correction.id, version: 2, status: "ACTIVE", current: true },
    ]);
    expect(old).toMatchObject({ status: "SUPERSEDED", statusReason: "Name corrected" });
    expect(old.auditEvents.map(({ action }) => action)).toEqual(["certificate.issued"]);
    expect(latest.auditEvents).toEqual([]);
    expect(latest.statusList).toBeNull();
    expect(latest.doses).toEqual(old.doses);
  });

  it("shows a suspension's reason and the time it ends by itself", async () => {
    const until = new Date("2031-01-31T18:30:00.000Z");
    await prisma.certificate.update({
      where: { id: family.stranger.id },
      data: { status: "SUSPENDED", statusReason: "Under review", suspendedUntil: until },
    });
    const details = await getCertificate({ actor: family.home.admin, id: family.stranger.certificateId });
    expect(details).toMatchObject({
      status: "SUSPENDED",
      statusReason: "Under review",
      suspendedUntil: "2031-01-31T18:30:00.000Z",
    });
  });

  it("does not open another tenant's certificate, by row id or certificate id, nor an unknown one", async () => {
    for (const id of [
      family.awayCertificate.id,
      family.awayCertificate.certificateId,
      newCertificateId(),
      "no-such-id",
    ]) {
      const error = await rejection(getCertificate({ actor: family.home.admin, id }));
      expect(error.code).toBe("NOT_FOUND");
    }
    const twin = await getCertificate({ actor: family.away.admin, id: family.awayCertificate.id });
    expect(twin.recipient.identity).toBe(
      `AADHAAR XXXX XXXX ${family.home.catalogue.recipient.identityNumber.slice(-4)}`,
    );
  });
});

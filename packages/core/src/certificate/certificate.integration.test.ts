import { randomInt, randomUUID } from "node:crypto";
import { decodeNativeQr } from "@vax/credentials/qr";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth";
import { certifyBatch, newCertificateId, recordDose, type TCertificateView } from "../certification";
import { AppError } from "../errors";
import { ZCertificateSearch } from "../schemas/certificate-search";
import type { TActor } from "../shared/actor";
import { getCertificate } from "./get-certificate";
import { searchCertificates } from "./search-certificates";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const aadhaar = () => `${randomInt(2, 10)}${String(randomInt(0, 100_000_000_000)).padStart(11, "0")}`;

type TTenantSetUp = { catalogue: TestCatalogue; admin: TActor; vaccinator: TActor; tenantId: string };

const tenantWithCatalogue = async (): Promise<TTenantSetUp> => {
  const { tenant, admin } = await createTestTenant(prisma);
  const catalogue = await createTestCatalogue(prisma, tenant.id);
  return { catalogue, admin: actorOfUser(admin), vaccinator: actorOfUser(catalogue.user), tenantId: tenant.id };
};

const addRecipient = (
  { tenantId }: TTenantSetUp,
  fields: { name: string; mobile: string; identityType?: string; identityNumber?: string },
) =>
  prisma.recipient.create({
    data: {
      tenantId,
      dateOfBirth: null,
      age: 34,
      gender: "FEMALE",
      nationality: "IN",
      identityType: "AADHAAR",
      identityNumber: aadhaar(),
      country: "IN",
      ...fields,
    },
  });

const vaccinate = (
  { catalogue, vaccinator }: TTenantSetUp,
  recipientId: string,
  fields: { dose: number; date: string; yellowFever?: boolean; batch?: string },
) =>
  recordDose({
    actor: vaccinator,
    input: {
      idempotencyKey: randomUUID(),
      recipientId,
      programmeId: fields.yellowFever ? catalogue.yellowFever.id : catalogue.covid.id,
      vaccineId: fields.yellowFever ? catalogue.stamaril.id : catalogue.covishield.id,
      batch: fields.batch ?? `B${fields.dose}-4121Z`,
      date: fields.date,
      dose: fields.dose,
    },
  });

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("certificates in the admin portal", () => {
  let home: TTenantSetUp;
  let away: TTenantSetUp;
  let mobile: string;
  let motherFirst: TCertificateView;
  let motherSecond: TCertificateView;
  let daughterCovid: TCertificateView;
  let daughterYellowFever: TCertificateView;
  let son: TCertificateView;
  let stranger: TCertificateView;
  let awayCertificate: TCertificateView;

  const search = (q: string, paging: Record<string, string> = {}, actor = home.admin) =>
    searchCertificates({ actor, query: ZCertificateSearch.parse({ q, ...paging }) });
  const foundIds = async (q: string) => (await search(q)).items.map(({ certificateId }) => certificateId);

  beforeAll(async () => {
    home = await tenantWithCatalogue();
    away = await tenantWithCatalogue();
    const mother = home.catalogue.recipient;
    mobile = mother.mobile;
    const daughter = await addRecipient(home, { name: "Meera Kumari", mobile });
    const boy = await addRecipient(home, {
      name: "Rohan Kumar",
      mobile,
      identityType: "PASSPORT",
      identityNumber: `K${randomInt(1_000_000, 10_000_000)}`,
    });
    const someoneElse = await addRecipient(home, { name: "Someone Else", mobile: `6${mobile.slice(1)}` });
    // Another tenant holds a person with the same mobile, identity number and name: never to be found from home.
    const twin = await addRecipient(away, {
      name: mother.name,
      mobile,
      identityNumber: mother.identityNumber,
    });

    // One at a time, so each is issued after the one before and "newest first" has one answer.
    motherFirst = await vaccinate(home, mother.id, { dose: 1, date: daysAgo(200) });
    motherSecond = await vaccinate(home, mother.id, { dose: 2, date: daysAgo(100) });
    daughterCovid = await vaccinate(home, daughter.id, { dose: 1, date: daysAgo(30) });
    daughterYellowFever = await vaccinate(home, daughter.id, { dose: 1, date: daysAgo(20), yellowFever: true });
    son = await vaccinate(home, boy.id, { dose: 1, date: daysAgo(10) });
    stranger = await vaccinate(home, someoneElse.id, { dose: 1, date: daysAgo(5) });
    awayCertificate = await vaccinate(away, twin.id, { dose: 1, date: daysAgo(50) });
  });

  describe("searchCertificates", () => {
    it("finds a certificate by its id as printed, in lower case, and without dashes", async () => {
      const id = motherSecond.certificateId;
      for (const typed of [
        id,
        id.toLowerCase(),
        id.toLowerCase().replaceAll("-", ""),
        ` ${id.replaceAll("-", " ")} `,
      ]) {
        const result = await search(typed);
        expect(result.items.map(({ certificateId }) => certificateId)).toEqual([id]);
        expect(result.searchedBy).toContain("certificateId");
      }
    });

    it("finds every certificate of everyone on a mobile number, newest first, however the number is typed", async () => {
      const expected = [son, daughterYellowFever, daughterCovid, motherSecond, motherFirst].map(
        ({ certificateId }) => certificateId,
      );
      expect(await foundIds(mobile)).toEqual(expected);
      expect(await foundIds(`+91 ${mobile.slice(0, 5)} ${mobile.slice(5)}`)).toEqual(expected);
      expect(await foundIds(`0${mobile}`)).toEqual(expected);
      const result = await search(mobile);
      expect(result.searchedBy).toContain("mobile");
      expect(result.items[0]).toMatchObject({
        id: son.id,
        recipientName: "Rohan Kumar",
        programmeName: home.catalogue.covid.name,
        dose: 1,
        totalDoses: 2,
        status: "ACTIVE",
        issuedAt: son.issuedAt,
      });
    });

    it("finds by identity number exactly, as typed with spaces or in lower case, but never by a part of it", async () => {
      const { identityNumber } = home.catalogue.recipient;
      const spaced = identityNumber.replace(/(\d{4})(?=\d)/g, "$1 ");
      expect(await foundIds(spaced)).toEqual([motherSecond.certificateId, motherFirst.certificateId]);
      const passport = await prisma.recipient.findUniqueOrThrow({ where: { id: son.recipientId } });
      expect(await foundIds(passport.identityNumber.toLowerCase())).toEqual([son.certificateId]);
      expect(await foundIds(identityNumber.slice(0, 8))).toEqual([]);
    });

    it("finds by any part of the name, in any case", async () => {
      expect(await foundIds("meera")).toEqual([daughterYellowFever.certificateId, daughterCovid.certificateId]);
      expect(await foundIds("  ROHAN   kumar ")).toEqual([son.certificateId]);
      expect(await foundIds("ASHA KUM")).toEqual([motherSecond.certificateId, motherFirst.certificateId]);
      expect((await search("meera")).searchedBy).toEqual(["name"]);
    });

    it("finds nothing for text that is none of these, and the latest certificates for no text", async () => {
      expect(await search("#12")).toMatchObject({ items: [], total: 0, searchedBy: [] });
      expect(await foundIds(newCertificateId())).toEqual([]);
      const latest = await search("");
      expect(latest.total).toBe(6);
      expect(latest.items[0]?.certificateId).toBe(stranger.certificateId);
    });

    it("never finds another tenant's certificate: by its id, the shared mobile, identity number or name", async () => {
      expect(await foundIds(awayCertificate.certificateId)).toEqual([]);
      for (const q of [mobile, home.catalogue.recipient.identityNumber, home.catalogue.recipient.name]) {
        expect(await foundIds(q)).not.toContain(awayCertificate.certificateId);
      }
      const fromAway = await search(mobile, {}, away.admin);
      expect(fromAway.items.map(({ certificateId }) => certificateId)).toEqual([awayCertificate.certificateId]);
      expect((await search(motherFirst.certificateId, {}, away.admin)).total).toBe(0);
    });

    it("pages through the results", async () => {
      const pages = await Promise.all(["1", "2", "3", "4"].map((page) => search(mobile, { page, pageSize: "2" })));
      expect(pages.map(({ items }) => items.length)).toEqual([2, 2, 1, 0]);
      expect(pages.map(({ total, page, pageSize }) => ({ total, page, pageSize }))[1]).toEqual({
        total: 5,
        page: 2,
        pageSize: 2,
      });
      expect(pages.flatMap(({ items }) => items.map(({ certificateId }) => certificateId))).toEqual(
        await foundIds(mobile),
      );
    });
  });

  describe("getCertificate", () => {
    it("shows the certificate, its recipient, the doses behind it, its history, the credential and the QR", async () => {
      const details = await getCertificate({ actor: home.admin, id: motherSecond.id });
      const stored = await prisma.certificate.findUniqueOrThrow({
        where: { id: motherSecond.id },
        include: { signingKey: true },
      });
      const { catalogue } = home;
      expect(details).toMatchObject({
        certificateId: motherSecond.certificateId,
        status: "ACTIVE",
        statusReason: null,
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
          mobile,
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
        expect.objectContaining({ id: motherSecond.id, version: 1, status: "ACTIVE", current: true }),
      ]);
      expect(details.auditEvents).toEqual([
        expect.objectContaining({
          action: "certificate.issued",
          entityType: "Certificate",
          entityId: motherSecond.id,
          actorLabel: home.vaccinator.label,
        }),
      ]);
      expect(details.credential).toEqual(motherSecond.credential);
      expect(decodeNativeQr(details.qr)).toEqual(motherSecond.credential);
    });

    it("opens by the certificate id as typed; shows a first dose alone, an age without a birth date, a passport whole", async () => {
      const details = await getCertificate({
        actor: home.admin,
        id: motherFirst.certificateId.toLowerCase().replaceAll("-", ""),
      });
      expect(details.id).toBe(motherFirst.id);
      expect(details.doses.map(({ dose, issuedFor }) => ({ dose, issuedFor }))).toEqual([{ dose: 1, issuedFor: true }]);
      const yellowFever = await getCertificate({ actor: home.admin, id: daughterYellowFever.certificateId });
      expect(yellowFever.doses.map(({ vaccineName }) => vaccineName)).toEqual([home.catalogue.stamaril.name]);
      expect(yellowFever.recipient).toMatchObject({ name: "Meera Kumari", dateOfBirth: null, age: 34 });
      const passport = await prisma.recipient.findUniqueOrThrow({ where: { id: son.recipientId } });
      const boy = await getCertificate({ actor: home.admin, id: son.id });
      expect(boy.recipient).toMatchObject({
        identityType: "PASSPORT",
        identity: `PASSPORT ${passport.identityNumber}`,
      });
    });

    it("shows a dose certified through the certify API with its source and the vaccinator named in the request", async () => {
      const { catalogue } = home;
      const [certified] = await certifyBatch({
        actor: {
          type: "API_CLIENT",
          id: null,
          label: "certify test",
          tenantId: home.tenantId,
          role: null,
          facilityId: null,
        },
        idempotencyKey: null,
        requests: [
          {
            preEnrollmentCode: `PE-${randomUUID().slice(0, 8)}`,
            recipient: {
              name: "Bhaya Mitra",
              dob: "1994-11-30",
              gender: "Male",
              nationality: "Indian",
              identity: `did:in.gov.uidai.aadhaar:${aadhaar()}`,
              contact: [`tel:7${mobile.slice(1)}`],
              address: {
                addressLine1: "444, 2nd Street",
                district: "Bengaluru",
                state: "Karnataka",
                pincode: "560034",
              },
            },
            vaccination: {
              name: catalogue.covishield.name,
              manufacturer: "Serum Institute of India",
              batch: "MB3428BX",
              date: `${daysAgo(3)}T09:21:18.646Z`,
              effectiveStart: daysAgo(3),
              effectiveUntil: daysAgo(-362),
              dose: 1,
              totalDoses: 2,
            },
            vaccinator: { name: "Sooraj Singh" },
            facility: { name: catalogue.facility.name, address: { district: "Bengaluru South", state: "Karnataka" } },
          },
        ],
      });
      const details = await getCertificate({ actor: home.admin, id: certified?.certificateId ?? "" });
      expect(details.doses).toEqual([
        expect.objectContaining({ source: "CERTIFY_API", vaccinatorName: "Sooraj Singh", batch: "MB3428BX" }),
      ]);
      expect(details.auditEvents.map(({ actorLabel }) => actorLabel)).toEqual(["certify test"]);
    });

    it("shows a corrected certificate's versions, oldest first, from either end of the chain", async () => {
      const original = await prisma.certificate.findUniqueOrThrow({ where: { id: daughterCovid.id } });
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
      const old = await getCertificate({ actor: home.admin, id: original.id });
      const latest = await getCertificate({ actor: home.admin, id: correction.id });
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

    it("does not open another tenant's certificate, by row id or certificate id, nor an unknown one", async () => {
      for (const id of [awayCertificate.id, awayCertificate.certificateId, newCertificateId(), "no-such-id"]) {
        const error = await failure(getCertificate({ actor: home.admin, id }));
        expect(error.code).toBe("NOT_FOUND");
      }
      const twin = await getCertificate({ actor: away.admin, id: awayCertificate.id });
      expect(twin.recipient.identity).toBe(`AADHAAR XXXX XXXX ${home.catalogue.recipient.identityNumber.slice(-4)}`);
    });
  });
});

import { randomBytes } from "node:crypto";
import { prisma, type Role } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import type { TCertificateView } from "../certification";
import { ZCertificateSearch } from "../schemas/certificate-search";
import type { TActor } from "../shared/actor";
import { aadhaar } from "../testing/certificate-family";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { getCertificate } from "./get-certificate";
import { searchCertificates } from "./search-certificates";

let home: TTenantSetUp;
// A dose given at the catalogue's facility, and one given at a second facility of the tenant.
let here: TCertificateView;
let there: TCertificateView;
let thereMobile: string;
let thereIdentity: string;
let hereAdmin: TActor;
let thereAdmin: TActor;
let adminWithoutFacility: TActor;

const staff = async (role: Role, facilityId: string | null) => {
  const suffix = randomBytes(4).toString("hex");
  const user = await prisma.user.create({
    data: {
      tenantId: home.tenantId,
      email: `${role.toLowerCase()}-${suffix}@test.example`,
      name: `${role} ${suffix}`,
      passwordHash: "not-used",
      role,
      facilityId,
    },
  });
  return actorOfUser(user);
};

beforeAll(async () => {
  home = await tenantWithCatalogue();
  const { catalogue } = home;
  const otherFacility = await prisma.facility.create({
    data: {
      tenantId: home.tenantId,
      code: `DH-${randomBytes(3).toString("hex")}`,
      name: `District Hospital ${randomBytes(3).toString("hex")}`,
      addressLine: "Yelahanka New Town",
      district: "Bengaluru Urban",
      state: "Karnataka",
      country: "IN",
      category: "GOVERNMENT",
      programmes: { connect: [{ id: catalogue.covid.id }] },
    },
  });
  thereMobile = `97${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, "0")}`;
  thereIdentity = aadhaar();
  const recipient = await prisma.recipient.create({
    data: {
      tenantId: home.tenantId,
      name: "Suresh Patil",
      age: 52,
      gender: "MALE",
      nationality: "IN",
      identityType: "AADHAAR",
      identityNumber: thereIdentity,
      mobile: thereMobile,
      country: "IN",
    },
  });
  here = await vaccinate(home, catalogue.recipient.id, { dose: 1, date: daysAgo(40) });
  const vaccinatorThere = await staff("VACCINATOR", otherFacility.id);
  there = await vaccinate({ ...home, vaccinator: vaccinatorThere }, recipient.id, { dose: 1, date: daysAgo(20) });
  hereAdmin = await staff("FACILITY_ADMIN", catalogue.facility.id);
  thereAdmin = await staff("FACILITY_ADMIN", otherFacility.id);
  adminWithoutFacility = await staff("FACILITY_ADMIN", null);
});

const search = (actor: TActor, q: string) => searchCertificates({ actor, query: ZCertificateSearch.parse({ q }) });
const found = async (actor: TActor, q: string) => (await search(actor, q)).items.map(({ id }) => id);

describe("a facility admin reads the certificates of their own facility only", () => {
  it("lists and finds only doses given at their facility; the tenant admin sees both", async () => {
    expect(await found(hereAdmin, "")).toEqual([here.id]);
    expect(await found(thereAdmin, "")).toEqual([there.id]);
    expect(await found(home.admin, "")).toEqual([there.id, here.id]);
    for (const q of [thereMobile, thereIdentity, "Suresh", there.certificateId]) {
      expect(await found(hereAdmin, q)).toEqual([]);
      expect(await found(thereAdmin, q)).toEqual([there.id]);
    }
    expect(await found(adminWithoutFacility, "")).toEqual([]);
  });

  it("opens a certificate of their facility, and answers NOT_FOUND for another's, by either id", async () => {
    expect((await getCertificate({ actor: hereAdmin, id: here.certificateId })).id).toBe(here.id);
    for (const id of [there.id, there.certificateId]) {
      expect((await rejection(getCertificate({ actor: hereAdmin, id }))).code).toBe("NOT_FOUND");
      expect((await rejection(getCertificate({ actor: adminWithoutFacility, id }))).code).toBe("NOT_FOUND");
    }
    expect((await getCertificate({ actor: home.admin, id: there.certificateId })).id).toBe(there.id);
  });
});

describe("certificate lists mask the recipient's numbers", () => {
  it("shows the mobile and identity number masked but for their last digits, found by the full numbers", async () => {
    for (const q of [thereMobile, thereIdentity]) {
      const result = await search(home.admin, q);
      expect(result.items).toEqual([
        expect.objectContaining({
          id: there.id,
          recipientName: "Suresh Patil",
          recipientIdentityType: "AADHAAR",
          recipientIdentity: `XXXX XXXX ${thereIdentity.slice(-4)}`,
          recipientMobile: `+91 ${thereMobile.slice(0, 2)}XXX XX${thereMobile.slice(-3)}`,
        }),
      ]);
      const listed = JSON.stringify(result.items);
      expect(listed).not.toContain(thereMobile);
      expect(listed).not.toContain(thereIdentity);
    }
  });

  it("shows the mobile in full on the details of one certificate, to those who may read it", async () => {
    const details = await getCertificate({ actor: thereAdmin, id: there.certificateId });
    expect(details.recipient.mobile).toBe(thereMobile);
    expect(details.recipient.identity).toBe(`AADHAAR XXXX XXXX ${thereIdentity.slice(-4)}`);
  });
});

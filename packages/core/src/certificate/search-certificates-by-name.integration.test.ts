import { randomInt } from "node:crypto";
import { findCertificatesByName, prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertificateView } from "../certification";
import { correctCertificate } from "../lifecycle/correct-certificate";
import { ZCertificateSearch } from "../schemas/certificate-search";
import type { TActor } from "../shared/actor";
import { addRecipient } from "../testing/certificate-family";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { platformAdminActor } from "../testing/platform-admin-actor";
import { searchCertificates } from "./search-certificates";

// A surname no other test file issues to, so that searches across every tenant find only this file's certificates.
const surname = Array.from({ length: 8 }, () => String.fromCharCode(97 + randomInt(26))).join("");
const Surname = surname[0]?.toUpperCase() + surname.slice(1);
const mobile = () => `9${randomInt(100_000_000, 1_000_000_000)}`;

let home: TTenantSetUp;
let away: TTenantSetUp;
let anjali: TCertificateView;
let anil: TCertificateView;
let elise: TCertificateView;
let awayAnjali: TCertificateView;

beforeAll(async () => {
  home = await tenantWithCatalogue();
  away = await tenantWithCatalogue();
  const person = (tenant: TTenantSetUp, name: string) => addRecipient(tenant, { name, mobile: mobile() });
  const [first, second, third, twin] = await Promise.all([
    person(home, `Anjali D'Souza-${Surname}`),
    person(home, `अनिल कुमार ${Surname}`),
    person(home, `ÉLISE  Martin ${Surname}`),
    person(away, `Anjali D'Souza-${Surname}`),
  ]);
  anjali = await vaccinate(home, first.id, { dose: 1, date: daysAgo(30) });
  anil = await vaccinate(home, second.id, { dose: 1, date: daysAgo(20) });
  elise = await vaccinate(home, third.id, { dose: 1, date: daysAgo(10) });
  awayAnjali = await vaccinate(away, twin.id, { dose: 1, date: daysAgo(5) });
});

const search = async (q: string, actor: TActor = home.admin, paging: Record<string, string> = {}) =>
  searchCertificates({ actor, query: ZCertificateSearch.parse({ q, ...paging }) });
const found = async (q: string, actor?: TActor) =>
  (await search(q, actor)).items.map(({ certificateId }) => certificateId);

describe("searchCertificates by name", () => {
  it("finds by the start of any word, or of the name from a word on, in any case; not by the middle of a word", async () => {
    expect(await found(surname.toUpperCase())).toEqual([elise, anil, anjali].map((c) => c.certificateId));
    expect(await found("anj")).toContain(anjali.certificateId);
    expect(await found(`souza ${surname.slice(0, 3)}`)).toEqual([anjali.certificateId]);
    expect(await found(`martin ${surname}`)).toEqual([elise.certificateId]);
    expect(await found(surname.slice(1))).toEqual([]);
    expect(await found(`${surname} martin`)).toEqual([]);
  });

  it("reads punctuation as a space, accents and scripts as written, and finds nothing for punctuation alone", async () => {
    expect(await found(`d'souza-${surname}`)).toEqual([anjali.certificateId]);
    expect(await found(`D SOUZA ${surname}`)).toEqual([anjali.certificateId]);
    expect(await found(`कुमार ${surname}`)).toEqual([anil.certificateId]);
    expect(await found(`élise martin ${surname}`)).toEqual([elise.certificateId]);
    expect(await found(`Élise   MARTIN ${surname}`)).toEqual([elise.certificateId]);
    expect(await search("-'.")).toMatchObject({ items: [], total: 0, searchedBy: ["name"] });
  });

  it("finds a corrected certificate by its new name, and the version it replaced by the old one", async () => {
    const corrected = await correctCertificate({
      actor: home.admin,
      certificateId: elise.certificateId,
      changes: { recipient: { name: `Elisa Martin ${Surname}` } },
      reason: "Name mistyped at the facility",
    });
    expect(await found(`elisa martin ${surname}`)).toEqual([corrected.certificate.certificateId]);
    expect(await found(`élise martin ${surname}`)).toEqual([elise.certificateId]);
  });

  it("keeps to the tenant, to a facility's own for its staff, and searches every tenant for a platform admin", async () => {
    expect(await found(`anjali d souza ${surname}`, away.admin)).toEqual([awayAnjali.certificateId]);
    expect(await found(surname, home.vaccinator)).toHaveLength(4);
    const elsewhere = await prisma.facility.create({
      data: {
        tenantId: home.tenantId,
        code: `F${randomInt(1e9)}`,
        name: "Elsewhere",
        addressLine: "1 Main Road",
        country: "IN",
        category: "GOVERNMENT",
      },
    });
    expect(await found(surname, { ...home.vaccinator, facilityId: elsewhere.id })).toEqual([]);
    expect(await found(surname, { ...home.vaccinator, facilityId: null })).toEqual([]);
    expect(await found(`anjali d souza ${surname}`, await platformAdminActor())).toEqual([
      awayAnjali.certificateId,
      anjali.certificateId,
    ]);
  });

  it("stops counting at a cap and says the total is a floor, while the pages still go on", async () => {
    const options = { tenantId: home.tenantId, facilityId: null, name: surname, skip: 0, take: 2 };
    expect(await findCertificatesByName(prisma, { ...options, countUpTo: 100 })).toMatchObject({
      total: 4,
      totalIsAtLeast: false,
    });
    const capped = await findCertificatesByName(prisma, { ...options, countUpTo: 2 });
    expect(capped).toMatchObject({ total: 3, totalIsAtLeast: true });
    const next = await findCertificatesByName(prisma, { ...options, skip: 2, countUpTo: 2 });
    expect([...capped.ids, ...next.ids]).toHaveLength(4);
    const pages = await Promise.all(
      ["1", "2", "3"].map((page) => search(surname, home.admin, { page, pageSize: "2" })),
    );
    expect(pages.map(({ items }) => items.length)).toEqual([2, 2, 0]);
    expect(pages[0]).toMatchObject({ total: 4, totalIsAtLeast: false });
  });
});

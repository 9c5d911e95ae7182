import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { newCertificateId } from "../certification";
import { ZCertificateSearch } from "../schemas/certificate-search";
import { certificateFamily, type TCertificateFamily } from "../testing/certificate-family";
import { searchCertificates } from "./search-certificates";

let family: TCertificateFamily;

beforeAll(async () => {
  family = await certificateFamily();
});

const search = (q: string, paging: Record<string, string> = {}, actor = family.home.admin) =>
  searchCertificates({ actor, query: ZCertificateSearch.parse({ q, ...paging }) });
const foundIds = async (q: string) => (await search(q)).items.map(({ certificateId }) => certificateId);

describe("searchCertificates", () => {
  it("finds a certificate by its id as printed, in lower case, and without dashes", async () => {
    const id = family.motherSecond.certificateId;
    for (const typed of [id, id.toLowerCase(), id.toLowerCase().replaceAll("-", ""), ` ${id.replaceAll("-", " ")} `]) {
      const result = await search(typed);
      expect(result.items.map(({ certificateId }) => certificateId)).toEqual([id]);
      expect(result.searchedBy).toContain("certificateId");
    }
  });

  it("finds every certificate of everyone on a mobile number, newest first, however the number is typed", async () => {
    const expected = [
      family.son,
      family.daughterYellowFever,
      family.daughterCovid,
      family.motherSecond,
      family.motherFirst,
    ].map(({ certificateId }) => certificateId);
    expect(await foundIds(family.mobile)).toEqual(expected);
    expect(await foundIds(`+91 ${family.mobile.slice(0, 5)} ${family.mobile.slice(5)}`)).toEqual(expected);
    expect(await foundIds(`0${family.mobile}`)).toEqual(expected);
    const result = await search(family.mobile);
    expect(result.searchedBy).toContain("mobile");
    expect(result.items[0]).toMatchObject({
      id: family.son.id,
      recipientName: "Rohan Kumar",
      programmeName: family.home.catalogue.covid.name,
      dose: 1,
      totalDoses: 2,
      status: "ACTIVE",
      issuedAt: family.son.issuedAt,
    });
  });

  it("finds by identity number exactly, as typed with spaces or in lower case, but never by a part of it", async () => {
    const { identityNumber } = family.home.catalogue.recipient;
    const spaced = identityNumber.replace(/(\d{4})(?=\d)/g, "$1 ");
    expect(await foundIds(spaced)).toEqual([family.motherSecond.certificateId, family.motherFirst.certificateId]);
    const passport = await prisma.recipient.findUniqueOrThrow({ where: { id: family.son.recipientId } });
    expect(await foundIds(passport.identityNumber.toLowerCase())).toEqual([family.son.certificateId]);
    expect(await foundIds(identityNumber.slice(0, 8))).toEqual([]);
  });

  it("finds by the start of any word of the name, in any case", async () => {
    expect(await foundIds("meera")).toEqual([
      family.daughterYellowFever.certificateId,
      family.daughterCovid.certificateId,
    ]);
    expect(await foundIds("  ROHAN   kumar ")).toEqual([family.son.certificateId]);
    expect(await foundIds("ASHA KUM")).toEqual([family.motherSecond.certificateId, family.motherFirst.certificateId]);
    expect((await search("meera")).searchedBy).toEqual(["name"]);
  });

  it("finds nothing for text that is none of these, and the latest certificates for no text", async () => {
    expect(await search("#12")).toMatchObject({ items: [], total: 0, searchedBy: [] });
    expect(await foundIds(newCertificateId())).toEqual([]);
    const latest = await search("");
    expect(latest.total).toBe(6);
    expect(latest.items[0]?.certificateId).toBe(family.stranger.certificateId);
  });

  it("never finds another tenant's certificate: by its id, the shared mobile, identity number or name", async () => {
    expect(await foundIds(family.awayCertificate.certificateId)).toEqual([]);
    for (const q of [
      family.mobile,
      family.home.catalogue.recipient.identityNumber,
      family.home.catalogue.recipient.name,
    ]) {
      expect(await foundIds(q)).not.toContain(family.awayCertificate.certificateId);
    }
    const fromAway = await search(family.mobile, {}, family.away.admin);
    expect(fromAway.items.map(({ certificateId }) => certificateId)).toEqual([family.awayCertificate.certificateId]);
    expect((await search(family.motherFirst.certificateId, {}, family.away.admin)).total).toBe(0);
  });

  it("pages through the results", async () => {
    const pages = await Promise.all(["1", "2", "3", "4"].map((page) => search(family.mobile, { page, pageSize: "2" })));
    expect(pages.map(({ items }) => items.length)).toEqual([2, 2, 1, 0]);
    expect(pages.map(({ total, page, pageSize }) => ({ total, page, pageSize }))[1]).toEqual({
      total: 5,
      page: 2,
      pageSize: 2,
    });
    expect(pages.flatMap(({ items }) => items.map(({ certificateId }) => certificateId))).toEqual(
      await foundIds(family.mobile),
    );
  });
});

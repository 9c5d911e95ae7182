import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertificateView } from "../certification";
import { giveFeedback } from "../feedback/give-feedback";
import { correctCertificate } from "../lifecycle/correct-certificate";
import { revokeCertificate } from "../lifecycle/revoke-certificate";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { countDosesByDay } from "./count-doses-by-day";
import { exportAnalyticsCsv } from "./export-analytics-csv";
import { getAnalytics } from "./get-analytics";
import { refreshAnalytics } from "./refresh-analytics";

const today = daysAgo(0);
const wide = { from: daysAgo(45), to: today };

const newRecipient = (tenantId: string, name: string) =>
  prisma.recipient.create({
    data: {
      tenantId,
      name,
      dateOfBirth: new Date("1985-02-03T00:00:00Z"),
      gender: "MALE",
      nationality: "IN",
      identityType: "AADHAAR",
      identityNumber: `8${String(randomBytes(4).readUInt32BE()).padStart(11, "0")}`.slice(0, 12),
      mobile: `97${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, "0")}`,
      country: "IN",
    },
  });

describe("analytics", () => {
  let home: TTenantSetUp;
  let away: TTenantSetUp;
  let yellowFeverCertificate: TCertificateView;

  // Home: COVISHIELD 40 days ago (corrected today), COVAXIN 10 days ago (revoked today), STAMARIL 10 days ago
  // (rated 4). Away: one COVISHIELD dose 10 days ago. Certificates, corrections and revocations all happen today.
  beforeAll(async () => {
    home = await tenantWithCatalogue();
    away = await tenantWithCatalogue();
    const { catalogue } = home;
    const covishield = await vaccinate(home, catalogue.recipient.id, { dose: 1, date: daysAgo(40) });
    const second = await newRecipient(home.tenantId, "Ravi Shankar");
    const covaxin = await vaccinate(home, second.id, { dose: 1, date: daysAgo(10), vaccineId: catalogue.covaxin.id });
    const third = await newRecipient(home.tenantId, "Imran Qureshi");
    yellowFeverCertificate = await vaccinate(home, third.id, {
      dose: 1,
      date: daysAgo(10),
      programmeId: catalogue.yellowFever.id,
      vaccineId: catalogue.stamaril.id,
    });
    await correctCertificate({
      actor: home.admin,
      certificateId: covishield.certificateId,
      changes: { dose: { batch: "4121Z099" } },
      reason: "Batch mistyped",
    });
    await revokeCertificate({ actor: home.admin, certificateId: covaxin.certificateId, reason: "Recorded in error" });
    await giveFeedback({
      mobile: third.mobile,
      input: { certificateId: yellowFeverCertificate.certificateId, rating: 4, message: "" },
    });
    await vaccinate(away, away.catalogue.recipient.id, { dose: 1, date: daysAgo(10) });
  });

  it("shows nothing, and says it has not counted yet, before the first refresh", async () => {
    const view = await getAnalytics({ actor: home.admin, query: wide });
    expect(view.refreshedAt).toBeNull();
    expect(view.totals.doses).toBe(0);
  });

  it("counts doses by vaccination day and certificates, corrections and revocations by the day they happened", async () => {
    const before = Date.now();
    const refresh = await refreshAnalytics({ actor: home.admin, input: { force: false } });
    expect(refresh.outcome).toBe("refreshed");
    const view = await getAnalytics({ actor: home.admin, query: wide });
    expect(Date.parse(view.refreshedAt ?? "")).toBeGreaterThanOrEqual(before - 1000);
    expect(view.range).toEqual({ programmeId: null, ...wide });
    expect(view.totals).toEqual({
      doses: 3,
      certificates: 4,
      corrections: 1,
      revocations: 1,
      feedback: 1,
      averageRating: 4,
    });
    expect(view.days).toHaveLength(46);
    const day = (value: string) => view.days.find((row) => row.day === value);
    expect(day(daysAgo(40))).toEqual({ day: daysAgo(40), doses: 1, certificates: 0, corrections: 0, revocations: 0 });
    expect(day(daysAgo(10))).toEqual({ day: daysAgo(10), doses: 2, certificates: 0, corrections: 0, revocations: 0 });
    expect(day(today)).toEqual({ day: today, doses: 0, certificates: 4, corrections: 1, revocations: 1 });
    const { catalogue } = home;
    expect(view.vaccines).toEqual([
      { vaccineId: catalogue.covaxin.id, vaccineName: catalogue.covaxin.name, dose: 1, doses: 1, certificates: 1 },
      {
        vaccineId: catalogue.covishield.id,
        vaccineName: catalogue.covishield.name,
        dose: 1,
        doses: 1,
        certificates: 2,
      },
      { vaccineId: catalogue.stamaril.id, vaccineName: catalogue.stamaril.name, dose: 1, doses: 1, certificates: 1 },
    ]);
    expect(view.facilities).toEqual([
      {
        facilityId: catalogue.facility.id,
        facilityName: catalogue.facility.name,
        district: "Bengaluru Urban",
        doses: 3,
        certificates: 4,
      },
    ]);
    expect(view.districts).toEqual([{ district: "Bengaluru Urban", facilities: 1, doses: 3, certificates: 4 }]);
    expect(view.ratings).toEqual([
      { rating: 1, count: 0 },
      { rating: 2, count: 0 },
      { rating: 3, count: 0 },
      { rating: 4, count: 1 },
      { rating: 5, count: 0 },
    ]);
  });

  it("filters by programme and by a range of days", async () => {
    const covid = await getAnalytics({ actor: home.admin, query: { ...wide, programmeId: home.catalogue.covid.id } });
    expect(covid.totals).toMatchObject({ doses: 2, certificates: 3, corrections: 1, revocations: 1, feedback: 0 });
    expect(covid.vaccines.map(({ vaccineName }) => vaccineName)).toEqual([
      home.catalogue.covaxin.name,
      home.catalogue.covishield.name,
    ]);
    const yellowFever = await getAnalytics({
      actor: home.admin,
      query: { ...wide, programmeId: home.catalogue.yellowFever.id },
    });
    expect(yellowFever.totals).toMatchObject({ doses: 1, certificates: 1, feedback: 1, averageRating: 4 });
    const fortnight = await getAnalytics({ actor: home.admin, query: { from: daysAgo(15), to: daysAgo(5) } });
    expect(fortnight.totals).toMatchObject({ doses: 2, certificates: 0, corrections: 0, revocations: 0 });
    expect(fortnight.days.map(({ day }) => day)).toEqual(Array.from({ length: 11 }, (_, index) => daysAgo(15 - index)));
    const lastMonth = await countDosesByDay({ actor: home.admin, query: {} });
    expect(lastMonth).toHaveLength(30);
    expect(lastMonth.at(-1)?.day).toBe(today);
    expect(lastMonth.reduce((sum, { doses }) => sum + doses, 0)).toBe(2);
  });

  it("keeps each tenant's figures to itself", async () => {
    await refreshAnalytics({ actor: away.admin, input: { force: true } });
    const awayView = await getAnalytics({ actor: away.admin, query: wide });
    expect(awayView.totals).toMatchObject({ doses: 1, certificates: 1, corrections: 0, revocations: 0, feedback: 0 });
    expect(awayView.facilities.map(({ facilityId }) => facilityId)).toEqual([away.catalogue.facility.id]);
    const homeView = await getAnalytics({ actor: home.admin, query: wide });
    expect(homeView.totals.doses).toBe(3);
    const foreign = await getAnalytics({ actor: away.admin, query: { ...wide, programmeId: home.catalogue.covid.id } });
    expect(foreign.totals).toMatchObject({ doses: 0, certificates: 0 });
  });

  it("shows a dose recorded after a refresh at the next one, and finds nothing new when nothing changed", async () => {
    const fourth = await newRecipient(home.tenantId, "Meera Pillai");
    await vaccinate(home, fourth.id, { dose: 1, date: daysAgo(2) });
    expect((await getAnalytics({ actor: home.admin, query: wide })).totals.doses).toBe(3);
    expect((await refreshAnalytics({ actor: home.admin, input: { force: false } })).outcome).toBe("refreshed");
    expect((await getAnalytics({ actor: home.admin, query: wide })).totals.doses).toBe(4);
    expect((await refreshAnalytics({ actor: home.admin, input: { force: false } })).outcome).toBe("unchanged");
  });

  it("exports each table as CSV with the dashboard's filters, formulas escaped", async () => {
    const { catalogue } = home;
    const vaccines = await exportAnalyticsCsv({
      actor: home.admin,
      query: { ...wide, programmeId: catalogue.covid.id },
      table: "vaccines",
    });
    expect(vaccines.fileName).toBe(`analytics-vaccines-${wide.from}-to-${wide.to}.csv`);
    expect(vaccines.csv).toBe(
      [
        "vaccine_id,vaccine,dose,doses,certificates",
        `${catalogue.covaxin.id},${catalogue.covaxin.name},1,1,1`,
        `${catalogue.covishield.id},${catalogue.covishield.name},1,2,3`,
        "",
      ].join("\r\n"),
    );
    const ratings = await exportAnalyticsCsv({ actor: home.admin, query: wide, table: "ratings" });
    expect(ratings.csv).toBe("rating,count\r\n1,0\r\n2,0\r\n3,0\r\n4,1\r\n5,0\r\n");
    const days = await exportAnalyticsCsv({ actor: home.admin, query: { from: daysAgo(2), to: today }, table: "days" });
    expect(days.csv.split("\r\n")).toEqual([
      "day,doses,certificates,corrections,revocations",
      `${daysAgo(2)},1,0,0,0`,
      `${daysAgo(1)},0,0,0,0`,
      `${today},0,5,1,1`,
      "",
    ]);
    await prisma.facility.update({ where: { id: catalogue.facility.id }, data: { name: "=HYPERLINK(1)" } });
    const facilities = await exportAnalyticsCsv({ actor: home.admin, query: wide, table: "facilities" });
    expect(facilities.csv.split("\r\n")[1]).toBe(`${catalogue.facility.id},"'=HYPERLINK(1)",Bengaluru Urban,4,5`);
    const districts = await exportAnalyticsCsv({ actor: away.admin, query: wide, table: "districts" });
    expect(districts.csv).toBe("district,facilities,doses,certificates\r\nBengaluru Urban,1,1,1\r\n");
  });

  it("lets only a tenant's own users recount it", async () => {
    const platformAdmin = { ...home.admin, tenantId: null, role: "PLATFORM_ADMIN" as const };
    expect((await rejection(refreshAnalytics({ actor: platformAdmin, input: { force: true } }))).code).toBe(
      "FORBIDDEN",
    );
    await expect(refreshAnalytics({ actor: home.admin, input: {} as never })).rejects.toThrow(/force/);
  });
});

import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { aadhaar } from "../testing/certificate-family";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { certifyBatch } from "./certify-batch";

let setUp: TTenantSetUp;
let hospital: TActor;
let otherHospital: TActor;

beforeAll(async () => {
  setUp = await tenantWithCatalogue();
  hospital = await apiClientActor(setUp.admin);
  otherHospital = await apiClientActor(setUp.admin);
});

const certificates = () => prisma.certificate.count({ where: { tenantId: setUp.tenantId } });

const certifyRow = (identity: string, dose: number, date: string) =>
  divocCertificationRequest({
    identity,
    facility: { name: setUp.catalogue.facility.name },
    vaccination: { name: setUp.catalogue.covishield.name, dose, date: `${date}T10:00:00Z` },
  });

describe("the minimum interval between doses", () => {
  it("refuses a dose recorded too soon in the facility app beside its date, and writes nothing", async () => {
    const { catalogue } = setUp;
    await vaccinate(setUp, catalogue.recipient.id, { dose: 1, date: daysAgo(30) });
    const before = await certificates();
    const early = await rejection(vaccinate(setUp, catalogue.recipient.id, { dose: 2, date: daysAgo(0) }));
    expect(early.code).toBe("UNPROCESSABLE");
    expect(early.details).toEqual([
      {
        path: "date",
        message: `Dose 2 of ${catalogue.covishield.name} may be given from ${daysAgo(30 - 84)}, 84 days after dose 1 on ${daysAgo(30)}`,
      },
    ]);
    expect(await certificates()).toBe(before);
  });

  it("refuses dose 2 certified in the same batch as dose 1 a few seconds later, at that row's date", async () => {
    const identity = aadhaar();
    const one = certifyRow(identity, 1, daysAgo(2));
    const two = { ...one, vaccination: { ...one.vaccination, dose: 2, batch: "4121Z040" } };
    const before = await certificates();
    const refused = await rejection(certifyBatch({ actor: hospital, requests: [two, one], idempotencyKey: null }));
    expect(refused.details).toEqual([
      {
        path: "0.vaccination.date",
        message: `Dose 2 of ${setUp.catalogue.covishield.name} may be given from ${daysAgo(2 - 84)}, 84 days after dose 1 on ${daysAgo(2)}`,
      },
    ]);
    expect(await certificates()).toBe(before);
  });

  it("certifies dose 2 twelve weeks after dose 1, and tells another client the rule without the first dose's date", async () => {
    const identity = aadhaar();
    await certifyBatch({ actor: hospital, requests: [certifyRow(identity, 1, daysAgo(90))], idempotencyKey: null });
    const tooSoon = await rejection(
      certifyBatch({ actor: otherHospital, requests: [certifyRow(identity, 2, daysAgo(20))], idempotencyKey: null }),
    );
    expect(tooSoon.details).toEqual([
      {
        path: "0.vaccination.date",
        message: `Dose 2 of ${setUp.catalogue.covishield.name} may be given at the earliest 84 days after dose 1`,
      },
    ]);
    const [second] = await certifyBatch({
      actor: otherHospital,
      requests: [certifyRow(identity, 2, daysAgo(5))],
      idempotencyKey: null,
    });
    expect(second?.dose).toBe(2);
  });
});

describe("the programme's dates", () => {
  it("refuses a dose before the programme starts or after it ends, in the facility app and the certify API", async () => {
    const { catalogue } = setUp;
    await prisma.programme.update({
      where: { id: catalogue.yellowFever.id },
      data: { startDate: new Date(`${daysAgo(60)}T00:00:00Z`), endDate: new Date(`${daysAgo(10)}T00:00:00Z`) },
    });
    const yellowFever = { programmeId: catalogue.yellowFever.id, vaccineId: catalogue.stamaril.id };
    const before = await certificates();
    const early = await rejection(
      vaccinate(setUp, catalogue.recipient.id, { dose: 1, date: daysAgo(61), ...yellowFever }),
    );
    expect(early.details).toEqual([
      {
        path: "date",
        message: `${catalogue.yellowFever.name} starts on ${daysAgo(60)}; a dose on ${daysAgo(61)} is before it`,
      },
    ]);
    const late = await rejection(
      vaccinate(setUp, catalogue.recipient.id, { dose: 1, date: daysAgo(9), ...yellowFever }),
    );
    expect(late.details).toEqual([
      {
        path: "date",
        message: `${catalogue.yellowFever.name} ended on ${daysAgo(10)}; a dose on ${daysAgo(9)} is after it`,
      },
    ]);
    const viaApi = divocCertificationRequest({
      identity: aadhaar(),
      facility: { name: catalogue.facility.name },
      vaccination: { name: catalogue.stamaril.name, dose: 1, totalDoses: 1, date: `${daysAgo(5)}T10:00:00Z` },
    });
    const refused = await rejection(certifyBatch({ actor: hospital, requests: [viaApi], idempotencyKey: null }));
    expect(refused.details).toEqual([{ path: "0.vaccination.date", message: expect.stringMatching(/ended on/) }]);
    expect(await certificates()).toBe(before);
    const onLastDay = await vaccinate(setUp, catalogue.recipient.id, { dose: 1, date: daysAgo(10), ...yellowFever });
    expect(onLastDay.dose).toBe(1);
  });
});

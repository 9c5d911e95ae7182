import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertificateView } from "../certification";
import { MAX_CITIZEN_SUBMISSIONS_PER_DAY } from "../correction-request/citizen-limits";
import { ZFeedbackQuery } from "../schemas/feedback";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { feedbackByFacility } from "./feedback-by-facility";
import { giveFeedback } from "./give-feedback";
import { listFeedback } from "./list-feedback";

describe("feedback on a vaccination", () => {
  let home: TTenantSetUp;
  let away: TTenantSetUp;
  let mobile: string;
  let certificate: TCertificateView;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
    away = await tenantWithCatalogue();
    mobile = home.catalogue.recipient.mobile;
    certificate = await vaccinate(home, home.catalogue.recipient.id, { dose: 1, date: daysAgo(10) });
  });

  it("is counted for the facility where the dose was given, with the average rating, in its tenant only", async () => {
    const first = await giveFeedback({
      mobile,
      input: { certificateId: certificate.certificateId, rating: 5, message: "Quick and kind" },
    });
    expect(first).toMatchObject({
      rating: 5,
      message: "Quick and kind",
      facility: { id: home.catalogue.facility.id, name: home.catalogue.facility.name },
      certificateId: certificate.certificateId,
    });
    await giveFeedback({ mobile, input: { certificateId: certificate.certificateId, rating: 2, message: "" } });

    expect(await feedbackByFacility({ actor: home.admin })).toEqual([
      {
        facilityId: home.catalogue.facility.id,
        facilityName: home.catalogue.facility.name,
        count: 2,
        averageRating: 3.5,
      },
    ]);
    expect(await feedbackByFacility({ actor: away.admin })).toEqual([]);
    const page = await listFeedback({
      actor: home.admin,
      query: ZFeedbackQuery.parse({ facilityId: home.catalogue.facility.id }),
    });
    expect(page.items.map(({ rating }) => rating)).toEqual([2, 5]);
    expect((await listFeedback({ actor: away.admin, query: ZFeedbackQuery.parse({}) })).total).toBe(0);
    const audit = await prisma.auditEvent.findFirst({ where: { entityType: "Feedback", entityId: first.id } });
    expect(audit).toMatchObject({ action: "feedback.given", tenantId: home.tenantId, after: { rating: 5 } });
  });

  it("is taken only from the holder's citizen, with a rating of 1 to 5 and at most 1000 characters", async () => {
    const stranger = await rejection(
      giveFeedback({
        mobile: "7000000001",
        input: { certificateId: certificate.certificateId, rating: 4, message: "" },
      }),
    );
    expect(stranger.code).toBe("NOT_FOUND");
    for (const input of [
      { certificateId: certificate.certificateId, rating: 6, message: "" },
      { certificateId: certificate.certificateId, rating: 0, message: "" },
      { certificateId: certificate.certificateId, rating: 3, message: "x".repeat(1001) },
    ]) {
      await expect(giveFeedback({ mobile, input })).rejects.toThrow();
    }
  });

  it(`takes at most ${MAX_CITIZEN_SUBMISSIONS_PER_DAY} pieces a day from one number`, async () => {
    const given = await prisma.feedback.count({ where: { mobile } });
    for (let index = given; index < MAX_CITIZEN_SUBMISSIONS_PER_DAY; index += 1) {
      await giveFeedback({ mobile, input: { certificateId: certificate.certificateId, rating: 4, message: "" } });
    }
    const refused = await rejection(
      giveFeedback({ mobile, input: { certificateId: certificate.certificateId, rating: 4, message: "" } }),
    );
    expect(refused.code).toBe("RATE_LIMITED");
    expect(await prisma.feedback.count({ where: { mobile } })).toBe(MAX_CITIZEN_SUBMISSIONS_PER_DAY);
  });
});

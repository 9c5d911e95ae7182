import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { daysAgo, type TTenantSetUp, vaccinate } from "../testing/issuance-fixture";
import { addRecipient, citizenFamily, freshMobile, type TCitizenFamily } from "./citizen-certificates-fixture";
import { listCitizenCertificates } from "./list-citizen-certificates";

describe("the citizen's certificates", () => {
  let home: TTenantSetUp;
  let mobile: string;
  let firstDose: TCitizenFamily["firstDose"];
  let secondDose: TCitizenFamily["secondDose"];

  beforeAll(async () => {
    ({ home, mobile, firstDose, secondDose } = await citizenFamily());
  });

  it("lists everyone on the number, in every tenant, each with their current certificates first", async () => {
    const people = await listCitizenCertificates({ mobile: `+91 ${mobile}` });
    expect(people.map((person) => person.name)).toEqual(
      [home.catalogue.recipient.name, "Meera Kumari", "Savitri Devi"].sort((a, b) => a.localeCompare(b)),
    );
    const mother = people.find((person) => person.name === home.catalogue.recipient.name);
    expect(mother?.birthDate).toBe("1990-04-12");
    expect(mother?.certificates.map(({ certificateId, dose, current }) => ({ certificateId, dose, current }))).toEqual([
      { certificateId: secondDose.certificateId, dose: 2, current: true },
      { certificateId: firstDose.certificateId, dose: 1, current: false },
    ]);
    expect(mother?.certificates[0]).toMatchObject({
      programmeName: home.catalogue.covid.name,
      totalDoses: 2,
      status: "ACTIVE",
      doses: [
        { doseNumber: 1, vaccine: home.catalogue.covishield.name, batch: "B1-4121Z", date: daysAgo(120) },
        { doseNumber: 2, vaccine: home.catalogue.covishield.name, batch: "B2-4121Z", date: daysAgo(20) },
      ],
    });
    const daughter = people.find((person) => person.name === "Meera Kumari");
    expect(daughter?.certificates.map((certificate) => [certificate.programmeName, certificate.current])).toEqual([
      [home.catalogue.covid.name, true],
      [home.catalogue.yellowFever.name, true],
    ]);
  });

  it("answers a number with nobody on it with an empty list", async () => {
    expect(await listCitizenCertificates({ mobile: freshMobile() })).toEqual([]);
  });

  it("no longer counts a revoked certificate as current", async () => {
    const revokedMobile = freshMobile();
    const person = await addRecipient(home, "Revoked Person", revokedMobile);
    const first = await vaccinate(home, person.id, { dose: 1, date: daysAgo(100) });
    const second = await vaccinate(home, person.id, { dose: 2, date: daysAgo(10) });
    await prisma.certificate.update({
      where: { certificateId: second.certificateId },
      data: { status: "REVOKED", statusReason: "Entered for the wrong person" },
    });
    const [listed] = await listCitizenCertificates({ mobile: revokedMobile });
    expect(
      listed?.certificates.map(({ certificateId, status, current }) => ({ certificateId, status, current })),
    ).toEqual([
      { certificateId: first.certificateId, status: "ACTIVE", current: true },
      { certificateId: second.certificateId, status: "REVOKED", current: false },
    ]);
  });
});

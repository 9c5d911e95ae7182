import { randomBytes } from "node:crypto";
import type { Database } from "../client";

/**
 * Gives a test tenant what recording doses needs: a two-dose COVID-19 programme with two vaccines,
 * a one-dose programme whose vaccine the first does not use, a facility running both, a vaccinator
 * user working there, and a recipient.
 */
export const createTestCatalogue = async (db: Database, tenantId: string) => {
  const suffix = randomBytes(4).toString("hex");
  const covid = await db.programme.create({
    data: {
      tenantId,
      name: `COVID-19 ${suffix}`,
      disease: "COVID-19",
      vaccines: {
        create: [
          {
            tenantId,
            name: `COVISHIELD-${suffix}`,
            manufacturer: "Serum Institute of India",
            icd11Code: "XM9QW8",
            whoProphylaxisCode: "J07BN02",
            dosesInSchedule: 2,
            minIntervalDays: 84,
            validityDays: 365,
          },
          { tenantId, name: `COVAXIN-${suffix}`, manufacturer: "Bharat Biotech", dosesInSchedule: 2 },
        ],
      },
    },
    include: { vaccines: { orderBy: { name: "desc" } } },
  });
  const yellowFever = await db.programme.create({
    data: {
      tenantId,
      name: `Yellow fever ${suffix}`,
      disease: "Yellow fever",
      vaccines: { create: { tenantId, name: `STAMARIL-${suffix}`, manufacturer: "Sanofi", dosesInSchedule: 1 } },
    },
    include: { vaccines: true },
  });
  const facility = await db.facility.create({
    data: {
      tenantId,
      code: `PHC-${suffix}`,
      name: `Primary Health Centre ${suffix}`,
      addressLine: "9th Block, Jayanagar",
      district: "Bengaluru Urban",
      state: "Karnataka",
      country: "IN",
      category: "GOVERNMENT",
      programmes: { connect: [{ id: covid.id }, { id: yellowFever.id }] },
    },
  });
  const user = await db.user.create({
    data: {
      tenantId,
      email: `vaccinator-${suffix}@test.example`,
      name: `Vaccinator ${suffix}`,
      passwordHash: "not-used",
      role: "VACCINATOR",
      facilityId: facility.id,
    },
  });
  const vaccinator = await db.vaccinator.create({
    data: { tenantId, facilityId: facility.id, userId: user.id, name: user.name },
  });
  const recipient = await db.recipient.create({
    data: {
      tenantId,
      name: `Asha Kumari ${suffix}`,
      dateOfBirth: new Date("1990-04-12T00:00:00Z"),
      gender: "FEMALE",
      nationality: "IN",
      identityType: "AADHAAR",
      identityNumber: `9${String(randomBytes(4).readUInt32BE()).padStart(11, "0")}`.slice(0, 12),
      mobile: `98${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, "0")}`,
      country: "IN",
    },
  });
  const [covishield, covaxin] = covid.vaccines;
  const [stamaril] = yellowFever.vaccines;
  if (!covishield || !covaxin || !stamaril) throw new Error("The test vaccines were not created");
  return { covid, yellowFever, covishield, covaxin, stamaril, facility, user, vaccinator, recipient };
};

/** What {@link createTestCatalogue} returns. */
export type TestCatalogue = Awaited<ReturnType<typeof createTestCatalogue>>;

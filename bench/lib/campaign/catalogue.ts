import { type Database, newSealedSigningKey } from "@vax/db";

/** The tenant of a generated campaign with what its doses refer to: its signing key, vaccines and programmes. */
export type TCampaignCatalogue = {
  tenantId: string;
  slug: string;
  keyId: string;
  kid: string;
  /** COVISHIELD, COVAXIN and Comirnaty, in that order. */
  covid: { id: string }[];
  mr: { id: string };
  covidProgrammeId: string;
  mrProgrammeId: string;
};

/** Creates the campaign's tenant with a signing key, and the programmes and vaccines as the demo has them. */
export const createCampaignCatalogue = async (db: Database, slug: string): Promise<TCampaignCatalogue> => {
  const tenant = await db.tenant.create({ data: { slug, name: "Campaign bench ministry", country: "IN" } });
  const key = await db.signingKey.create({
    data: await newSealedSigningKey({
      tenantId: tenant.id,
      kind: "VC",
      country: "IN",
      issuerName: tenant.name,
      keyEncryptionKey: Buffer.alloc(32, 7).toString("base64"),
      status: "ACTIVE",
    }),
  });
  const vaccine = (name: string, manufacturer: string, icd11Code: string) =>
    db.vaccine.create({
      data: {
        tenantId: tenant.id,
        name,
        manufacturer,
        icd11Code,
        whoProphylaxisCode: "J07BX03",
        dosesInSchedule: 2,
        minIntervalDays: 28,
      },
    });
  const covid = [
    await vaccine("COVISHIELD", "Serum Institute of India", "XM9QW8"),
    await vaccine("COVAXIN", "Bharat Biotech", "XM1NL1"),
    await vaccine("Comirnaty", "BioNTech Manufacturing GmbH", "XM8NQ0"),
  ];
  const mr = await vaccine("MR-VAC", "Serum Institute of India", "XM28X5");
  const programme = (name: string, disease: string, vaccineIds: string[]) =>
    db.programme.create({
      data: { tenantId: tenant.id, name, disease, vaccines: { connect: vaccineIds.map((id) => ({ id })) } },
    });
  const covidProgramme = await programme(
    "COVID-19",
    "COVID-19",
    covid.map(({ id }) => id),
  );
  const mrProgramme = await programme("Measles-Rubella", "Measles and rubella", [mr.id]);
  return {
    tenantId: tenant.id,
    slug,
    keyId: key.id,
    kid: key.kid,
    covid,
    mr,
    covidProgrammeId: covidProgramme.id,
    mrProgrammeId: mrProgramme.id,
  };
};

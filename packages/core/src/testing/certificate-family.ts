import { randomInt } from "node:crypto";
import { prisma } from "@vax/db";
import type { TCertificateView } from "../certification";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "./issuance-fixture";

/** An Aadhaar-shaped number no other test uses. */
export const aadhaar = () => `${randomInt(2, 10)}${String(randomInt(0, 100_000_000_000)).padStart(11, "0")}`;

/** A recipient of the tenant with these fields, the rest made up. */
export const addRecipient = (
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

/** The certificates of {@link certificateFamily}: a family on one mobile, a stranger, and a twin in another tenant. */
export type TCertificateFamily = {
  home: TTenantSetUp;
  away: TTenantSetUp;
  mobile: string;
  motherFirst: TCertificateView;
  motherSecond: TCertificateView;
  daughterCovid: TCertificateView;
  daughterYellowFever: TCertificateView;
  son: TCertificateView;
  stranger: TCertificateView;
  awayCertificate: TCertificateView;
};

/**
 * Issues, one after another, the certificates the admin search and details tests read: a mother's
 * two doses, her daughter's two programmes and her son on her mobile, a stranger on a near number,
 * and, in another tenant, a twin with the mother's mobile, identity number and name.
 */
export const certificateFamily = async (): Promise<TCertificateFamily> => {
  const home = await tenantWithCatalogue();
  const away = await tenantWithCatalogue();
  const mother = home.catalogue.recipient;
  const mobile = mother.mobile;
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
  const motherFirst = await vaccinate(home, mother.id, { dose: 1, date: daysAgo(200) });
  const motherSecond = await vaccinate(home, mother.id, { dose: 2, date: daysAgo(100) });
  const daughterCovid = await vaccinate(home, daughter.id, { dose: 1, date: daysAgo(30) });
  const daughterYellowFever = await vaccinate(home, daughter.id, {
    dose: 1,
    date: daysAgo(20),
    programmeId: home.catalogue.yellowFever.id,
    vaccineId: home.catalogue.stamaril.id,
  });
  const son = await vaccinate(home, boy.id, { dose: 1, date: daysAgo(10) });
  const stranger = await vaccinate(home, someoneElse.id, { dose: 1, date: daysAgo(5) });
  const awayCertificate = await vaccinate(away, twin.id, { dose: 1, date: daysAgo(50) });
  return {
    home,
    away,
    mobile,
    motherFirst,
    motherSecond,
    daughterCovid,
    daughterYellowFever,
    son,
    stranger,
    awayCertificate,
  };
};

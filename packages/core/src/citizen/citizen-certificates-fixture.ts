import { randomInt, randomUUID } from "node:crypto";
import { createApiToken, prisma } from "@vax/db";
import { expect } from "vitest";
import { authenticateApiClient } from "../api-client";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";

/** A mobile number nobody else in the run has. */
export const freshMobile = () => `7${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;

/** Registers a recipient on the mobile number in the tenant. */
export const addRecipient = ({ tenantId }: TTenantSetUp, name: string, mobile: string) =>
  prisma.recipient.create({
    data: {
      tenantId,
      name,
      dateOfBirth: new Date("1982-09-30T00:00:00Z"),
      gender: "FEMALE",
      nationality: "IN",
      identityType: "PASSPORT",
      identityNumber: randomUUID().slice(0, 12),
      mobile,
      country: "IN",
    },
  });

/** A new API client of the tenant with the scopes, as it authenticates to read certificates. */
export const apiClientActor = async (tenantId: string, scopes: string[]) => {
  const token = createApiToken();
  await prisma.apiClient.create({
    data: {
      tenantId,
      name: `client ${randomUUID()}`,
      tokenPrefix: token.tokenPrefix,
      secretHash: token.secretHash,
      scopes,
    },
  });
  return authenticateApiClient({ token: token.token, scope: "certificate:read" });
};

/** Expects the use case to refuse as for a certificate id that does not exist. */
export const notFound = async (promise: Promise<unknown>) => {
  expect(await rejection(promise)).toMatchObject({
    code: "NOT_FOUND",
    message: "There is no certificate with this id",
  });
};

/** A family on one mobile number across two tenants, and a stranger on another number, each with their doses. */
export type TCitizenFamily = {
  home: TTenantSetUp;
  mobile: string;
  firstDose: { certificateId: string };
  secondDose: { certificateId: string; credential: Record<string, unknown> };
  otherTenantDose: { certificateId: string };
  strangerDose: { certificateId: string };
  strangerMobile: string;
};

/**
 * Makes two tenants: in `home`, the catalogue's recipient (two COVID-19 doses) and her daughter on the same number
 * (a COVID-19 and a yellow fever dose), and a stranger on another number; in `away`, the grandmother on the same
 * number typed with its country code (one dose).
 */
export const citizenFamily = async (): Promise<TCitizenFamily> => {
  const strangerMobile = freshMobile();
  const home = await tenantWithCatalogue();
  const away = await tenantWithCatalogue();
  const mobile = home.catalogue.recipient.mobile;
  const mother = home.catalogue.recipient;
  const daughter = await addRecipient(home, "Meera Kumari", mobile);
  // The same family registered by another programme's tenant, the number typed with its country code.
  const grandmother = await addRecipient(away, "Savitri Devi", `+91${mobile}`);
  const stranger = await addRecipient(home, "Someone Else", strangerMobile);

  const firstDose = await vaccinate(home, mother.id, { dose: 1, date: daysAgo(120) });
  const secondDose = await vaccinate(home, mother.id, { dose: 2, date: daysAgo(20) });
  await vaccinate(home, daughter.id, { dose: 1, date: daysAgo(10) });
  await vaccinate(home, daughter.id, {
    dose: 1,
    date: daysAgo(5),
    programmeId: home.catalogue.yellowFever.id,
    vaccineId: home.catalogue.stamaril.id,
  });
  const otherTenantDose = await vaccinate(away, grandmother.id, { dose: 1, date: daysAgo(30) });
  const strangerDose = await vaccinate(home, stranger.id, { dose: 1, date: daysAgo(30) });
  return { home, mobile, firstDose, secondDose, otherTenantDose, strangerDose, strangerMobile };
};

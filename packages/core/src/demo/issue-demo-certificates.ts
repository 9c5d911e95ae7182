import { prisma } from "@vax/db";
import type { TDoseRequest } from "../certification/dose-request";
import { issueDoses } from "../certification/issue-doses";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";

type TDemoDose = { mobile: string; name: string; vaccine: string; dose: number; daysAgo: number; batch: string };

// A family on one number with a finished course, a first dose and a child's MR dose, and two more people.
const demoDoses: TDemoDose[] = [
  { mobile: "9876500001", name: "Ravi Kumar", vaccine: "COVISHIELD", dose: 1, daysAgo: 120, batch: "4121Z005" },
  { mobile: "9876500001", name: "Ravi Kumar", vaccine: "COVISHIELD", dose: 2, daysAgo: 30, batch: "4121Z040" },
  { mobile: "9876500001", name: "Lakshmi Ravi", vaccine: "COVAXIN", dose: 1, daysAgo: 20, batch: "EL2036" },
  { mobile: "9876500001", name: "Arjun Ravi", vaccine: "MR-VAC", dose: 1, daysAgo: 10, batch: "MR0921A" },
  { mobile: "9876500002", name: "Priya Sharma", vaccine: "Comirnaty", dose: 1, daysAgo: 45, batch: "FN7934" },
  { mobile: "9876500003", name: "Mohammed Irfan", vaccine: "COVISHIELD", dose: 1, daysAgo: 15, batch: "4121Z077" },
];

/**
 * Issues the demo ministry's sample certificates, so a citizen signing in on 9876500001 finds a
 * family's certificates and the verifier has something real to check. Keyed per dose, so running
 * it again issues nothing new. Returns how many certificates the demo data holds.
 */
export const issueDemoCertificates = async ({ tenantSlug, now = new Date() }: { tenantSlug: string; now?: Date }) => {
  const tenant = await prisma.tenant.findUnique({
    where: { slug: tenantSlug },
    include: {
      programmes: { include: { vaccines: true } },
      facilities: { orderBy: { code: "asc" }, take: 1 },
      vaccinators: { orderBy: { name: "asc" }, take: 1 },
      recipients: { where: { mobile: { in: [...new Set(demoDoses.map(({ mobile }) => mobile))] } } },
    },
  });
  const [facility] = tenant?.facilities ?? [];
  if (!tenant || !facility) throw new AppError("NOT_FOUND", `The demo tenant ${tenantSlug} is not seeded`);
  const actor: TActor = {
    type: "SYSTEM",
    id: null,
    label: "demo seed",
    tenantId: tenant.id,
    role: null,
    facilityId: null,
  };
  const requests = demoDoses.map((demo, index): TDoseRequest => {
    const programme = tenant.programmes.find((candidate) =>
      candidate.vaccines.some(({ name }) => name === demo.vaccine),
    );
    const vaccine = programme?.vaccines.find(({ name }) => name === demo.vaccine);
    const recipient = tenant.recipients.find(({ name, mobile }) => name === demo.name && mobile === demo.mobile);
    if (!programme || !vaccine || !recipient)
      throw new Error(`The demo catalogue lacks ${demo.name} or ${demo.vaccine}`);
    return {
      idempotencyKey: `demo:${index + 1}`,
      recipient: { id: recipient.id },
      programmeId: programme.id,
      vaccineId: vaccine.id,
      facilityId: facility.id,
      vaccinatorId: tenant.vaccinators[0]?.id ?? null,
      vaccinatorName: null,
      batch: demo.batch,
      dose: demo.dose,
      vaccinatedAt: new Date(now.getTime() - demo.daysAgo * 86_400_000),
      validUntil: null,
      preEnrolmentCode: null,
    };
  });
  const result = await issueDoses({ actor, requests, source: "FACILITY_APP", repeatedDose: "return-existing", now });
  if ("problems" in result) throw new Error(`The demo doses were refused: ${JSON.stringify(result.problems)}`);
  return result.certificates.length;
};

import { prisma } from "@vax/db";
import Papa from "papaparse";
import { bulkColumns } from "../schemas/bulk-columns";
import type { TBulkKind } from "../schemas/bulk-upload";
import type { TActor } from "../shared/actor";

/** Options for {@link bulkTemplateCsv}. */
export type BulkTemplateCsvOptions = { actor: TActor; kind: TBulkKind; now?: Date };

type TExampleFacts = { programme: string; vaccine: string; facilityCode: string; facilityName: string };

// Without a tenant of one's own (a platform admin) the example names what a tenant's would be.
const PLACEHOLDERS: TExampleFacts = {
  programme: "COVID-19",
  vaccine: "COVISHIELD",
  facilityCode: "KA-BLR-PHC-001",
  facilityName: "Primary Health Centre",
};

// The tenant's first active programme with an active vaccine, and a facility that runs it, so the example row is valid as it stands.
const exampleFacts = async (tenantId: string | null): Promise<TExampleFacts> => {
  if (!tenantId) return PLACEHOLDERS;
  const programme = await prisma.programme.findFirst({
    where: { tenantId, active: true, vaccines: { some: { active: true } }, facilities: { some: { active: true } } },
    orderBy: { createdAt: "asc" },
    include: {
      vaccines: { where: { active: true }, orderBy: { createdAt: "asc" }, take: 1 },
      facilities: { where: { active: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  const [vaccine] = programme?.vaccines ?? [];
  const [facility] = programme?.facilities ?? [];
  if (!programme || !vaccine || !facility) return PLACEHOLDERS;
  return { programme: programme.name, vaccine: vaccine.name, facilityCode: facility.code, facilityName: facility.name };
};

const exampleRow = (kind: TBulkKind, facts: TExampleFacts, today: string): Record<string, string> => {
  switch (kind) {
    case "facilities":
      return {
        code: "KA-BLR-UPHC-042",
        name: "Urban Primary Health Centre, Jayanagar",
        addressLine: "11th Main Road, Jayanagar 4th Block",
        district: "Bengaluru Urban",
        state: "Karnataka",
        pincode: "560011",
        country: "IN",
        category: "GOVERNMENT",
        programmes: facts.programme,
      };
    case "users":
      return {
        name: "Asha Kumari",
        email: "asha.kumari@example.org",
        role: "VACCINATOR",
        facility: facts.facilityCode,
        licenceNumber: "KMC-123456",
        mobile: "9876543210",
        password: "Change-me-2026",
      };
    case "pre-enrolments":
      return {
        code: "PRE-0001",
        programme: facts.programme,
        facility: facts.facilityCode,
        appointmentDate: "",
        name: "Ravi Shankar",
        dateOfBirth: "1985-04-12",
        age: "",
        gender: "MALE",
        identityType: "PASSPORT",
        identityNumber: "K1234567",
        mobile: "9812345678",
        email: "",
        nationality: "IN",
        country: "IN",
      };
    case "certify":
      return {
        preEnrollmentCode: "",
        programId: facts.programme,
        "recipient.name": "Meena Iyer",
        "recipient.dob": "1990-07-21",
        "recipient.age": "",
        "recipient.gender": "Female",
        "recipient.nationality": "Indian",
        "recipient.identity": "did:in.gov.passport:M7654321",
        "recipient.contact": "tel:9811122233",
        "recipient.address.addressLine1": "22 Temple Street",
        "recipient.address.district": "Bengaluru Urban",
        "recipient.address.state": "Karnataka",
        "recipient.address.pincode": "560004",
        "vaccination.name": facts.vaccine,
        "vaccination.manufacturer": "",
        "vaccination.batch": "4121Z025",
        "vaccination.date": `${today}T09:30:00.000Z`,
        "vaccination.effectiveStart": "",
        "vaccination.effectiveUntil": "",
        "vaccination.dose": "1",
        "vaccination.totalDoses": "",
        "vaccinator.name": "Dr. Anil Rao",
        "facility.name": facts.facilityName,
      };
  }
};

/**
 * A kind's CSV template: the header row with every column, and one example row that is valid as it
 * stands in the actor's tenant (its programme, vaccine and facility; for certify the demo data's in
 * the demo tenant).
 */
export const bulkTemplateCsv = async ({ actor, kind, now = new Date() }: BulkTemplateCsvOptions): Promise<string> => {
  const facts = await exampleFacts(actor.tenantId);
  // Yesterday: a dose given today after this moment would be refused as a future dose.
  const example = exampleRow(kind, facts, new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10));
  const fields = bulkColumns[kind].map(({ name }) => name);
  return `${Papa.unparse({ fields, data: [fields.map((name) => example[name] ?? "")] }, { newline: "\r\n" })}\r\n`;
};

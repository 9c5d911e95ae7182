import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticateApiClient } from "../api-client/authenticate-api-client";
import { createApiClient } from "../api-client/create-api-client";
import { ZApiClientInput } from "../schemas/api-client";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { csv, errorRows, onlyChunk, suffix, upload, uploadAndRun } from "./bulk-upload-fixture";
import { getBulkUpload } from "./get-bulk-upload";
import { processBulkChunk } from "./process-bulk-chunk";

describe("bulk uploads", () => {
  let home: TTenantSetUp;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
  });

  describe("certify", () => {
    const row = (identity: string, fields: Record<string, string> = {}) => ({
      preEnrollmentCode: "",
      programId: "",
      "recipient.name": "Meena Iyer",
      "recipient.dob": "1990-07-21",
      "recipient.gender": "Female",
      "recipient.nationality": "Indian",
      "recipient.identity": `did:in.gov.uidai.aadhaar:${identity}`,
      "recipient.contact": "tel:9811122233",
      "vaccination.name": home.catalogue.covishield.name,
      "vaccination.batch": "4121Z025",
      "vaccination.date": new Date(Date.now() - 86_400_000).toISOString(),
      "vaccination.dose": "1",
      "vaccinator.name": "Dr. Anil Rao",
      "facility.name": home.catalogue.facility.name,
      ...fields,
    });
    const aadhaar = () => `5${String(randomBytes(6).readUIntBE(0, 6)).padStart(11, "0").slice(-11)}`;

    it("certifies through the certify API's steps, reports refused rows, and a re-upload issues nothing new", async () => {
      const people = [aadhaar(), aadhaar(), aadhaar(), aadhaar()];
      const text = csv([
        row(people[0] as string),
        row(people[1] as string, { "vaccination.dose": "3" }),
        row(people[2] as string, { "vaccination.name": "NOVAX" }),
        row(people[3] as string, { "vaccination.dose": "two" }),
      ]);
      const certificates = () => prisma.certificate.count({ where: { recipient: { identityNumber: { in: people } } } });
      const first = await uploadAndRun(home.admin, "certify", text);
      expect(first.view).toMatchObject({ status: "done", total: 4, succeeded: 1, failed: 3 });
      expect(await certificates()).toBe(1);
      const reasons = (await errorRows(home.admin, first.id)).map(({ reason }) => reason);
      expect(reasons[0]).toMatch(/beyond the schedule/);
      expect(reasons[1]).toMatch(/Unknown vaccine NOVAX/);
      expect(reasons[2]).toBe("vaccination.dose must be a number");
      const [created] = await prisma.bulkUploadRow.findMany({ where: { uploadId: first.id, outcome: "CREATED" } });
      const certificate = await prisma.certificate.findUniqueOrThrow({
        where: { certificateId: created?.recordId ?? "" },
      });
      expect(
        (await prisma.vaccinationEvent.findUniqueOrThrow({ where: { id: certificate.vaccinationEventId } })).source,
      ).toBe("BULK_UPLOAD");

      const again = await uploadAndRun(home.admin, "certify", text);
      expect(again.view).toMatchObject({ succeeded: 1, existing: 1, failed: 3 });
      const [found] = await prisma.bulkUploadRow.findMany({ where: { uploadId: again.id, outcome: "EXISTING" } });
      expect(found?.recordId).toBe(created?.recordId);
      expect(await certificates()).toBe(1);
    });

    it("issues each certificate once when the same chunk runs twice at once, and for an API client's upload", async () => {
      const client = await createApiClient({
        actor: home.admin,
        input: ZApiClientInput.parse({ name: `Bulk ${suffix()}`, scopes: ["bulk:write"] }),
      });
      const actor = await authenticateApiClient({ token: client.token, scope: "bulk:write" });
      const people = Array.from({ length: 6 }, aadhaar);
      const { id } = await upload(actor, "certify", csv(people.map((person) => row(person))));
      const chunk = onlyChunk(id, "certify", people.length);
      await Promise.all([processBulkChunk(chunk), processBulkChunk(chunk)]);
      expect(await prisma.certificate.count({ where: { recipient: { identityNumber: { in: people } } } })).toBe(6);
      expect(await getBulkUpload({ actor, id })).toMatchObject({ status: "done", succeeded: 6, failed: 0 });
      const events = await prisma.vaccinationEvent.findMany({
        where: { recipient: { identityNumber: { in: people } } },
      });
      expect(new Set(events.map(({ apiClientId }) => apiClientId))).toEqual(new Set([actor.id]));
    });
  });
});

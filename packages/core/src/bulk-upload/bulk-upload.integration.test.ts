import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticateApiClient } from "../api-client/authenticate-api-client";
import { createApiClient } from "../api-client/create-api-client";
import { ZApiClientInput } from "../schemas/api-client";
import type { TBulkKind } from "../schemas/bulk-upload";
import type { TActor } from "../shared/actor";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { bulkChunks } from "./bulk-chunks";
import { bulkErrorsCsv } from "./bulk-errors-csv";
import { bulkTemplateCsv } from "./bulk-template";
import { cancelBulkUpload } from "./cancel-bulk-upload";
import { createBulkUpload } from "./create-bulk-upload";
import { getBulkUpload } from "./get-bulk-upload";
import { giveUpBulkChunk, processBulkChunk } from "./process-bulk-chunk";

const csv = (rows: Record<string, string>[]) => Papa.unparse(rows, { newline: "\r\n" });

const upload = (actor: TActor, kind: TBulkKind, text: string) =>
  createBulkUpload({ actor, kind, fileName: `${kind}.csv`, stream: new Blob([text]).stream() });

// Every chunk's job, run as the worker would.
const runAll = async (id: string) => {
  const stored = await prisma.bulkUpload.findUniqueOrThrow({ where: { id } });
  for (const chunk of bulkChunks(id, stored.kind as TBulkKind, stored.totalRows)) await processBulkChunk(chunk);
};

// The one chunk of a small upload.
const onlyChunk = (id: string, kind: TBulkKind, rows: number) => {
  const [chunk, ...rest] = bulkChunks(id, kind, rows);
  if (!chunk || rest.length) throw new Error("The upload is not one chunk");
  return chunk;
};

const uploadAndRun = async (actor: TActor, kind: TBulkKind, text: string) => {
  const { id } = await upload(actor, kind, text);
  await runAll(id);
  return { id, view: await getBulkUpload({ actor, id }) };
};

const errorRows = async (actor: TActor, id: string) => {
  const { csv: text } = await bulkErrorsCsv({ actor, id });
  expect(text.startsWith("\ufeff")).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
};

const suffix = () => randomBytes(3).toString("hex").toUpperCase();

describe("bulk uploads", () => {
  let home: TTenantSetUp;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
  });

  describe("facilities", () => {
    const facility = (code: string, fields: Record<string, string> = {}) => ({
      code,
      name: `Health centre ${code}`,
      addressLine: "1 Main Road",
      country: "IN",
      category: "government",
      pincode: "",
      programmes: home.catalogue.covid.name,
      ...fields,
    });

    it("creates the valid rows with the facility form's rules, reports the others, and a re-upload creates nothing", async () => {
      const tag = suffix();
      const text = csv([
        facility(`BULK-${tag}-1`),
        facility(`BULK-${tag}-2`, { pincode: "12" }),
        facility(`BULK-${tag}-3`, { programmes: "No such programme" }),
      ]);
      const first = await uploadAndRun(home.admin, "facilities", text);
      expect(first.view).toMatchObject({
        status: "done",
        total: 3,
        processed: 3,
        succeeded: 1,
        failed: 2,
        existing: 0,
      });
      const created = await prisma.facility.findFirstOrThrow({
        where: { code: `BULK-${tag}-1` },
        include: { programmes: true },
      });
      expect(created.programmes.map(({ id }) => id)).toEqual([home.catalogue.covid.id]);
      const errors = await errorRows(home.admin, first.id);
      expect(errors.map((row) => [row.code, row.reason])).toEqual([
        [`BULK-${tag}-2`, "PIN code must be 4 to 10 digits"],
        [`BULK-${tag}-3`, "Unknown programme"],
      ]);
      expect(errors[0]?.programmes).toBe(home.catalogue.covid.name);

      const again = await uploadAndRun(home.admin, "facilities", text);
      expect(again.view).toMatchObject({ status: "done", succeeded: 1, existing: 1, failed: 2 });
      expect(await prisma.facility.count({ where: { code: { startsWith: `BULK-${tag}` } } })).toBe(1);
    });

    it("creates each row once when the same chunk runs twice at once", async () => {
      const tag = suffix();
      const { id } = await upload(
        home.admin,
        "facilities",
        csv([1, 2, 3, 4].map((n) => facility(`TWICE-${tag}-${n}`))),
      );
      const chunk = onlyChunk(id, "facilities", 4);
      await Promise.all([processBulkChunk(chunk), processBulkChunk(chunk)]);
      await processBulkChunk(chunk);
      expect(await prisma.facility.count({ where: { code: { startsWith: `TWICE-${tag}` } } })).toBe(4);
      expect(await getBulkUpload({ actor: home.admin, id })).toMatchObject({
        status: "done",
        succeeded: 4,
        existing: 0,
      });
      expect(
        await prisma.auditEvent.count({
          where: {
            action: "facility.created",
            entityId: {
              in: (await prisma.facility.findMany({ where: { code: { startsWith: `TWICE-${tag}` } } })).map(
                (f) => f.id,
              ),
            },
          },
        }),
      ).toBe(4);
    });
  });

  describe("users", () => {
    it("creates vaccinators with the new-user form's rules, never keeps the password, and a re-upload creates nothing", async () => {
      const tag = suffix().toLowerCase();
      const text = csv([
        {
          name: "Asha Kumari",
          email: `asha.${tag}@example.org`,
          role: "VACCINATOR",
          facility: home.catalogue.facility.code,
          password: "Bulk-upload-2026",
        },
        {
          name: "No Facility",
          email: `nofac.${tag}@example.org`,
          role: "VACCINATOR",
          facility: "",
          password: "Bulk-upload-2026",
        },
        { name: "Short", email: `short.${tag}@example.org`, role: "MONITORING", facility: "", password: "short" },
      ]);
      const first = await uploadAndRun(home.admin, "users", text);
      expect(first.view).toMatchObject({ status: "done", succeeded: 1, failed: 2 });
      const user = await prisma.user.findUniqueOrThrow({
        where: { email: `asha.${tag}@example.org` },
        include: { vaccinator: true },
      });
      expect(user.vaccinator?.facilityId).toBe(home.catalogue.facility.id);
      const stored = await prisma.bulkUploadRow.findMany({ where: { uploadId: first.id } });
      expect(stored.map(({ data }) => (data as Record<string, string>).password)).toEqual(["", "", ""]);
      const errors = await errorRows(home.admin, first.id);
      expect(errors.map((row) => [row.email, row.password, row.reason])).toEqual([
        [`nofac.${tag}@example.org`, "", "Choose the facility"],
        [`short.${tag}@example.org`, "", "Password must be at least 10 characters and contain a letter and a digit"],
      ]);
      const again = await uploadAndRun(home.admin, "users", text);
      expect(again.view).toMatchObject({ succeeded: 1, existing: 1, failed: 2 });
      expect(await prisma.user.count({ where: { email: { contains: `.${tag}@` } } })).toBe(1);
    });

    it("keeps the password sealed while the row waits", async () => {
      const tag = suffix().toLowerCase();
      const { id } = await upload(
        home.admin,
        "users",
        csv([
          { name: "Sealed", email: `sealed.${tag}@example.org`, role: "MONITORING", password: "Sealed-password-1" },
        ]),
      );
      const [row] = await prisma.bulkUploadRow.findMany({ where: { uploadId: id } });
      const kept = ((row?.data ?? {}) as Record<string, string>).password ?? "";
      expect(kept).not.toContain("Sealed-password-1");
      expect(kept.length).toBeGreaterThan(20);
    });
  });

  describe("pre-enrolments", () => {
    const person = (passport: string, fields: Record<string, string> = {}) => ({
      code: "",
      programme: home.catalogue.covid.name,
      facility: home.catalogue.facility.code,
      name: "Ravi Shankar",
      dateOfBirth: "1985-04-12",
      gender: "male",
      identityType: "passport",
      identityNumber: passport,
      mobile: "9812345678",
      ...fields,
    });

    it("pre-enrols with the form's rules; a re-upload, with or without codes, creates nothing", async () => {
      const tag = suffix();
      const text = csv([
        person(`P${tag}1`, { code: `BULK-${tag}` }),
        person(`P${tag}2`),
        person(`P${tag}3`, { mobile: "123" }),
      ]);
      const first = await uploadAndRun(home.admin, "pre-enrolments", text);
      expect(first.view).toMatchObject({ status: "done", succeeded: 2, failed: 1 });
      expect(await errorRows(home.admin, first.id)).toMatchObject([
        { identityNumber: `P${tag}3`, reason: "Mobile number must be 10 digits" },
      ]);
      const again = await uploadAndRun(home.admin, "pre-enrolments", text);
      expect(again.view).toMatchObject({ succeeded: 2, existing: 2, failed: 1 });
      expect(
        await prisma.preEnrolment.count({ where: { recipient: { identityNumber: { startsWith: `P${tag}` } } } }),
      ).toBe(2);
    });
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

  describe("the file and the upload", () => {
    it("refuses a header that does not fit the kind, or a file that is not UTF-8, and stores nothing", async () => {
      const before = await prisma.bulkUpload.count();
      const header = await rejection(upload(home.admin, "facilities", "code,name,colour\r\nA,B,C\r\n"));
      expect(header).toMatchObject({ code: "VALIDATION_FAILED" });
      expect(header.message).toMatch(/unknown column colour; missing columns addressLine, country, category/);
      const binary = await rejection(
        createBulkUpload({
          actor: home.admin,
          kind: "facilities",
          fileName: "sheet.xlsx",
          stream: new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x80])]).stream(),
        }),
      );
      expect(binary.message).toMatch(/not a UTF-8 CSV/);
      expect(await prisma.bulkUpload.count()).toBe(before);
    });

    it("cancels an upload: the rest of its rows are not processed", async () => {
      const tag = suffix();
      const text = csv(
        [1, 2].map((n) => ({
          code: `CANCEL-${tag}-${n}`,
          name: "X",
          addressLine: "Y",
          country: "IN",
          category: "PRIVATE",
        })),
      );
      const { id } = await upload(home.admin, "facilities", text);
      expect((await cancelBulkUpload({ actor: home.admin, id })).status).toBe("cancelled");
      await runAll(id);
      expect(await prisma.facility.count({ where: { code: { startsWith: `CANCEL-${tag}` } } })).toBe(0);
      expect(await getBulkUpload({ actor: home.admin, id })).toMatchObject({ status: "cancelled", processed: 0 });
      expect(await rejection(cancelBulkUpload({ actor: home.admin, id }))).toMatchObject({ code: "CONFLICT" });
    });

    it("settles a chunk given up after its tries as failed rows with the reason, and finishes the upload", async () => {
      const tag = suffix();
      const text = csv(
        [1, 2].map((n) => ({
          code: `GIVEN-UP-${tag}-${n}`,
          name: "X",
          addressLine: "Y",
          country: "IN",
          category: "PRIVATE",
        })),
      );
      const { id } = await upload(home.admin, "facilities", text);
      await giveUpBulkChunk(onlyChunk(id, "facilities", 2), "connection refused");
      expect(await getBulkUpload({ actor: home.admin, id })).toMatchObject({ status: "done", processed: 2, failed: 2 });
      expect((await errorRows(home.admin, id)).map((row) => [row.code, row.reason])).toEqual([
        [`GIVEN-UP-${tag}-1`, "Not processed after repeated tries: connection refused"],
        [`GIVEN-UP-${tag}-2`, "Not processed after repeated tries: connection refused"],
      ]);
      expect(await prisma.facility.count({ where: { code: { startsWith: `GIVEN-UP-${tag}` } } })).toBe(0);
    });

    it("shows another tenant's upload to nobody, and gives a template whose example row is valid", async () => {
      const other = await tenantWithCatalogue();
      const { id } = await upload(
        home.admin,
        "facilities",
        "code,name,addressLine,country,category\r\nA-1,B,C,IN,PRIVATE\r\n",
      );
      expect(await rejection(getBulkUpload({ actor: other.admin, id }))).toMatchObject({ code: "NOT_FOUND" });
      const template = await bulkTemplateCsv({ actor: other.admin, kind: "certify" });
      const result = await uploadAndRun(other.admin, "certify", template);
      expect(result.view).toMatchObject({ status: "done", succeeded: 1, failed: 0 });
    });
  });
});

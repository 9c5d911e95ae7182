import { execFileSync } from "node:child_process";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { printCertificate } from "../certificate/print-certificate";
import { addRecipient, freshMobile } from "../citizen/citizen-certificates-fixture";
import { BUILT_IN_SCHEMAS } from "../credential-schema/built-in-schemas";
import { ZListQuery, ZTemplateCreateInput } from "../schemas";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { chooseProgrammeTemplate } from "./choose-programme-template";
import { createCertificateTemplate } from "./create-certificate-template";
import { getCertificateTemplate } from "./get-certificate-template";
import { getCertificateTemplateVersion } from "./get-certificate-template-version";
import { listCertificateTemplates } from "./list-certificate-templates";
import { previewCertificateTemplate } from "./preview-certificate-template";
import { retireCertificateTemplate } from "./retire-certificate-template";
import { saveCertificateTemplateVersion } from "./save-certificate-template-version";

const textOf = (pdf: Uint8Array): string =>
  execFileSync("pdftotext", ["-", "-"], { input: pdf, encoding: "utf8" }).replace(/\s+/g, " ");

const TEST_REPORT_SCHEMA_ID = BUILT_IN_SCHEMAS.find((schema) => schema.name === "test-report")?.id as string;

const titled = (title: string) => ({ labels: { en: { title } } });

const create = (home: TTenantSetUp, name: string, settings: Record<string, unknown> = {}) =>
  createCertificateTemplate({ actor: home.admin, input: ZTemplateCreateInput.parse({ name, settings }) });

describe("certificate templates", () => {
  let home: TTenantSetUp;
  let stranger: TTenantSetUp;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
    stranger = await tenantWithCatalogue();
  });

  it("creates a template as version 1 with every default written out, and audits it", async () => {
    const created = await create(home, "Ministry letterhead", titled("Immunisation Record"));
    expect(created).toMatchObject({ name: "Ministry letterhead", latestVersion: 1, programmes: [] });
    expect(created.versions).toHaveLength(1);
    expect(created.latest.settings).toMatchObject({ version: 2, paper: "A4", ...titled("Immunisation Record") });
    expect(created.latest.createdBy).toBe(home.admin.label);
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id } });
    expect(events).toMatchObject([{ action: "certificate-template.created", actorId: home.admin.id }]);
  });

  it("refuses settings the renderer would refuse, naming the field, and writes nothing", async () => {
    const error = await rejection(create(home, "Broken", titled("")));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "settings.labels.en.title" }] });
    expect(await prisma.certificateTemplate.count({ where: { tenantId: home.tenantId, name: "Broken" } })).toBe(0);
  });

  it("refuses a second template of the same name in a tenant, not in another", async () => {
    await create(home, "Twice");
    expect(await rejection(create(home, "Twice"))).toMatchObject({ code: "CONFLICT", details: [{ path: "name" }] });
    await expect(create(stranger, "Twice")).resolves.toMatchObject({ name: "Twice" });
  });

  it("saves edits as new versions and keeps every saved version as it was", async () => {
    const template = await create(home, "Versioned", titled("First look"));
    const second = await saveCertificateTemplateVersion({
      actor: home.admin,
      id: template.id,
      settings: titled("Second look"),
    });
    expect(second).toMatchObject({ version: 2, settings: titled("Second look") });
    const first = await getCertificateTemplateVersion({ actor: home.admin, id: template.id, version: 1 });
    expect(first.settings).toEqual(template.latest.settings);
    const loaded = await getCertificateTemplate({ actor: home.admin, id: template.id });
    expect(loaded.versions.map(({ version }) => version)).toEqual([2, 1]);
    expect(loaded.latest.settings).toMatchObject(titled("Second look"));
    // Not even a direct write changes a saved version.
    await expect(
      prisma.certificateTemplateVersion.update({ where: { id: first.id }, data: { settings: {} } }),
    ).rejects.toThrow(/never changes/);
  });

  it("numbers versions saved at the same moment one after the other", async () => {
    const template = await create(home, "Busy");
    const saved = await Promise.all(
      ["A", "B", "C"].map((title) =>
        saveCertificateTemplateVersion({ actor: home.admin, id: template.id, settings: titled(title) }),
      ),
    );
    expect(saved.map(({ version }) => version).sort()).toEqual([2, 3, 4]);
  });

  it("keeps another tenant's templates out of sight and out of reach", async () => {
    const mine = await create(home, "Private look");
    await expect(getCertificateTemplate({ actor: stranger.admin, id: mine.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveCertificateTemplateVersion({ actor: stranger.admin, id: mine.id, settings: {} }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      chooseProgrammeTemplate({
        actor: stranger.admin,
        programmeId: stranger.catalogue.covid.id,
        choice: { templateVersionId: mine.latest.id },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", details: [{ path: "templateVersionId" }] });
    const theirs = await listCertificateTemplates({ actor: stranger.admin, query: ZListQuery.parse({}) });
    expect(theirs.items.map(({ id }) => id)).not.toContain(mine.id);
  });

  it("previews the posted settings as a PDF of sample data, saving nothing", async () => {
    const before = await prisma.certificateTemplateVersion.count();
    const pdf = await previewCertificateTemplate({ actor: home.admin, settings: titled("Preview Heading") });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(textOf(pdf)).toContain("Preview Heading");
    expect(textOf(pdf)).toContain("Ananya Rao");
    expect(textOf(pdf)).toContain("Aadhaar");
    const withoutIdentity = await previewCertificateTemplate({
      actor: home.admin,
      settings: { blocks: [{ type: "holder", fields: ["name", "birthDate"] }] },
    });
    expect(textOf(withoutIdentity)).not.toContain("Aadhaar");
    // A block switched off prints nothing of its own: no holder block, no holder's name.
    const withoutHolder = await previewCertificateTemplate({
      actor: home.admin,
      settings: { blocks: [{ type: "holder", enabled: false }] },
    });
    expect(textOf(withoutHolder)).not.toContain("Ananya Rao");
    expect(textOf(withoutHolder)).toContain("SAMP-LE00-0001");
    expect(await prisma.certificateTemplateVersion.count()).toBe(before);
  });

  it("prints a programme's certificates, old ones too, with the version it chose, and the built-in look after a reset", async () => {
    const holder = await addRecipient(home, "Meera Iyer", freshMobile());
    const { certificateId } = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(10) });
    const template = await create(home, "Chosen look", titled("State Immunisation Card"));
    const programmeId = home.catalogue.covid.id;
    const chosen = await chooseProgrammeTemplate({
      actor: home.admin,
      programmeId,
      choice: { templateVersionId: template.latest.id },
    });
    expect(chosen.template).toMatchObject({ id: template.id, version: 1 });
    const listed = await listCertificateTemplates({ actor: home.admin, query: ZListQuery.parse({ q: "Chosen" }) });
    expect(listed.items[0]?.programmes).toEqual([{ id: programmeId, name: home.catalogue.covid.name, version: 1 }]);

    const printed = await printCertificate({ actor: home.vaccinator, certificateId });
    expect(printed.contentType).toBe("application/pdf");
    expect(textOf(printed.body)).toContain("State Immunisation Card");

    await chooseProgrammeTemplate({ actor: home.admin, programmeId, choice: { templateVersionId: null } });
    const reset = await printCertificate({ actor: home.vaccinator, certificateId });
    expect(textOf(reset.body)).not.toContain("State Immunisation Card");
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: programmeId, action: "programme.template-chosen" },
    });
    expect(audit).toHaveLength(2);
  });

  it("lets facility staff print only their own tenant's certificates", async () => {
    const holder = await addRecipient(home, "Ravi Kumar", freshMobile());
    const { certificateId } = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(5) });
    expect(await rejection(printCertificate({ actor: stranger.vaccinator, certificateId }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("retires a template only once no programme prints with it; a retired one cannot be chosen", async () => {
    const template = await create(home, "Short-lived look");
    const programmeId = home.catalogue.covid.id;
    await chooseProgrammeTemplate({
      actor: home.admin,
      programmeId,
      choice: { templateVersionId: template.latest.id },
    });
    const refused = await rejection(retireCertificateTemplate({ actor: home.admin, id: template.id }));
    expect(refused).toMatchObject({ code: "CONFLICT", details: [{ path: "programmes" }] });
    await chooseProgrammeTemplate({ actor: home.admin, programmeId, choice: { templateVersionId: null } });
    const retired = await retireCertificateTemplate({ actor: home.admin, id: template.id });
    expect(retired.active).toBe(false);
    const again = await retireCertificateTemplate({ actor: home.admin, id: template.id });
    expect(again.active).toBe(false);
    const edited = await rejection(
      saveCertificateTemplateVersion({ actor: home.admin, id: template.id, settings: titled("Too late") }),
    );
    expect(edited).toMatchObject({
      code: "UNPROCESSABLE",
      message: "This template is retired, so it takes no new version",
    });
    const chosen = await rejection(
      chooseProgrammeTemplate({ actor: home.admin, programmeId, choice: { templateVersionId: template.latest.id } }),
    );
    expect(chosen).toMatchObject({ code: "NOT_FOUND", details: [{ path: "templateVersionId" }] });
    expect(await rejection(retireCertificateTemplate({ actor: stranger.admin, id: template.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("prints a test report's template only for test reports: previewed with a sample report, not choosable by a programme", async () => {
    const template = await createCertificateTemplate({
      actor: home.admin,
      input: ZTemplateCreateInput.parse({
        name: "Lab report look",
        schemaId: TEST_REPORT_SCHEMA_ID,
        settings: titled("Laboratory Report"),
      }),
    });
    expect(template.schema).toEqual({ id: TEST_REPORT_SCHEMA_ID, title: "COVID-19 test report" });
    const pdf = await previewCertificateTemplate({
      actor: home.admin,
      settings: template.latest.settings,
      schemaId: TEST_REPORT_SCHEMA_ID,
    });
    const text = textOf(pdf);
    for (const expected of ["Laboratory Report", "TEST TYPE", "RT-PCR", "Ananya Rao"]) expect(text).toContain(expected);
    expect(text).not.toContain("COVISHIELD");
    const refused = await rejection(
      chooseProgrammeTemplate({
        actor: home.admin,
        programmeId: home.catalogue.covid.id,
        choice: { templateVersionId: template.latest.id },
      }),
    );
    expect(refused).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "templateVersionId" }] });
    const unknown = await rejection(
      createCertificateTemplate({
        actor: home.admin,
        input: ZTemplateCreateInput.parse({ name: "No such schema", schemaId: "00000000-0000-7000-8000-000000000000" }),
      }),
    );
    expect(unknown).toMatchObject({ code: "NOT_FOUND", details: [{ path: "schemaId" }] });
  });
});

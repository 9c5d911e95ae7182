import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { decodeNativeQr } from "@vax/credentials/qr";
import { readQrPng } from "@vax/credentials/qr/png";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../audit";
import { newCertificateId } from "../certification";
import { verifyCertificate } from "../issuer";
import { correctCertificate, revokeCertificate, suspendCertificate } from "../lifecycle";
import { ZAuditQuery } from "../schemas/audit";
import { daysAgo, type TTenantSetUp, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import {
  addRecipient,
  apiClientActor,
  citizenFamily,
  freshMobile,
  notFound,
  type TCitizenFamily,
} from "./citizen-certificates-fixture";
import { getCertificateFile } from "./get-certificate-file";
import { listCitizenCertificates } from "./list-citizen-certificates";
import type { TCertificateReader } from "./readable-certificate";

describe("the citizen's certificates", () => {
  let home: TTenantSetUp;
  let mobile: string;
  let firstDose: TCitizenFamily["firstDose"];
  let secondDose: TCitizenFamily["secondDose"];
  let otherTenantDose: TCitizenFamily["otherTenantDose"];
  let strangerDose: TCitizenFamily["strangerDose"];
  let strangerMobile: string;

  beforeAll(async () => {
    ({ home, mobile, firstDose, secondDose, otherTenantDose, strangerDose, strangerMobile } = await citizenFamily());
  });

  describe("downloads", () => {
    const citizen = (): TCertificateReader => ({ type: "CITIZEN", mobile });

    it("serves the signed credential as JSON, exactly as issued", async () => {
      const file = await getCertificateFile({
        reader: citizen(),
        certificateId: secondDose.certificateId,
        kind: "json",
      });
      expect(file).toMatchObject({
        contentType: "application/json",
        fileName: `vaccination-certificate-${secondDose.certificateId}.json`,
      });
      expect(JSON.parse(new TextDecoder().decode(file.body))).toEqual(secondDose.credential);
    });

    it("serves a QR image that decodes to the credential and verifies", async () => {
      const file = await getCertificateFile({
        reader: citizen(),
        certificateId: secondDose.certificateId.toLowerCase(),
        kind: "qr.png",
      });
      expect(file).toMatchObject({
        contentType: "image/png",
        fileName: `vaccination-certificate-${secondDose.certificateId}-qr.png`,
      });
      const read = readQrPng(file.body);
      if (!read.ok) throw new Error(read.error);
      expect(decodeNativeQr(read.text)).toEqual(secondDose.credential);
      expect(await verifyCertificate({ input: read.text })).toMatchObject({ verified: true });
    });

    it("renders an A4 PDF with the holder, every dose and the certificate id", async () => {
      const file = await getCertificateFile({
        reader: citizen(),
        certificateId: secondDose.certificateId,
        kind: "pdf",
      });
      expect(file).toMatchObject({
        contentType: "application/pdf",
        fileName: `vaccination-certificate-${secondDose.certificateId}.pdf`,
      });
      const folder = mkdtempSync(path.join(tmpdir(), "citizen-pdf-"));
      try {
        writeFileSync(path.join(folder, "certificate.pdf"), file.body);
        const text = execFileSync("pdftotext", ["-layout", path.join(folder, "certificate.pdf"), "-"], {
          encoding: "utf8",
        });
        for (const expected of [home.catalogue.recipient.name, secondDose.certificateId, "B1-4121Z", "B2-4121Z"]) {
          expect(text).toContain(expected);
        }
        const info = execFileSync("pdfinfo", [path.join(folder, "certificate.pdf")], { encoding: "utf8" });
        expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)/);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it("prints a course not yet complete as provisional", async () => {
      const file = await getCertificateFile({ reader: citizen(), certificateId: firstDose.certificateId, kind: "pdf" });
      const folder = mkdtempSync(path.join(tmpdir(), "citizen-pdf-"));
      try {
        writeFileSync(path.join(folder, "certificate.pdf"), file.body);
        const text = execFileSync("pdftotext", [path.join(folder, "certificate.pdf"), "-"], { encoding: "utf8" });
        expect(text).toMatch(/Provisional/i);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it("serves the citizen the certificates of everyone on the number, even in another tenant", async () => {
      const file = await getCertificateFile({
        reader: citizen(),
        certificateId: otherTenantDose.certificateId,
        kind: "json",
      });
      expect(file.contentType).toBe("application/json");
    });

    it("serves an API client with certificate:read its own tenant's certificates only", async () => {
      const client = await apiClientActor(home.tenantId, ["certificate:read"]);
      const reader: TCertificateReader = { type: "API_CLIENT", actor: client };
      const file = await getCertificateFile({ reader, certificateId: strangerDose.certificateId, kind: "json" });
      expect(file.contentType).toBe("application/json");
      await notFound(getCertificateFile({ reader, certificateId: otherTenantDose.certificateId, kind: "json" }));
    });

    it("writes every download to the audit log of the certificate's tenant: who, which certificate, which file", async () => {
      const holderMobile = freshMobile();
      const holder = await addRecipient(home, "Downloading Holder", holderMobile);
      const { certificateId } = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(3) });
      const certificateRow = await prisma.certificate.findUniqueOrThrow({ where: { certificateId } });
      const client = await apiClientActor(home.tenantId, ["certificate:read"]);
      const holderReader: TCertificateReader = { type: "CITIZEN", mobile: holderMobile };
      await getCertificateFile({ reader: holderReader, certificateId, kind: "pdf" });
      await getCertificateFile({ reader: holderReader, certificateId, kind: "qr.png" });
      await getCertificateFile({ reader: { type: "API_CLIENT", actor: client }, certificateId, kind: "json" });
      await notFound(getCertificateFile({ reader: citizen(), certificateId, kind: "json" }));
      const events = await prisma.auditEvent.findMany({
        where: { entityType: "Certificate", entityId: certificateRow.id, action: "certificate.downloaded" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      const masked = `citizen +91 ${holderMobile.slice(0, 2)}xxx xx${holderMobile.slice(7)}`;
      expect(
        events.map(({ tenantId, actorType, actorLabel, after }) => ({ tenantId, actorType, actorLabel, after })),
      ).toEqual([
        {
          tenantId: home.tenantId,
          actorType: "CITIZEN",
          actorLabel: masked,
          after: { certificateId, file: "pdf" },
        },
        {
          tenantId: home.tenantId,
          actorType: "CITIZEN",
          actorLabel: masked,
          after: { certificateId, file: "qr.png" },
        },
        {
          tenantId: home.tenantId,
          actorType: "API_CLIENT",
          actorLabel: client.label,
          after: { certificateId, file: "json" },
        },
      ]);
      expect(JSON.stringify(events)).not.toContain(holderMobile);
      // The tenant admin's audit log shows them.
      const log = await listAuditEvents({
        actor: home.admin,
        query: ZAuditQuery.parse({ action: "certificate.downloaded", entityId: certificateRow.id }),
      });
      expect(log.total).toBe(3);
    });

    it("refuses every download of a corrected certificate's earlier versions, naming the current one, and audits none", async () => {
      const holderMobile = freshMobile();
      const holder = await addRecipient(home, "Corrected Holder", holderMobile);
      const first = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(4) });
      const second = await correctCertificate({
        actor: home.admin,
        certificateId: first.certificateId,
        changes: { dose: { batch: "4121Z006" } },
        reason: "Batch mistyped at the facility",
      });
      const third = await correctCertificate({
        actor: home.admin,
        certificateId: second.certificate.certificateId,
        changes: { recipient: { name: "Corrected Holder Rao" } },
        reason: "Surname missing",
      });
      const current = third.certificate.certificateId;
      const reader: TCertificateReader = { type: "CITIZEN", mobile: holderMobile };
      for (const earlier of [first.certificateId, second.certificate.certificateId]) {
        for (const kind of ["json", "pdf", "qr.png", "eu-dcc.png"] as const) {
          expect(await rejection(getCertificateFile({ reader, certificateId: earlier, kind }))).toMatchObject({
            code: "UNPROCESSABLE",
            message: expect.stringMatching(
              new RegExp(
                `^This certificate was replaced by a corrected version, .*download the current one, ${current}`,
              ),
            ),
            details: [
              { path: "status", message: "SUPERSEDED" },
              { path: "currentCertificateId", message: current },
            ],
          });
        }
      }
      const downloaded = await getCertificateFile({ reader, certificateId: current, kind: "json" });
      expect(JSON.parse(new TextDecoder().decode(downloaded.body))).toEqual(third.certificate.credential);
      const refusedRows = await prisma.certificate.findMany({
        where: { certificateId: { in: [first.certificateId, second.certificate.certificateId] } },
        select: { id: true },
      });
      expect(
        await prisma.auditEvent.count({
          where: { action: "certificate.downloaded", entityId: { in: refusedRows.map(({ id }) => id) } },
        }),
      ).toBe(0);

      const [listed] = await listCitizenCertificates({ mobile: holderMobile });
      expect(
        listed?.certificates.map(({ certificateId, status, current, replacedBy }) => ({
          certificateId,
          status,
          current,
          replacedBy,
        })),
      ).toEqual([
        { certificateId: current, status: "ACTIVE", current: true, replacedBy: null },
        { certificateId: second.certificate.certificateId, status: "SUPERSEDED", current: false, replacedBy: current },
        { certificateId: first.certificateId, status: "SUPERSEDED", current: false, replacedBy: current },
      ]);
    });

    it("refuses the downloads of a revoked or suspended certificate, saying why", async () => {
      const holderMobile = freshMobile();
      const holder = await addRecipient(home, "Withheld Holder", holderMobile);
      const revoked = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(100) });
      const suspended = await vaccinate(home, holder.id, { dose: 2, date: daysAgo(4) });
      await revokeCertificate({ actor: home.admin, certificateId: revoked.certificateId, reason: "Wrong person" });
      await suspendCertificate({ actor: home.admin, certificateId: suspended.certificateId, reason: "Under review" });
      const reader: TCertificateReader = { type: "CITIZEN", mobile: holderMobile };
      for (const kind of ["json", "pdf", "qr.png"] as const) {
        expect(
          await rejection(getCertificateFile({ reader, certificateId: revoked.certificateId, kind })),
        ).toMatchObject({
          code: "UNPROCESSABLE",
          message: "This certificate was revoked, so it has no downloads (Wrong person)",
          details: [{ path: "status", message: "REVOKED" }],
        });
        expect(
          await rejection(getCertificateFile({ reader, certificateId: suspended.certificateId, kind })),
        ).toMatchObject({
          code: "UNPROCESSABLE",
          message: "This certificate is suspended, so it has no downloads until it is reinstated (Under review)",
          details: [{ path: "status", message: "SUSPENDED" }],
        });
      }
    });

    it("answers not found, as for an id that does not exist, to anyone else", async () => {
      await notFound(getCertificateFile({ reader: citizen(), certificateId: strangerDose.certificateId, kind: "pdf" }));
      await notFound(
        getCertificateFile({
          reader: { type: "CITIZEN", mobile: strangerMobile },
          certificateId: secondDose.certificateId,
          kind: "json",
        }),
      );
      await notFound(getCertificateFile({ reader: citizen(), certificateId: newCertificateId(), kind: "json" }));
      await notFound(getCertificateFile({ reader: citizen(), certificateId: "../../etc/passwd", kind: "qr.png" }));
    });
  });
});

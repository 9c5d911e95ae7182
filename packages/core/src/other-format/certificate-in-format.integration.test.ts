import { randomInt, randomUUID } from "node:crypto";
import { requireKeyEncryptionKey } from "@vax/config/env";
import { verifyDcc } from "@vax/credentials/eu-dcc";
import { openPrivateKey } from "@vax/credentials/keys";
import { readQrPng } from "@vax/credentials/qr/png";
import { decodeShc, decodeShcQr } from "@vax/credentials/shc";
import { createApiToken, newSealedSigningKey, prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticateApiClient } from "../api-client";
import { getCertificateFile } from "../citizen/get-certificate-file";
import type { TCertificateReader } from "../citizen/readable-certificate";
import { verifyCertificate } from "../issuer";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { getCertificateInFormat } from "./get-certificate-in-format";

const freshMobile = () => `7${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;

// The test catalogue carries no EU or CVX codes; the demo catalogue's COVISHIELD codes, as DCCs and SHCs carry them.
const withFormatCodes = async (setUp: TTenantSetUp) => {
  await prisma.programme.update({ where: { id: setUp.catalogue.covid.id }, data: { snomedCode: "840539006" } });
  await prisma.vaccine.update({
    where: { id: setUp.catalogue.covishield.id },
    data: {
      euProductCode: "Covishield",
      euHolderCode: "ORG-100001981",
      euProphylaxisCode: "1119305005",
      cvxCode: "210",
    },
  });
};

// The tenant's SMART Health Card key and its EU DCC CSCA with a Document Signer, all active.
const addFormatKeys = async (tenantId: string) => {
  const keyEncryptionKey = requireKeyEncryptionKey();
  const common = { tenantId, country: "IN", issuerName: "Test ministry", keyEncryptionKey, status: "ACTIVE" as const };
  await prisma.signingKey.create({ data: await newSealedSigningKey({ ...common, kind: "SHC" }) });
  const cscaRow = await newSealedSigningKey({ ...common, kind: "CSCA" });
  const csca = await prisma.signingKey.create({ data: cscaRow });
  const certifying = {
    id: csca.id,
    certificatePem: csca.certificatePem as string,
    privateJwk: openPrivateKey(cscaRow.encryptedPrivateKey, keyEncryptionKey),
  };
  return prisma.signingKey.create({ data: await newSealedSigningKey({ ...common, kind: "EU_DCC", csca: certifying }) });
};

const addRecipient = ({ tenantId }: TTenantSetUp, mobile: string, dateOfBirth: Date | null = new Date("1982-09-30")) =>
  prisma.recipient.create({
    data: {
      tenantId,
      name: "Meera Kumari Rao",
      dateOfBirth,
      ...(dateOfBirth ? {} : { age: 40 }),
      gender: "FEMALE",
      nationality: "IN",
      identityType: "PASSPORT",
      identityNumber: randomUUID().slice(0, 12),
      mobile,
      country: "IN",
    },
  });

describe("a certificate in the other formats", () => {
  let home: TTenantSetUp;
  let mobile: string;
  let citizen: TCertificateReader;
  let certificateId: string;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
    await withFormatCodes(home);
    await addFormatKeys(home.tenantId);
    mobile = freshMobile();
    const holder = await addRecipient(home, mobile);
    await vaccinate(home, holder.id, { dose: 1, date: daysAgo(120) });
    ({ certificateId } = await vaccinate(home, holder.id, { dose: 2, date: daysAgo(20) }));
    citizen = { type: "CITIZEN", mobile };
  });

  it("issues the EU DCC of the certificate's dose with the tenant's document signer, which the platform verifies", async () => {
    const { qr } = await getCertificateInFormat({ reader: citizen, certificateId, format: "eu-dcc" });
    expect(qr).toMatch(/^HC1:/);
    const result = await verifyCertificate({ input: qr });
    expect(result.checks.filter((check) => check.status === "failed")).toEqual([]);
    expect(result).toMatchObject({
      verified: true,
      format: "eu-dcc",
      subject: { name: expect.stringContaining("Rao") },
    });
    const hcert = (await verifyDcc(qr)).payload;
    expect(hcert?.nam).toEqual({ fn: "Rao", fnt: "RAO", gn: "Meera Kumari", gnt: "MEERA<KUMARI" });
    expect(hcert?.v?.[0]).toMatchObject({ dn: 2, sd: 2, dt: daysAgo(20), mp: "Covishield", co: "IN" });
    const stored = await prisma.otherFormatCertificate.findFirstOrThrow({
      where: { certificate: { certificateId }, format: "EU_DCC" },
    });
    expect(stored.revocationId).toBe(`URN:UVCI:01:IN:${certificateId.replace(/-/g, "")}`);
    expect(hcert?.v?.[0]?.ci).toBe(stored.revocationId);
  });

  it("issues the SMART Health Card of every dose with the tenant's SHC key and a rid of its own", async () => {
    const { qr } = await getCertificateInFormat({ reader: citizen, certificateId, format: "shc" });
    expect(qr).toMatch(/^shc:\/\d+$/);
    const result = await verifyCertificate({ input: qr });
    expect(result.checks.filter((check) => check.status === "failed")).toEqual([]);
    expect(result).toMatchObject({ verified: true, format: "shc" });
    const payload = decodeShc(decodeShcQr(qr)).payload as {
      vc: { rid: string; credentialSubject: { fhirBundle: { entry: unknown[] } } };
    };
    expect(payload.vc.credentialSubject.fhirBundle.entry).toHaveLength(3);
    const stored = await prisma.otherFormatCertificate.findFirstOrThrow({
      where: { certificate: { certificateId }, format: "SHC" },
    });
    expect(stored.revocationId).toBe(payload.vc.rid);
  });

  it("answers every later download, text or picture, with the QR first issued", async () => {
    for (const format of ["eu-dcc", "shc"] as const) {
      const first = await getCertificateInFormat({ reader: citizen, certificateId, format });
      const again = await getCertificateInFormat({ reader: citizen, certificateId, format });
      expect(again.qr).toBe(first.qr);
      const picture = await getCertificateFile({ reader: citizen, certificateId, kind: `${format}.png` });
      expect(picture.contentType).toBe("image/png");
      const read = readQrPng(picture.body);
      if (!read.ok) throw new Error(read.error);
      expect(read.text).toBe(first.qr);
    }
  });

  it("stores one QR when two first downloads come at once", async () => {
    const holder = await addRecipient(home, mobile);
    const { certificateId: fresh } = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(3) });
    const answers = await Promise.all(
      [1, 2, 3].map(() => getCertificateInFormat({ reader: citizen, certificateId: fresh, format: "shc" })),
    );
    expect(new Set(answers.map(({ qr }) => qr)).size).toBe(1);
    expect(await prisma.otherFormatCertificate.count({ where: { certificate: { certificateId: fresh } } })).toBe(1);
  });

  it("issues a new one once the key of the stored one was revoked, and it verifies", async () => {
    const holder = await addRecipient(home, mobile);
    const { certificateId: fresh } = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(3) });
    const first = await getCertificateInFormat({ reader: citizen, certificateId: fresh, format: "eu-dcc" });
    const stored = await prisma.otherFormatCertificate.findFirstOrThrow({
      where: { certificate: { certificateId: fresh } },
    });
    await prisma.signingKey.update({
      where: { id: stored.signingKeyId },
      data: { status: "REVOKED", revokedAt: new Date() },
    });
    expect((await verifyCertificate({ input: first.qr })).verified).toBe(false);
    await addFormatKeys(home.tenantId);
    const second = await getCertificateInFormat({ reader: citizen, certificateId: fresh, format: "eu-dcc" });
    expect(second.qr).not.toBe(first.qr);
    expect((await verifyCertificate({ input: second.qr })).verified).toBe(true);
  });

  it("writes each download to the audit log, the first marked as the issuance", async () => {
    const holder = await addRecipient(home, mobile);
    const { certificateId: fresh } = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(3) });
    await getCertificateInFormat({ reader: citizen, certificateId: fresh, format: "shc" });
    await getCertificateFile({ reader: citizen, certificateId: fresh, kind: "shc.png" });
    const row = await prisma.certificate.findUniqueOrThrow({ where: { certificateId: fresh } });
    const events = await prisma.auditEvent.findMany({
      where: { entityId: row.id, action: "certificate.downloaded" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(events.map(({ tenantId, after }) => ({ tenantId, after }))).toEqual([
      { tenantId: home.tenantId, after: { certificateId: fresh, file: "shc", issued: "shc" } },
      { tenantId: home.tenantId, after: { certificateId: fresh, file: "shc.png" } },
    ]);
  });

  it("refuses a certificate that is not active, saying why, and stores nothing", async () => {
    for (const status of ["REVOKED", "SUSPENDED", "SUPERSEDED"] as const) {
      const holder = await addRecipient(home, mobile);
      const { certificateId: fresh } = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(3) });
      await prisma.certificate.update({
        where: { certificateId: fresh },
        data: { status, statusReason: "Entered for the wrong person", currentSlot: null },
      });
      for (const format of ["eu-dcc", "shc"] as const) {
        const error = await rejection(getCertificateInFormat({ reader: citizen, certificateId: fresh, format }));
        expect(error).toMatchObject({
          code: "UNPROCESSABLE",
          message: expect.stringMatching(/(revoked|suspended|replaced by a corrected version).*no downloads/),
          details: [{ path: "status", message: status }],
        });
      }
      expect(await prisma.otherFormatCertificate.count({ where: { certificate: { certificateId: fresh } } })).toBe(0);
    }
  });

  it("refuses, with the reason, what the format cannot carry", async () => {
    const holder = await addRecipient(home, mobile, null);
    const { certificateId: noBirthDate } = await vaccinate(home, holder.id, { dose: 1, date: daysAgo(3) });
    expect(
      await rejection(getCertificateInFormat({ reader: citizen, certificateId: noBirthDate, format: "shc" })),
    ).toMatchObject({
      code: "UNPROCESSABLE",
      message: expect.stringContaining("date of birth"),
    });
    const { certificateId: yellowFever } = await vaccinate(home, holder.id, {
      dose: 1,
      date: daysAgo(3),
      programmeId: home.catalogue.yellowFever.id,
      vaccineId: home.catalogue.stamaril.id,
    });
    expect(
      await rejection(getCertificateInFormat({ reader: citizen, certificateId: yellowFever, format: "eu-dcc" })),
    ).toMatchObject({ code: "UNPROCESSABLE", message: expect.stringContaining("COVID-19 vaccination only") });
  });

  it("refuses when the tenant has no active key for the format", async () => {
    const bare = await tenantWithCatalogue();
    await withFormatCodes(bare);
    const bareMobile = freshMobile();
    const holder = await addRecipient(bare, bareMobile);
    const { certificateId: fresh } = await vaccinate(bare, holder.id, { dose: 1, date: daysAgo(3) });
    const reader: TCertificateReader = { type: "CITIZEN", mobile: bareMobile };
    expect(await rejection(getCertificateInFormat({ reader, certificateId: fresh, format: "eu-dcc" }))).toMatchObject({
      code: "UNPROCESSABLE",
      message: expect.stringContaining("no active EU DCC document signer key"),
    });
  });

  it("serves an API client of the tenant, and is not found for anyone else", async () => {
    const token = createApiToken();
    await prisma.apiClient.create({
      data: {
        tenantId: home.tenantId,
        name: `client ${randomUUID()}`,
        tokenPrefix: token.tokenPrefix,
        secretHash: token.secretHash,
        scopes: ["certificate:read"],
      },
    });
    const actor = await authenticateApiClient({ token: token.token, scope: "certificate:read" });
    const { qr } = await getCertificateInFormat({
      reader: { type: "API_CLIENT", actor },
      certificateId,
      format: "shc",
    });
    expect(qr).toBe((await getCertificateInFormat({ reader: citizen, certificateId, format: "shc" })).qr);
    const away = await tenantWithCatalogue();
    const otherClient = { ...actor, tenantId: away.tenantId };
    for (const reader of [
      { type: "CITIZEN", mobile: freshMobile() },
      { type: "API_CLIENT", actor: otherClient },
    ] as const) {
      expect(await rejection(getCertificateInFormat({ reader, certificateId, format: "eu-dcc" }))).toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});

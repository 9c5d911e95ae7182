import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiClient } from "../api-client/authenticate-api-client";
import { createApiClient } from "../api-client/create-api-client";
import { actorOfUser } from "../auth/actor-of-user";
import { getCertificateFile } from "../citizen/get-certificate-file";
import type { TCertificateReader } from "../citizen/readable-certificate";
import { ZApiClientInput } from "../schemas/api-client";
import type { TActor } from "../shared/actor";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { certifyBatch } from "./certify-batch";

const folder = mkdtempSync(path.join(tmpdir(), "one-qr-"));
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
// zbar reads QR codes only: with every symbology on it now and then also finds a linear barcode in the modules.
const scan = (file: string) => run("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file]).replace(/\n$/, "");

const scanPng = (png: Uint8Array) => {
  const file = path.join(folder, `${randomBytes(4).toString("hex")}.png`);
  writeFileSync(file, png);
  return scan(file);
};

// Every picture in the PDF, scanned: the certificate's QR is the one that decodes.
const scanPdf = (pdf: Uint8Array) => {
  const dir = mkdtempSync(path.join(folder, "pdf-"));
  writeFileSync(path.join(dir, "certificate.pdf"), pdf);
  run("pdfimages", ["-png", path.join(dir, "certificate.pdf"), path.join(dir, "image")]);
  return readdirSync(dir)
    .filter((name) => name.startsWith("image"))
    .flatMap((name) => {
      try {
        return [scan(path.join(dir, name))];
      } catch {
        return [];
      }
    });
};

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe("one certificate, one QR", () => {
  let catalogue: TestCatalogue;
  let issuer: TActor;
  let reader: TCertificateReader;

  beforeAll(async () => {
    const { tenant, admin } = await createTestTenant(prisma);
    catalogue = await createTestCatalogue(prisma, tenant.id);
    const input = ZApiClientInput.parse({
      name: `Hospital system ${randomBytes(4).toString("hex")}`,
      scopes: ["certificate:issue", "certificate:read"],
    });
    const { token } = await createApiClient({ actor: actorOfUser(admin), input });
    issuer = await authenticateApiClient({ token, scope: "certificate:issue" });
    reader = { type: "API_CLIENT", actor: await authenticateApiClient({ token, scope: "certificate:read" }) };
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const certify = (identity: string) =>
    certifyBatch({
      actor: issuer,
      requests: [
        divocCertificationRequest({
          identity,
          vaccination: { name: catalogue.covishield.name },
          facility: { name: catalogue.facility.name, address: { district: "Bengaluru South", state: "Karnataka" } },
        }),
      ],
      idempotencyKey: null,
    });

  it("gives the certify answer's document and QR, byte for byte, in the JSON, the QR picture, the PDF and a repeat", async () => {
    const identity = `7${String(randomBytes(6).readUIntBE(0, 6)).padStart(11, "0").slice(-11)}`;
    const [answer] = await certify(identity);
    if (!answer) throw new Error("The certify API issued nothing");
    // What the certify route sends is JSON.stringify of its answer, so this is the credential's text there.
    const answered = JSON.stringify(answer.credential);

    const json = await getCertificateFile({ reader, certificateId: answer.certificateId, kind: "json" });
    expect(text(json.body)).toBe(answered);
    const png = await getCertificateFile({ reader, certificateId: answer.certificateId, kind: "qr.png" });
    expect(scanPng(png.body)).toBe(answer.qr);
    const pdf = await getCertificateFile({ reader, certificateId: answer.certificateId, kind: "pdf" });
    expect(scanPdf(pdf.body)).toEqual([answer.qr]);

    // A repeat is answered from the database, where jsonb would have reordered the credential's keys.
    const [repeat] = await certify(identity);
    expect(repeat?.certificateId).toBe(answer.certificateId);
    expect(JSON.stringify(repeat?.credential)).toBe(answered);
    expect(repeat?.qr).toBe(answer.qr);
  });

  it("keeps every copy of a certificate issued before the QR was stored the same as each other", async () => {
    const identity = `6${String(randomBytes(6).readUIntBE(0, 6)).padStart(11, "0").slice(-11)}`;
    const [answer] = await certify(identity);
    if (!answer) throw new Error("The certify API issued nothing");
    await prisma.certificate.update({ where: { certificateId: answer.certificateId }, data: { nativeQr: null } });

    const json = text((await getCertificateFile({ reader, certificateId: answer.certificateId, kind: "json" })).body);
    expect(JSON.parse(json)).toEqual(answer.credential);
    const png = await getCertificateFile({ reader, certificateId: answer.certificateId, kind: "qr.png" });
    const scanned = scanPng(png.body);
    const pdf = await getCertificateFile({ reader, certificateId: answer.certificateId, kind: "pdf" });
    expect(scanPdf(pdf.body)).toEqual([scanned]);
    const [repeat] = await certify(identity);
    expect(repeat?.qr).toBe(scanned);
    expect(JSON.stringify(repeat?.credential)).toBe(json);
  });
});

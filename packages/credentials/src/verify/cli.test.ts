import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { certificateKid, readCertificate } from "../trust/read-key.ts";
import { dccVector, readJsonVector, shcIssuer, shcNow, vectorPath, vectorTrust } from "./vectors.ts";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const tsx = join(root, "node_modules/.bin/tsx");
const dir = mkdtempSync(join(tmpdir(), "verify-cli-"));
const trustFile = join(dir, "trust.json");
writeFileSync(trustFile, JSON.stringify(vectorTrust()));
const dccCertificate = readJsonVector<{ TESTCTX: { CERTIFICATE: string } }>("eu-dcc/common/CO3.json").TESTCTX
  .CERTIFICATE;
const dscListFile = join(dir, "dsc-list.json");
const dccFile = join(dir, "co3.txt");
writeFileSync(dccFile, dccVector.text);
const shcJwks = vectorPath("shc/issuer/.well-known/jwks.json");
const shcQr = vectorPath("shc/example-00-f-qr-code-numeric-value-0.txt");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    // The tsx binary npx would resolve, called directly: npx itself adds about a second per run.
    execFile(
      tsx,
      ["packages/credentials/src/cli/verify.ts", ...args],
      { cwd: root, timeout: 30_000 },
      (error, stdout, stderr) =>
        resolve({ code: typeof error?.code === "number" ? error.code : error ? -1 : 0, stdout, stderr }),
    );
  });

describe("npm run verify (packages/credentials/src/cli/verify.ts)", () => {
  it("reads a DSC list and a JWKS with its issuer, given together, and lists refused items on stderr", async () => {
    const kid = await certificateKid(readCertificate(dccCertificate));
    writeFileSync(
      dscListFile,
      JSON.stringify([
        { kid, country: "AT", certificateType: "DSC", rawData: dccCertificate },
        { kid, country: "AT", certificateType: "UPLOAD", rawData: dccCertificate },
      ]),
    );
    const both = ["--trust", dscListFile, "--trust", shcJwks, "--trust-issuer", shcIssuer];
    const [dcc, shc, dccUntrusted, jwksWithoutIssuer, issuerFirst] = await Promise.all([
      run([dccFile, ...both, "--now", dccVector.now.toISOString()]),
      run([shcQr, ...both, "--now", shcNow.toISOString()]),
      run([dccFile, "--trust", shcJwks, "--trust-issuer", shcIssuer, "--now", dccVector.now.toISOString()]),
      run([shcQr, "--trust", shcJwks]),
      run([shcQr, "--trust-issuer", shcIssuer, "--trust", shcJwks]),
    ]);
    expect(dcc.code).toBe(0);
    expect(JSON.parse(dcc.stdout)).toMatchObject({ verified: true, format: "eu-dcc", issuer: { name: "Austria" } });
    expect(dcc.stderr).toMatch(/dsc-list\.json: refused entry 2 \(kid ".+", "AT"\): It is an UPLOAD certificate/);
    expect(shc.code).toBe(0);
    expect(JSON.parse(shc.stdout)).toMatchObject({ verified: true, format: "shc", issuer: { id: shcIssuer } });
    expect(dccUntrusted.code).toBe(1);
    expect(jwksWithoutIssuer.code).toBe(2);
    expect(jwksWithoutIssuer.stderr).toContain("A JWKS does not name its issuer");
    expect(issuerFirst.code).toBe(2);
    expect(issuerFirst.stderr).toContain("give the --trust first");
  }, 60_000);

  it("exits 0 for a verified vector, 1 for a tampered one, 2 for usage errors", async () => {
    const [good, tampered, badFlag, badTime, badTrust] = await Promise.all([
      run([vectorPath("divoc/rsa-signed.json"), "--trust", trustFile, "--now", "2022-01-01T00:00:00Z"]),
      run([vectorPath("divoc/rsa-tampered.json"), "--trust", trustFile]),
      run([vectorPath("divoc/rsa-signed.json"), "--colour"]),
      run([vectorPath("divoc/rsa-signed.json"), "--now", "yesterday"]),
      run([vectorPath("divoc/rsa-signed.json"), "--trust", join(dir, "missing.json")]),
    ]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({
      verified: true,
      format: "divoc",
      subject: { name: "Bhaya Mitra" },
    });
    expect(tampered.code).toBe(1);
    expect(JSON.parse(tampered.stdout).checks).toContainEqual(
      expect.objectContaining({ name: "signature", status: "failed" }),
    );
    for (const usage of [badFlag, badTime, badTrust]) {
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain("Usage: npm run verify");
      expect(usage.stdout).toBe("");
    }
  }, 60_000);

  it("treats an argument that is not a file as the QR text", async () => {
    const { code, stdout } = await run(["HC1:NOT-A-REAL-ONE", "--trust", trustFile]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ verified: false, format: "eu-dcc" });
  }, 60_000);
});

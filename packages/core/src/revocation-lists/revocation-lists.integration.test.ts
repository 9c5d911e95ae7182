import { randomInt, randomUUID } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { requireKeyEncryptionKey } from "@vax/config/env";
import { dccRevocationEntry, decodeVarHashList } from "@vax/credentials/eu-dcc";
import { openPrivateKey } from "@vax/credentials/keys";
import { decodeShc, decodeShcQr } from "@vax/credentials/shc";
import { newSealedSigningKey, prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertificateView } from "../certification";
import { issuerJwks, platformJwks } from "../issuer/issuer-documents";
import { verifyCertificate } from "../issuer/verify-certificate";
import { revokeCertificate } from "../lifecycle";
import { getCertificateInFormat } from "../other-format";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import {
  dccRevocationList,
  dccRevocationListOverview,
  dccRevocationPartitions,
  dccRevocationSlice,
} from "./dcc-revocation-distribution";
import { shcRevocationList } from "./shc-revocation-list";

let setUp: TTenantSetUp;
let slug: string;
let certificate: TCertificateView;
let dccQr: string;
let shcQr: string;
let shcKid: string;

// The CRL's ctr and the crlVersion its key carries in both JWKS (the tenant's, at the cards' iss, and the platform's).
const expectCrlVersionsAgree = async () => {
  const crl = await shcRevocationList({ slug, kid: shcKid });
  const [tenantSet, platformSet] = await Promise.all([issuerJwks({ slug }), platformJwks()]);
  expect(tenantSet.keys.map((key) => key.kid)).toEqual([shcKid]);
  for (const set of [tenantSet, platformSet]) {
    expect(set.keys.find((key) => key.kid === shcKid)).toMatchObject({ kty: "EC", crlVersion: crl.ctr });
  }
  // Only SMART Health Card keys have a CRL; the W3C keys in the platform's set carry no version.
  expect(platformSet.keys.filter((key) => key.crv === "Ed25519" && "crlVersion" in key)).toEqual([]);
  return crl;
};

// DCCs and SHCs need EU and CVX codes, and the tenant an SHC key and a DCC document signer under a CSCA.
const prepareOtherFormats = async () => {
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
  const keyEncryptionKey = requireKeyEncryptionKey();
  const common = { tenantId: setUp.tenantId, country: "IN", issuerName: "Test ministry", keyEncryptionKey };
  const shc = await prisma.signingKey.create({
    data: await newSealedSigningKey({ ...common, status: "ACTIVE", kind: "SHC" }),
  });
  const cscaRow = await newSealedSigningKey({ ...common, status: "ACTIVE", kind: "CSCA" });
  const csca = await prisma.signingKey.create({ data: cscaRow });
  const certifying = {
    id: csca.id,
    certificatePem: csca.certificatePem as string,
    privateJwk: openPrivateKey(cscaRow.encryptedPrivateKey, keyEncryptionKey),
  };
  await prisma.signingKey.create({
    data: await newSealedSigningKey({ ...common, status: "ACTIVE", kind: "EU_DCC", csca: certifying }),
  });
  return shc.kid;
};

beforeAll(async () => {
  setUp = await tenantWithCatalogue();
  slug = (await prisma.tenant.findUniqueOrThrow({ where: { id: setUp.tenantId }, select: { slug: true } })).slug;
  shcKid = await prepareOtherFormats();
  const mobile = `7${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
  const holder = await prisma.recipient.create({
    data: {
      tenantId: setUp.tenantId,
      name: "Meera Kumari Rao",
      dateOfBirth: new Date("1982-09-30"),
      gender: "FEMALE",
      nationality: "IN",
      identityType: "PASSPORT",
      identityNumber: randomUUID().slice(0, 12),
      mobile,
      country: "IN",
    },
  });
  certificate = await vaccinate(setUp, holder.id, { dose: 1, date: daysAgo(30) });
  const reader = { type: "CITIZEN" as const, mobile };
  dccQr = (await getCertificateInFormat({ reader, certificateId: certificate.certificateId, format: "eu-dcc" })).qr;
  shcQr = (await getCertificateInFormat({ reader, certificateId: certificate.certificateId, format: "shc" })).qr;
});

describe("the EU DCC and SMART Health Card revocation lists", () => {
  it("list nothing while the certificate is active, and both formats verify", async () => {
    const { kid } = await dccRevocationEntry(dccQr);
    expect((await dccRevocationListOverview()).map((list) => list.kid)).toContain(kid);
    expect((await dccRevocationList({ kid })).hashes.UCI).toEqual([]);
    expect((await shcRevocationList({ slug, kid: shcKid })).rids).toEqual([]);
    expect((await expectCrlVersionsAgree()).ctr).toBeGreaterThanOrEqual(1);
    expect((await verifyCertificate({ input: dccQr })).verified).toBe(true);
    expect((await verifyCertificate({ input: shcQr })).verified).toBe(true);
  });

  it("list the revoked certificate's DCC hashes and SHC rid, and the online verifier says revoked for both", async () => {
    const { kid, hashes } = await dccRevocationEntry(dccQr);
    const before = await shcRevocationList({ slug, kid: shcKid });
    await revokeCertificate({ actor: setUp.admin, certificateId: certificate.certificateId, reason: "Wrong person" });

    const list = await dccRevocationList({ kid: kid.replace(/\+/g, "-").replace(/\//g, "_") });
    expect(await dccRevocationList({ kid: kid.replace(/=+$/, "") })).toMatchObject({ kid, hashes: list.hashes });
    expect(list).toMatchObject({
      kid,
      hashTypes: ["SIGNATURE", "UCI", "COUNTRYCODEUCI"],
      hashes: { UCI: [hashes.UCI], COUNTRYCODEUCI: [hashes.COUNTRYCODEUCI], SIGNATURE: [hashes.SIGNATURE] },
    });
    const [partition] = await dccRevocationPartitions({ kid });
    expect(partition).toMatchObject({ kid, id: "null", chunks: { "0": expect.any(Object) } });
    const slice = decodeVarHashList(gunzipSync(await dccRevocationSlice({ kid, partition: "null", chunk: "0" })));
    expect(slice.sort()).toEqual(Object.values(hashes).sort());

    const rid = (decodeShc(decodeShcQr(shcQr)).payload as { vc: { rid: string } }).vc.rid;
    const crl = await shcRevocationList({ slug, kid: shcKid });
    expect(crl).toMatchObject({ kid: shcKid, method: "rid", rids: [rid] });
    expect(crl.ctr).toBeGreaterThan(before.ctr ?? 0);
    expect(await expectCrlVersionsAgree()).toEqual(crl);

    for (const qr of [dccQr, shcQr, certificate.qr]) {
      expect(await verifyCertificate({ input: qr })).toMatchObject({
        verified: false,
        subject: null,
        standing: { state: "revoked" },
      });
    }
  });

  it("answers 'not found' for a key the tenant does not have", async () => {
    await expect(shcRevocationList({ slug, kid: "unknown-kid-of-no-key" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(dccRevocationList({ kid: "AAAAAAAAAAA=" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issuerJwks({ slug: `${slug}-none` })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

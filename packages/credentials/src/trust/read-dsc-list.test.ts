import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { beforeAll, describe, expect, it } from "vitest";
import { encodeBase64 } from "../divoc/encoding.ts";
import { createCsca, createDsc, type DccCertificateBundle, dscKid } from "../eu-dcc/certificates.ts";
import { readTrustDocument } from "./read-trust-document.ts";

const now = new Date("2026-03-01T00:00:00Z");
const notBefore = new Date("2026-01-01T00:00:00Z");
const DAY = 86_400_000;

const rawData = (bundle: DccCertificateBundle) => encodeBase64(bundle.der);
const kidOf = async (bundle: DccCertificateBundle) => encodeBase64(await dscKid(bundle.der));
const entry = async (bundle: DccCertificateBundle, country: string, certificateType = "DSC") => ({
  kid: await kidOf(bundle),
  country,
  certificateType,
  rawData: rawData(bundle),
});

// A signer built by hand, for the key usages createDsc never writes.
const oddSigner = async (csca: DccCertificateBundle, extensions: x509.Extension[]): Promise<DccCertificateBundle> => {
  const keys = (await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.create({
    subject: "C=DE, CN=Odd signer",
    issuer: csca.certificate.subject,
    publicKey: keys.publicKey,
    signingKey: csca.keys.privateKey,
    notBefore,
    notAfter: new Date(notBefore.getTime() + 365 * DAY),
    signingAlgorithm: { name: "ECDSA", hash: "SHA-256" },
    extensions,
  });
  return { keys, certificate, der: new Uint8Array(certificate.rawData), pem: certificate.toString("pem") };
};

let germanCsca: DccCertificateBundle;
let otherGermanCsca: DccCertificateBundle;
let frenchCsca: DccCertificateBundle;
let germanDsc: DccCertificateBundle;
let frenchDsc: DccCertificateBundle;

beforeAll(async () => {
  [germanCsca, otherGermanCsca, frenchCsca] = await Promise.all([
    createCsca({ country: "DE", commonName: "CSCA DE", notBefore }),
    createCsca({ country: "DE", commonName: "Another CSCA DE", notBefore }),
    createCsca({ country: "FR", commonName: "CSCA FR", notBefore }),
  ]);
  [germanDsc, frenchDsc] = await Promise.all([
    createDsc({ csca: germanCsca, country: "DE", commonName: "DSC DE", notBefore }),
    createDsc({ csca: frenchCsca, country: "FR", commonName: "DSC FR", notBefore }),
  ]);
});

describe("readTrustDocument: EU DCC / WHO GDHCN DSC list", () => {
  it("groups the accepted DSCs by country and keeps each country's CSCAs", async () => {
    const list = [
      await entry(germanCsca, "DE", "CSCA"),
      await entry(frenchCsca, "FR", "CSCA"),
      await entry(germanDsc, "DE"),
      await entry(frenchDsc, "FR"),
    ];
    const read = await readTrustDocument(list, { now });
    expect(read).toEqual({
      format: "dsc-list",
      refused: [],
      issuers: [
        {
          name: "Germany",
          country: "DE",
          ids: ["DE"],
          keys: [{ kid: await kidOf(germanDsc), certificate: rawData(germanDsc) }],
          cscas: [rawData(germanCsca)],
        },
        {
          name: "France",
          country: "FR",
          ids: ["FR"],
          keys: [{ kid: await kidOf(frenchDsc), certificate: rawData(frenchDsc) }],
          cscas: [rawData(frenchCsca)],
        },
      ],
    });
  });

  it("accepts DSCs unchained when no CSCA is given, and checks the chain against CSCAs given beside the list", async () => {
    const list = [await entry(germanDsc, "DE")];
    const unchained = await readTrustDocument(list, { now });
    expect(unchained.issuers[0]?.keys).toHaveLength(1);
    const chained = await readTrustDocument(list, { now, cscas: [germanCsca.pem] });
    expect(chained.issuers[0]?.cscas).toEqual([germanCsca.pem]);
    const wrongAnchor = await readTrustDocument(list, { now, cscas: [otherGermanCsca.pem] });
    expect(wrongAnchor.issuers).toEqual([]);
    expect(wrongAnchor.refused).toEqual([
      { item: expect.stringMatching(/^entry 1 \(kid ".+", "DE"\)$/), reason: "It is not signed by any of DE's CSCAs." },
    ]);
  });

  it("refuses each DSC that fails a check, with its reason", async () => {
    const expired = await createDsc({
      csca: germanCsca,
      country: "DE",
      commonName: "Expired",
      notBefore: new Date("2025-01-01T00:00:00Z"),
      notAfter: new Date("2026-01-01T00:00:00Z"),
    });
    const notYet = await createDsc({
      csca: germanCsca,
      country: "DE",
      commonName: "Future",
      notBefore: new Date("2026-06-01T00:00:00Z"),
    });
    const noSignature = await oddSigner(germanCsca, [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyEncipherment, true),
    ]);
    const tlsOnly = await oddSigner(germanCsca, [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(["1.3.6.1.5.5.7.3.1"], false),
    ]);
    const strangerSigned = await createDsc({ csca: otherGermanCsca, country: "DE", commonName: "Stranger", notBefore });
    const list = [
      await entry(germanCsca, "DE", "CSCA"),
      await entry(expired, "DE"),
      await entry(notYet, "DE"),
      { ...(await entry(germanDsc, "DE")), kid: "AAAAAAAAAAA=" },
      await entry(germanDsc, "AT"),
      await entry(noSignature, "DE"),
      await entry(tlsOnly, "DE"),
      await entry(strangerSigned, "DE"),
      await entry(germanDsc, "DE", "UPLOAD"),
      await entry(germanDsc, "DE", "AUTHENTICATION"),
      await entry(germanDsc, "DE", "SOMETHING"),
      { kid: "x", country: "Germany", certificateType: "DSC", rawData: "AAAA" },
      { ...(await entry(germanDsc, "DE")), rawData: "bm90IGEgY2VydGlmaWNhdGU=" },
    ];
    const read = await readTrustDocument(list, { now });
    expect(read.issuers).toEqual([]);
    expect(read.refused.map((item) => [item.item.replace(/ \(.*/, ""), item.reason])).toEqual([
      ["entry 2", "It expired on 2026-01-01T00:00:00.000Z."],
      ["entry 3", "It is not valid before 2026-06-01T00:00:00.000Z."],
      ["entry 4", expect.stringMatching(/^Its kid "AAAAAAAAAAA=" is not the certificate's own kid "/)],
      ["entry 5", "The list files it under AT, but the certificate is DE's."],
      ["entry 6", "Its key usage does not allow digital signatures, so it cannot sign certificates."],
      ["entry 7", "Its extended key usage names none of the DCC types (test, vaccination, recovery)."],
      ["entry 8", "It is not signed by any of DE's CSCAs."],
      ["entry 9", expect.stringMatching(/^It is an UPLOAD certificate .*, not a document signer/)],
      ["entry 10", expect.stringMatching(/^It is an AUTHENTICATION certificate .*, not a document signer/)],
      ["entry 11", 'It is of the unknown type "SOMETHING", not a document signer (DSC) or CSCA.'],
      ["entry 12", expect.stringMatching(/^It is not a DSC list entry: country: must be an ISO 3166/)],
      ["entry 13", expect.stringMatching(/^It is not a readable X.509 certificate/)],
    ]);
  });

  it("refuses a DSC whose country has no CSCA once CSCAs are given, and a CSCA filed under another country", async () => {
    const list = [await entry(frenchCsca, "DE", "CSCA"), await entry(germanDsc, "DE")];
    const read = await readTrustDocument(list, { now });
    expect(read.issuers).toEqual([]);
    expect(read.refused.map((item) => item.reason)).toEqual([
      "The list files it under DE, but the certificate is FR's.",
      "CSCAs were given, but none for DE, so its chain cannot be checked.",
    ]);
  });

  it("keeps a trust-list entry's CSCAs and refuses a signer certificate given as one", async () => {
    const entry = { name: "Germany", country: "DE", ids: ["DE"], keys: [], cscas: [germanCsca.pem, germanDsc.pem] };
    const read = await readTrustDocument({ issuers: [entry] }, { now });
    expect(read.issuers).toEqual([{ name: "Germany", country: "DE", ids: ["DE"], keys: [], cscas: [germanCsca.pem] }]);
    expect(read.refused).toEqual([
      {
        item: 'issuer 1 "Germany" CSCA 2',
        reason: "Its key usage does not allow signing certificates (keyCertSign), so it is no CSCA.",
      },
    ]);
  });
});

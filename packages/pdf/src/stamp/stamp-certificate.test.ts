import { describe, expect, it } from "vitest";
import {
  certificateDocumentSchema,
  type TCertificateDocument,
  type TCheckedCertificateDocument,
} from "../certificate-document.ts";
import { prepareCertificateFonts } from "../fonts.ts";
import { certificateQrPng } from "../qr-png.ts";
import { drawWholeCertificate } from "../render-on-this-thread.ts";
import type { TCertificateLanguage } from "../settings/certificate-language.ts";
import { defaultTemplateSettings, parseTemplateSettings, type TTemplateSettings } from "../template-settings.ts";
import { type PdfReading, pageGreys, readPdf } from "../testing/poppler.ts";
import { sampleCertificate, sampleTestReport } from "../testing/sample-certificate.ts";
import { stampCertificate } from "./stamp-certificate.ts";

const checked = (document: TCertificateDocument): TCheckedCertificateDocument =>
  certificateDocumentSchema.parse(document);
const picture = (text: string) => `data:image/png;base64,${certificateQrPng(text).png.toString("base64")}`;

const both = async (document: TCheckedCertificateDocument, settings: TTemplateSettings, lang: TCertificateLanguage) => {
  await prepareCertificateFonts();
  const qr = certificateQrPng(document.qr);
  return {
    stamped: await stampCertificate(document, settings, lang, qr),
    whole: await drawWholeCertificate(document, settings, lang, qr),
  };
};

const placedWords = (reading: PdfReading) =>
  reading.words.map(({ word, top, bottom }) => `${word} ${top.toFixed(1)} ${bottom.toFixed(1)}`).sort();
// pdffonts' lines without their object numbers, which differ.
const fontsNamed = (reading: PdfReading) =>
  reading.fonts.split("\n").map((line) => line.replace(/\s+\d+\s+\d+\s*$/, ""));

// The pictures by what they show: the QR, drawn last on a stamped page, is listed last.
const pictures = (reading: PdfReading) => reading.images.map((image) => `${image.decoded} ${image.width}`).sort();
// pdfinfo's facts but the moment it was made and its size in bytes.
const facts = (reading: PdfReading) => reading.info.replace(/^(CreationDate|File size):.*\n/gm, "");

// Pixels whose grey differs by more than anti-aliasing could explain.
const differingPixels = (a: Uint8Array, b: Uint8Array) => {
  let count = 0;
  for (let index = 0; index < a.length; index++) if (Math.abs((a[index] ?? 0) - (b[index] ?? 0)) > 24) count++;
  return count;
};

const testReportTemplate = parseTemplateSettings({
  paper: "A5",
  accentColor: "#7A1F5C",
  blocks: [
    { type: "header", logo: picture("LOGO") },
    { type: "holder", fields: ["name", "birthDate"] },
    { type: "event", fields: ["testType", "result", "sampleCollectionTimestamp", "facility_name"] },
    { type: "qr", sizeMm: 45 },
    { type: "signature", image: picture("SIGNATURE"), signatoryName: "Dr A. Sharma", signatoryTitle: "Director" },
    { type: "footer", enabled: false },
  ],
  labels: { en: { title: "COVID-19 Test Report", subtitle: "" }, hi: { title: "कोविड-19 जाँच रिपोर्ट" } },
});

describe("stampCertificate", { timeout: 60_000 }, () => {
  it.each([
    ["the default template in English", sampleCertificate(), defaultTemplateSettings, "en"],
    ["the default template in English and Hindi", sampleCertificate(), defaultTemplateSettings, "hi"],
    [
      "the default template in English and Arabic",
      sampleCertificate({ recipient: { name: "Zoë Ólafsdóttir", age: 41 } }),
      defaultTemplateSettings,
      "ar",
    ],
    ["a test report on A5 with a logo and a signature, in Hindi", sampleTestReport(), testReportTemplate, "hi"],
    [
      "a Hindi name and a facility name that wraps, in Hindi",
      sampleCertificate({
        recipient: { name: "अनन्या राव", birthDate: "1985-03-14", gender: "Female" },
        doses: [
          {
            doseNumber: 1,
            totalDoses: 1,
            vaccine: "COVISHIELD",
            batch: "4121Z005",
            date: "2021-03-14",
            facility: "Community Health Centre Anekal Taluk, Bengaluru Urban District",
          },
        ],
      }),
      defaultTemplateSettings,
      "hi",
    ],
    [
      "an Arabic name, in Arabic",
      sampleCertificate({ recipient: { name: "ليلى حسن", birthDate: "1990-01-05" } }),
      defaultTemplateSettings,
      "ar",
    ],
  ] as const)("prints %s exactly as the whole certificate drawn by react-pdf", async (_, document, settings, lang) => {
    const { stamped, whole } = await both(checked(document), settings, lang);
    if (!stamped) throw new Error("the certificate was not stamped");
    const [mine, theirs] = [readPdf(stamped), readPdf(whole)];
    // The same words at the same heights (pdftotext may read a page's columns in another order when drawn in another).
    expect(placedWords(mine)).toEqual(placedWords(theirs));
    expect(fontsNamed(mine)).toEqual(fontsNamed(theirs));
    expect(pictures(mine)).toEqual(pictures(theirs));
    expect(facts(mine)).toBe(facts(theirs));
    const [drawn, expected] = [pageGreys(stamped, 150), pageGreys(whole, 150)];
    expect([drawn.width, drawn.height]).toEqual([expected.width, expected.height]);
    expect(differingPixels(drawn.pixels, expected.pixels)).toBe(0);
  });

  it("prints each holder's own values on a shared skeleton, and nothing of the holder before", async () => {
    await prepareCertificateFonts();
    const first = checked(sampleCertificate({ recipient: { name: "Ananya Rao", birthDate: "1985-03-14" } }));
    const second = checked(
      sampleCertificate({
        certificateId: "9P2D-MM4K-ZT8Q",
        recipient: { name: "Vikram Iyer", birthDate: "1979-11-02" },
      }),
    );
    await stampCertificate(first, defaultTemplateSettings, "en", certificateQrPng(first.qr));
    const stamped = await stampCertificate(second, defaultTemplateSettings, "en", certificateQrPng(second.qr));
    if (!stamped) throw new Error("the certificate was not stamped");
    const reading = readPdf(stamped);
    expect(reading.text).toContain("Vikram Iyer");
    expect(reading.text).toContain("9P2D-MM4K-ZT8Q");
    expect(reading.text).toContain("2 Nov 1979");
    for (const earlier of ["Ananya", "7K3M-Q9TD-WX4P", "14 Mar 1985"]) expect(reading.text).not.toContain(earlier);
    expect(reading.images.map((image) => image.decoded)).toEqual([second.qr]);
    expect(reading.info).toMatch(/Subject:\s+COVID-19 Vaccination Programme: Vikram Iyer/);
  });

  it.each([
    [
      "a name in a script no bundled font has",
      sampleCertificate({ recipient: { name: "王小明", birthDate: "1985-03-14" } }),
    ],
    [
      "twenty doses, more than a page",
      sampleCertificate({
        doses: Array.from({ length: 20 }, (_, index) => ({
          doseNumber: index + 1,
          totalDoses: 20,
          vaccine: "COVISHIELD",
          batch: `B${index}`,
          date: "2021-03-14",
          facility: "PHC Jayanagar",
        })),
      }),
    ],
  ])("leaves %s to be drawn whole", async (_, document) => {
    await prepareCertificateFonts();
    const ready = checked(document);
    expect(await stampCertificate(ready, defaultTemplateSettings, "en", certificateQrPng(ready.qr))).toBeUndefined();
  });
});

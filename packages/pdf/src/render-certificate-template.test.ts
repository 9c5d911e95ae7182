import { describe, expect, it } from "vitest";
import { renderCertificatePdf } from "./index.ts";
import { certificateQrPng } from "./qr-png.ts";
import { parseTemplateSettings } from "./template-settings.ts";
import { type PdfReading, readPdf } from "./testing/poppler.ts";
import { sampleCertificate, sampleTestReport } from "./testing/sample-certificate.ts";

const MM_PER_INCH = 25.4;
const flat = (reading: PdfReading) => reading.text.replace(/\s+/g, " ");
const pageHeight = (reading: PdfReading) => Number(/Page size:\s+[\d.]+ x ([\d.]+) pts/.exec(reading.info)?.[1]);
const picture = (text: string) => `data:image/png;base64,${certificateQrPng(text).png.toString("base64")}`;

// The first render on each worker thread loads react-pdf and the fonts, which takes seconds on a busy machine.
describe("renderCertificatePdf with a template and a second language", { timeout: 60_000 }, () => {
  it("prints English and Hindi, shaped so that the Hindi reads back as written, over the whole A4 page", async () => {
    const reading = readPdf(await renderCertificatePdf(sampleCertificate(), { lang: "hi" }));
    const text = flat(reading);

    for (const hindi of ["टीकाकरण प्रमाणपत्र", "प्रमाणपत्र धारक", "जन्म तिथि", "जारीकर्ता", "भारत", "टीका"]) {
      expect(text).toContain(hindi);
    }
    expect(text).toContain("Certificate of Vaccination");
    expect(text).toContain("DATE OF BIRTH / जन्म तिथि");
    expect(reading.fonts).toMatch(/NotoSansDevanagari-Regular/);
    expect(reading.info).toMatch(/Pages:\s+1\n/);
    // Filled: the title at the top of the page, the footer at its foot.
    const tops = reading.words.map((word) => word.top);
    expect(Math.min(...tops)).toBeLessThan(pageHeight(reading) * 0.1);
    expect(Math.max(...reading.words.map((word) => word.bottom))).toBeGreaterThan(pageHeight(reading) * 0.9);
  });

  it("prints English and Arabic, the Arabic joined and read back right to left with its marks", async () => {
    const reading = readPdf(await renderCertificatePdf(sampleCertificate(), { lang: "ar" }));
    const text = flat(reading);

    for (const arabic of [
      "شهادة التطعيم",
      "حامل الشهادة",
      "تاريخ الميلاد",
      "جهة الإصدار",
      "الهند",
      "إثبات تطعيم موقّع رقميًا",
    ]) {
      expect(text).toContain(arabic);
    }
    expect(reading.fonts).toMatch(/NotoSansArabic-Regular/);
    expect(reading.info).toMatch(/Pages:\s+1\n/);
  });

  it("prints a test report on A5 with the template's blocks, fields, labels and QR size", async () => {
    const settings = parseTemplateSettings({
      paper: "A5",
      accentColor: "#7A1F5C",
      blocks: [
        { type: "header", logo: picture("LOGO") },
        { type: "event", fields: ["testType", "result", "sampleCollectionTimestamp", "facility_name"] },
        { type: "holder", fields: ["name", "birthDate"] },
        { type: "qr", sizeMm: 45 },
        { type: "signature", image: picture("SIGNATURE"), signatoryName: "Dr A. Sharma", signatoryTitle: "Director" },
        { type: "footer", enabled: false },
      ],
      labels: {
        en: { title: "COVID-19 Test Report", subtitle: "", fields: { facility_name: "Testing laboratory" } },
        hi: { title: "कोविड-19 जाँच रिपोर्ट" },
      },
    });
    const document = sampleTestReport();
    const reading = readPdf(await renderCertificatePdf(document, { settings, lang: "hi" }));
    const text = flat(reading);

    expect(reading.info).toMatch(/Page size:\s+419\.53 x 595\.28 pts/);
    expect(reading.info).toMatch(/Pages:\s+1\n/);
    for (const shown of [
      "COVID-19 Test Report",
      "कोविड-19 जाँच रिपोर्ट",
      "TEST TYPE / जाँच का प्रकार",
      "RT-PCR",
      "Negative",
      "2 Jul 2021",
      "TESTING LABORATORY / प्रयोगशाला",
      "NIMHANS Virology Lab, Bengaluru",
      "Dr A. Sharma",
      "Director",
      "Ananya Rao",
    ]) {
      expect(text).toContain(shown);
    }
    for (const hidden of ["Nasopharyngeal", "Aadhaar", "Female", "Changing any detail", "DOSE"]) {
      expect(text).not.toContain(hidden);
    }
    // A stamped page draws the holder's QR after the template's pictures.
    expect(reading.images.map((image) => image.decoded)).toEqual(["LOGO", "SIGNATURE", document.qr]);
    const qr = reading.images[2];
    expect(((qr?.width ?? 0) / (qr?.xPpi ?? 1)) * MM_PER_INCH).toBeCloseTo(45, 0);
  });

  it("prints every event field the document carries when the template lists none, under the document's labels", async () => {
    const settings = parseTemplateSettings({ paper: "Letter", blocks: [{ type: "holder" }, { type: "event" }] });
    const reading = readPdf(await renderCertificatePdf(sampleTestReport(), { settings }));
    const text = flat(reading);

    expect(reading.info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    for (const shown of ["SAMPLE ORIGIN", "Nasopharyngeal swab", "LABORATORY", "NIMHANS Virology Lab, Bengaluru"]) {
      expect(text).toContain(shown);
    }
    expect(text).toContain("T4QX-8M2K-RR7C");
    expect(reading.images).toEqual([]);
  });
});

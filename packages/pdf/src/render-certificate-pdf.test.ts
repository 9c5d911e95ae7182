import { describe, expect, it } from "vitest";
import { certificateDocumentSchema } from "./certificate-document.ts";
import { renderCertificatePdf } from "./index.ts";
import { renderCertificatePdfOnThisThread } from "./render-on-this-thread.ts";
import { defaultTemplateSettings, parseTemplateSettings } from "./template-settings.ts";
import { readPdf } from "./testing/poppler.ts";
import { sampleCertificate } from "./testing/sample-certificate.ts";

const QUIET_ZONE_PIXELS = 4 * 4;
const MM_PER_INCH = 25.4;

// The first render on each worker thread loads react-pdf and the fonts, which takes seconds on a busy machine.
describe("renderCertificatePdf", { timeout: 60_000 }, () => {
  it("prints a two-dose certificate on one A4 page whose QR picture scans to the QR text", async () => {
    const document = sampleCertificate();
    expect(document.qr.length).toBeGreaterThan(1000);

    const reading = readPdf(await renderCertificatePdf(document));

    expect(reading.info).toMatch(/Pages:\s+1\n/);
    expect(reading.info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(reading.images).toHaveLength(1);
    const [qr] = reading.images;
    expect(qr?.decoded).toBe(document.qr);
    // The code itself, quiet zone aside, must print at least 50 mm wide to scan from paper.
    const codeMm = (((qr?.width ?? 0) - 2 * QUIET_ZONE_PIXELS) / (qr?.xPpi ?? 1)) * MM_PER_INCH;
    expect(codeMm).toBeGreaterThanOrEqual(50);
    for (const shown of [
      "Ananya Rao",
      "4121Z005",
      "4121Z088",
      "7K3M-Q9TD-WX4P",
      "1 of 2",
      "2 of 2",
      "COVISHIELD",
      "Serum Institute of India",
      "PHC Jayanagar, Bengaluru",
      "DH Yelahanka, Bengaluru",
      "14 Mar 2021",
      "20 Jun 2021",
      "14 Mar 1985",
      "Female",
      "Aadhaar XXXX XXXX 1234",
      "Ministry of Health, Demo",
      "India",
      "COVID-19 Vaccination Programme",
      defaultTemplateSettings.labels.en.title,
      defaultTemplateSettings.labels.en.subtitle,
      "scan this QR code at http://localhost:3003",
    ]) {
      expect(reading.text.replace(/\s+/g, " ")).toContain(shown);
    }
    // The issuer is named in words; its DID is for machines, in the PDF's metadata.
    expect(reading.text).not.toContain("did:web");
    expect(reading.info).toMatch(/Keywords:\s+issuer did:web:localhost%3A3003:tenants:demo/);
  });

  it("embeds Noto Sans for every glyph, so names with any Latin letters print as written, wrapped only at spaces", async () => {
    // The first wraps just where "Thị" mixes two of Noto Sans's files (ị is in the Vietnamese one).
    for (const name of [
      "Venkata Lakshmi Narasimha Subramanyam Nguyễn Thị Ólafsdóttir",
      "Łucja Øvergård-Ðorđević Şahin Ñúñez",
    ]) {
      const reading = readPdf(
        await renderCertificatePdf(sampleCertificate({ recipient: { name, birthDate: "1990-01-31" } })),
      );

      expect(reading.text.replace(/\s+/g, " ")).toContain(name);
      const fonts = reading.fonts.split("\n").slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(2);
      for (const font of fonts) {
        expect(font).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      }
    }
  });

  it("renders offline: a fetch that fails is never needed, and nothing but inline data is asked of it", async () => {
    const asked: string[] = [];
    const realFetch = globalThis.fetch;
    // Fails as fetch does with no network; yoga-layout asks it once per thread for its inline
    // (data: URL) WebAssembly and decodes that itself when the fetch fails.
    globalThis.fetch = async (input) => {
      asked.push(input instanceof Request ? input.url : String(input));
      throw new TypeError("fetch failed: no network while rendering a certificate");
    };
    try {
      const document = certificateDocumentSchema.parse(sampleCertificate());
      const reading = readPdf(await renderCertificatePdfOnThisThread(document, defaultTemplateSettings));
      expect(reading.text).toContain("Ananya Rao");
      expect(reading.fonts).toContain("NotoSans-Bold");
      expect(reading.images[0]?.decoded).toBe(document.qr);
      expect(asked.filter((url) => !url.startsWith("data:"))).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it("follows flat settings stored before version 2: their title and footer, and the identity only when shown", async () => {
    const settings = parseTemplateSettings({
      title: "Immunisation Record",
      subtitle: "Ministry of Health, Demo",
      footerText: "Questions? Call 1075.",
      showIdentifier: false,
      accentColor: "#AA3300",
    });
    const reading = readPdf(await renderCertificatePdf(sampleCertificate(), { settings }));
    const text = reading.text.replace(/\s+/g, " ");

    expect(text).toContain("Immunisation Record");
    expect(text).toContain("Questions? Call 1075.");
    expect(text).not.toContain(defaultTemplateSettings.labels.en.title);
    expect(text).not.toContain("Aadhaar XXXX XXXX 1234");
  });

  it("marks a provisional certificate, puts the document's own title, and the age when there is no date of birth", async () => {
    const reading = readPdf(
      await renderCertificatePdf(
        sampleCertificate({
          title: "Immunisation Record",
          provisional: true,
          recipient: { name: "Ravi Kumar", age: 34, gender: "Male" },
        }),
      ),
    );
    const text = reading.text.replace(/\s+/g, " ");

    expect(text).toContain("PROVISIONAL");
    expect(text).toContain("Immunisation Record");
    expect(text).toContain("34 years");
    expect(text).not.toContain("Date of birth".toUpperCase());
  });

  it("carries a certificate too long for one page onto a second, every dose printed, the first page filled", async () => {
    const first = sampleCertificate().doses?.[0];
    if (!first) throw new Error("the sample has doses");
    const doses = Array.from({ length: 20 }, (_, index) => ({
      ...first,
      doseNumber: index + 1,
      totalDoses: 20,
      batch: `LOT-${String(index + 1).padStart(3, "0")}`,
    }));
    const reading = readPdf(await renderCertificatePdf(sampleCertificate({ doses }), { lang: "hi" }));
    const text = reading.text.replace(/\s+/g, " ");

    expect(reading.info).toMatch(/Pages:\s+2\n/);
    for (const dose of doses) expect(text).toContain(dose.batch);
    expect(text).toContain("20 of 20");
    const lowest = Math.max(...reading.words.map((word) => word.bottom));
    expect(lowest).toBeGreaterThan(750);
  });

  it("spreads a short certificate down its whole page, the footer at the foot", async () => {
    const reading = readPdf(await renderCertificatePdf(sampleCertificate()));
    const footer = reading.words.filter((word) => word.word === "7K3M-Q9TD-WX4P").map((word) => word.bottom);

    expect(reading.info).toMatch(/Pages:\s+1\n/);
    expect(Math.max(...footer)).toBeGreaterThan(790);
  });

  it("refuses a document with nothing to attest or no QR text, and a language it does not print, saying which", async () => {
    await expect(renderCertificatePdf(sampleCertificate({ doses: [] }))).rejects.toThrow(
      "A certificate lists at least one dose or event field",
    );
    await expect(renderCertificatePdf(sampleCertificate({ qr: "" }))).rejects.toThrow("QR text is required");
    await expect(renderCertificatePdf(sampleCertificate(), { lang: "fr" as "en" })).rejects.toThrow(
      "A certificate prints in en, hi or ar, not fr",
    );
  });
});

import { describe, expect, it } from "vitest";
import { certificateDocumentSchema } from "./certificate-document.ts";
import { renderCertificatePdfOnThisThread } from "./render-on-this-thread.ts";
import { defaultTemplateSettings } from "./template-settings.ts";
import { readPdf } from "./testing/poppler.ts";
import { sampleCertificate } from "./testing/sample-certificate.ts";

/** The PDF's streams (fonts, pages, pictures) as latin1 strings, to compare two PDFs' parts. */
const streams = (pdf: Buffer): string[] =>
  [...pdf.toString("latin1").matchAll(/stream\n([\s\S]*?)\nendstream/g)].map(([, body = ""]) => body);

const render = (name: string) =>
  renderCertificatePdfOnThisThread(
    certificateDocumentSchema.parse(sampleCertificate({ recipient: { name, birthDate: "1990-01-31" } })),
    defaultTemplateSettings,
    "hi",
  );

describe("font subsets", { timeout: 60_000 }, () => {
  it("embeds the same font bytes for two certificates with different ASCII names, each reading back as written", async () => {
    const first = await render("Ananya Rao");
    const second = await render("Zoe Quartermaine-Wolfe");

    const shared = streams(second).filter((stream) => streams(first).includes(stream));
    // Four fonts (Noto Sans and Noto Sans Devanagari, regular and bold), whatever else is alike.
    expect(shared.length).toBeGreaterThanOrEqual(4);
    expect(readPdf(first).text).toContain("Ananya Rao");
    expect(readPdf(second).text).toContain("Zoe Quartermaine-Wolfe");
  });

  it("embeds a new subset when a name needs glyphs beyond ASCII, and prints it", async () => {
    await render("Ananya Rao");
    const reading = readPdf(await render("Zoë Ångström"));

    expect(reading.text).toContain("Zoë Ångström");
  });
});

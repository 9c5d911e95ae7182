import { env } from "@vax/config/env";
import { describe, expect, it } from "vitest";
import { certificateNoticeText, type TCertificateEvent } from "./certificate-notice-text";

const facts = { certificateId: "7K2M-Q9PX-4TRA", programmeName: "COVID-19 Vaccination", dose: 2 };
const link = new URL("/", env.VAX_CITIZEN_URL).toString();

describe("certificateNoticeText", () => {
  it.each<[TCertificateEvent, string, boolean]>([
    ["issued", "Your vaccination certificate is ready", true],
    ["corrected", "Your vaccination certificate has been corrected", true],
    ["revoked", "Your vaccination certificate has been revoked", false],
    ["suspended", "Your vaccination certificate has been suspended", false],
    ["reinstated", "Your vaccination certificate is valid again", true],
  ])(
    "%s: says so, links to the citizen app, and attaches the PDF only to a certificate that verifies",
    (event, subject, attachPdf) => {
      const text = certificateNoticeText(event, facts);
      expect(text.subject).toBe(subject);
      expect(text.attachPdf).toBe(attachPdf);
      expect(text.email).toContain(facts.certificateId);
      expect(text.email).toContain("Programme: COVID-19 Vaccination, dose 2.");
      expect(text.email).toContain(`See and download your certificates: ${link}`);
      expect(text.email.includes("attached as a PDF")).toBe(attachPdf);
      expect(text.sms).toContain(facts.certificateId);
      expect(text.sms.endsWith(` ${link}`)).toBe(true);
    },
  );

  it("names the new version in a correction", () => {
    expect(certificateNoticeText("corrected", facts).sms).toBe(
      `Your vaccination certificate has been corrected and issued again as 7K2M-Q9PX-4TRA. The earlier version no longer verifies. ${link}`,
    );
  });
});

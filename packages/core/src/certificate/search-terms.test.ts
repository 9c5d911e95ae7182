import { describe, expect, it } from "vitest";
import { newCertificateId, normaliseCertificateId } from "../certification/certificate-id";
import { certificateSearchTerms } from "./search-terms";

describe("certificateSearchTerms", () => {
  it("reads a certificate id in any case, with or without dashes", () => {
    const id = newCertificateId();
    for (const typed of [id, id.toLowerCase(), id.replaceAll("-", ""), ` ${id.toLowerCase().replaceAll("-", "")} `]) {
      expect(certificateSearchTerms(typed).certificateId).toBe(id);
    }
  });

  it("reads ten digits as a mobile, and as an identity number too, with +91, 0 or spaces stripped", () => {
    expect(certificateSearchTerms("9876500001")).toEqual({ mobile: "9876500001", identityNumber: "9876500001" });
    expect(certificateSearchTerms("+91 98765 00001").mobile).toBe("9876500001");
    expect(certificateSearchTerms("09876500001").mobile).toBe("9876500001");
  });

  it("reads text with digits as an identity number, in capitals without spaces or hyphens", () => {
    expect(certificateSearchTerms("2345 6789 0123")).toEqual({ identityNumber: "234567890123" });
    expect(certificateSearchTerms("k1234567")).toEqual({ identityNumber: "K1234567" });
    expect(certificateSearchTerms("abc-1234567")).toEqual({ identityNumber: "ABC1234567" });
  });

  it("keeps both readings of a 12-digit Aadhaar number that also passes a certificate id's check", () => {
    const aadhaar = Array.from({ length: 1000 }, (_, index) => String(234567890000 + index)).find(
      (digits) => normaliseCertificateId(digits) !== null,
    );
    expect(aadhaar).toBeDefined();
    const terms = certificateSearchTerms(aadhaar as string);
    expect(terms.certificateId).toBe(normaliseCertificateId(aadhaar as string));
    expect(terms.identityNumber).toBe(aadhaar);
  });

  it("reads text without digits as a name, with its spaces collapsed", () => {
    expect(certificateSearchTerms("  Lakshmi   Ravi ")).toEqual({ name: "Lakshmi Ravi" });
    expect(certificateSearchTerms("d'souza")).toEqual({ name: "d'souza" });
  });

  it("reads nothing from empty text, or from digits that are none of these", () => {
    expect(certificateSearchTerms("   ")).toEqual({});
    expect(certificateSearchTerms("12")).toEqual({});
    expect(certificateSearchTerms("#1")).toEqual({});
  });
});

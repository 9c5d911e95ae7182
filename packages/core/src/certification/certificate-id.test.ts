import { describe, expect, it } from "vitest";
import { newCertificateId, normaliseCertificateId } from "./certificate-id";

describe("certificate ids", () => {
  it("are twelve Crockford base32 characters in groups of four", () => {
    for (let run = 0; run < 200; run++)
      expect(newCertificateId()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
  });

  it("are different each time", () => {
    const ids = new Set(Array.from({ length: 5000 }, newCertificateId));
    expect(ids.size).toBe(5000);
  });

  it("read back as typed: any case, spaces, no dashes, O for 0 and I or L for 1", () => {
    const id = newCertificateId();
    expect(normaliseCertificateId(id)).toBe(id);
    expect(normaliseCertificateId(id.toLowerCase().replaceAll("-", " "))).toBe(id);
    const misread = id.replaceAll("0", "O").replaceAll("1", "l");
    expect(normaliseCertificateId(misread)).toBe(id);
  });

  it("refuse any single mistyped character", () => {
    const id = newCertificateId().replaceAll("-", "");
    for (let position = 0; position < id.length; position++) {
      const wrong = id[position] === "7" ? "8" : "7";
      const typo = id.slice(0, position) + wrong + id.slice(position + 1);
      expect(normaliseCertificateId(typo)).toBeNull();
    }
  });

  it("refuse what is not an id", () => {
    for (const text of ["", "ABCD", "ABCD-EFGH-JKMN-PQRS", "UUUU-UUUU-UUUU", "<script>"]) {
      expect(normaliseCertificateId(text)).toBeNull();
    }
  });
});

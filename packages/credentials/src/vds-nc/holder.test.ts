import { describe, expect, it } from "vitest";
import { alpha2OfIcao } from "./countries.ts";
import { readableIcaoName } from "./holder.ts";

describe("VDS-NC holder names and countries", () => {
  it("puts Doc 9303 names (surname, two spaces, given names) in reading order", () => {
    expect(readableIcaoName("CITIZEN  JANE CATHERINE")).toBe("JANE CATHERINE CITIZEN");
    expect(readableIcaoName("DE LA CRUZ  MARIA")).toBe("MARIA DE LA CRUZ");
    // A single name (no secondary identifier) stays as it is.
    expect(readableIcaoName("MADONNA")).toBe("MADONNA");
  });

  it("maps ICAO issuing-state codes to the alpha-2 codes of certificates, Germany's D<< included", () => {
    expect(alpha2OfIcao("AUS")).toBe("AU");
    expect(alpha2OfIcao("NZL")).toBe("NZ");
    expect(alpha2OfIcao("D<<")).toBe("DE");
    expect(alpha2OfIcao("UTO")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { hasVerhoeffCheckDigit, verhoeffCheckDigit } from "./verhoeff";

describe("the Verhoeff check digit", () => {
  it("matches the published examples", () => {
    expect(verhoeffCheckDigit("236")).toBe("3");
    expect(verhoeffCheckDigit("12345")).toBe("1");
    expect(verhoeffCheckDigit("142857")).toBe("0");
    expect(hasVerhoeffCheckDigit("2363")).toBe(true);
    expect(hasVerhoeffCheckDigit("2364")).toBe(false);
  });

  it("catches every single wrong digit and every swap of neighbouring digits in a 12-digit number", () => {
    const number = `23456789012${verhoeffCheckDigit("23456789012")}`;
    expect(hasVerhoeffCheckDigit(number)).toBe(true);
    for (let position = 0; position < number.length; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        if (String(digit) === number[position]) continue;
        const typo = `${number.slice(0, position)}${digit}${number.slice(position + 1)}`;
        expect(hasVerhoeffCheckDigit(typo), typo).toBe(false);
      }
    }
    for (let position = 0; position < number.length - 1; position++) {
      if (number[position] === number[position + 1]) continue;
      const swapped = `${number.slice(0, position)}${number[position + 1]}${number[position]}${number.slice(position + 2)}`;
      expect(hasVerhoeffCheckDigit(swapped), swapped).toBe(false);
    }
  });

  it("refuses what is not digits", () => {
    expect(hasVerhoeffCheckDigit("")).toBe(false);
    expect(hasVerhoeffCheckDigit("23a3")).toBe(false);
  });
});

import { deepJson, lyingZip, nativeQrBomb } from "@vax/credentials/fuzz";
import { describe, expect, it } from "vitest";
import { rejection } from "../testing/rejection";
import { verifyCertificate } from "./verify-certificate";

describe("verifyCertificate", () => {
  it("refuses a certificate over the decoders' limits with PAYLOAD_TOO_LARGE, saying which limit", async () => {
    const zip = await rejection(verifyCertificate({ input: new TextDecoder("latin1").decode(lyingZip()) }));
    expect(zip).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message:
        "certificate.json in the ZIP is too large (268,435,456 bytes, at most 65,536), so it is not a certificate.",
    });
    const bomb = await rejection(verifyCertificate({ input: nativeQrBomb(8 * 1024 * 1024) }));
    expect(bomb.code).toBe("PAYLOAD_TOO_LARGE");
    const deep = await rejection(verifyCertificate({ input: { "@context": JSON.parse(deepJson(1_000)) } }));
    expect(deep).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: expect.stringMatching(/deeper than 32 levels/) });
  });

  it("still answers a damaged certificate with a verdict, not an error", async () => {
    const result = await verifyCertificate({ input: "HC1:NCFOXN%TS3DH" });
    expect(result).toMatchObject({ verified: false, format: "eu-dcc" });
  });
});

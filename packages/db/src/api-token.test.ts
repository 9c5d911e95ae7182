import { describe, expect, it } from "vitest";
import { createApiToken, parseApiToken, verifyApiSecret } from "./api-token";

describe("API tokens", () => {
  it("makes a token that parses back to its prefix and verifies against its stored hash", () => {
    const { token, tokenPrefix, secretHash } = createApiToken();
    expect(token).toMatch(/^vax_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const parsed = parseApiToken(token);
    expect(parsed?.prefix).toBe(tokenPrefix);
    expect(verifyApiSecret(parsed?.secret ?? "", secretHash)).toBe(true);
  });

  it("never stores the secret itself", () => {
    const { token, secretHash } = createApiToken();
    const secret = parseApiToken(token)?.secret ?? "";
    expect(secretHash).not.toContain(secret);
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("makes a different token each time", () => {
    const first = createApiToken();
    const second = createApiToken();
    expect(first.token).not.toBe(second.token);
    expect(first.tokenPrefix).not.toBe(second.tokenPrefix);
  });

  it("keeps a given prefix and secret, as the demo seed needs", () => {
    const { token, tokenPrefix } = createApiToken("de30de30de30", "demo_secret_for_local_use_only_2026");
    expect(tokenPrefix).toBe("de30de30de30");
    expect(parseApiToken(token)).toEqual({ prefix: "de30de30de30", secret: "demo_secret_for_local_use_only_2026" });
  });

  it("ignores whitespace around a presented token", () => {
    const { token, tokenPrefix } = createApiToken();
    expect(parseApiToken(`  ${token}\n`)?.prefix).toBe(tokenPrefix);
  });

  it("rejects a wrong secret, another token's secret and a tampered hash", () => {
    const mine = createApiToken();
    const other = createApiToken();
    const mySecret = parseApiToken(mine.token)?.secret ?? "";
    expect(verifyApiSecret(parseApiToken(other.token)?.secret ?? "", mine.secretHash)).toBe(false);
    expect(verifyApiSecret(`${mySecret}x`, mine.secretHash)).toBe(false);
    expect(verifyApiSecret("", mine.secretHash)).toBe(false);
    expect(verifyApiSecret(mySecret, mine.secretHash.slice(0, 32))).toBe(false);
    expect(verifyApiSecret(mySecret, "not hex at all")).toBe(false);
  });

  it.each([
    ["empty", ""],
    ["no scheme", "de30de30de30_demo_secret_for_local_use_only_2026"],
    ["another scheme", "sk_de30de30de30_demo_secret_for_local_use_only_2026"],
    ["upper-case prefix", "vax_DE30DE30DE30_demo_secret_for_local_use_only_2026"],
    ["short prefix", "vax_de30de30_demo_secret_for_local_use_only_2026"],
    ["non-hex prefix", "vax_zz30de30de30_demo_secret_for_local_use_only_2026"],
    ["short secret", "vax_de30de30de30_tooshort"],
    ["no secret", "vax_de30de30de30_"],
    ["characters outside base64url", "vax_de30de30de30_demo+secret/for=local=use=only"],
    ["inner whitespace", "vax_de30de30de30_demo secret for local use only 2026"],
    ["a bearer header, not a token", "Bearer vax_de30de30de30_demo_secret_for_local_use_only_2026"],
  ])("rejects a malformed token (%s)", (_case, token) => {
    expect(parseApiToken(token)).toBeUndefined();
  });
});

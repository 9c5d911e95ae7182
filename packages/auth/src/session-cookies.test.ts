import { describe, expect, it } from "vitest";
import { sessionCookies } from "./session-cookies";

describe("sessionCookies", () => {
  it("names the cookies after the app on http, not Secure", () => {
    const cookies = sessionCookies("admin", false);
    expect(cookies?.sessionToken).toEqual({
      name: "vax-admin.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    expect(cookies?.csrfToken?.name).toBe("vax-admin.csrf-token");
    expect(cookies?.callbackUrl?.name).toBe("vax-admin.callback-url");
  });

  it("makes every cookie Secure and __Host- prefixed on https: path /, no Domain", () => {
    const cookies = sessionCookies("citizen", true);
    for (const cookie of [cookies?.sessionToken, cookies?.csrfToken, cookies?.callbackUrl]) {
      expect(cookie?.name).toMatch(/^__Host-vax-citizen\./);
      expect(cookie?.options).toMatchObject({ secure: true, path: "/", httpOnly: true });
      expect(cookie?.options).not.toHaveProperty("domain");
    }
    expect(cookies?.sessionToken?.name).toBe("__Host-vax-citizen.session-token");
  });
});

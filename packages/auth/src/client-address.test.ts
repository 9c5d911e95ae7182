import { parseTrustedProxies } from "@vax/config/trusted-proxies";
import { afterEach, describe, expect, it } from "vitest";
import {
  clientAddress,
  normaliseAddress,
  PEER_ADDRESS_HEADER_KEY,
  resolveClientAddress,
  trustedProxyList,
} from "./client-address";

const trusting = (list: string) => trustedProxyList(parseTrustedProxies(list));
const none = trusting("");

describe("resolveClientAddress", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: undefined, trusted: none })).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: "198.51.100.1", trusted: none })).toBe(
      "203.0.113.9",
    );
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: "10.0.0.1, 127.0.0.1, ::1", trusted: none })).toBe(
      "203.0.113.9",
    );
  });

  it("is the peer when the peer is not one of the trusted proxies", () => {
    const trusted = trusting("10.0.0.0/8");
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: "198.51.100.1", trusted })).toBe("203.0.113.9");
  });

  it("walks X-Forwarded-For from the right while each hop is trusted", () => {
    const trusted = trusting("10.0.0.0/8, 192.0.2.7");
    // client 198.51.100.1 → CDN edge 192.0.2.7 → load balancer 10.1.2.3 → app
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "198.51.100.1, 192.0.2.7", trusted })).toBe(
      "198.51.100.1",
    );
    // What the client wrote before the first trusted hop is never believed.
    expect(
      resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "1.1.1.1, 10.9.9.9, 198.51.100.1, 192.0.2.7", trusted }),
    ).toBe("198.51.100.1");
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "198.51.100.1,192.0.2.7", trusted })).toBe(
      "198.51.100.1",
    );
  });

  it("is the last trusted hop when every hop is trusted, or when there is no header", () => {
    const trusted = trusting("10.0.0.0/8");
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "10.0.0.5, 10.0.0.6", trusted })).toBe("10.0.0.5");
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: undefined, trusted })).toBe("10.1.2.3");
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: " , ", trusted })).toBe("10.1.2.3");
  });

  it("stops at the trusted proxy that reported a hop which is not an address", () => {
    const trusted = trusting("10.0.0.0/8");
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "198.51.100.1, not-an-ip", trusted })).toBe(
      "10.1.2.3",
    );
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "unknown", trusted })).toBe("10.1.2.3");
  });

  it("matches IPv6 proxies and ranges, and IPv4 peers a dual-stack server sees as ::ffff:a.b.c.d", () => {
    const trusted = trusting("2001:db8::/32, ::1, 127.0.0.1");
    expect(resolveClientAddress({ peer: "2001:db8::10", forwardedFor: "2001:db9::1", trusted })).toBe("2001:db9::1");
    expect(resolveClientAddress({ peer: "::1", forwardedFor: "2001:DB8::5, 2001:db9::abc", trusted })).toBe(
      "2001:db9::abc",
    );
    expect(resolveClientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "198.51.100.1", trusted })).toBe(
      "198.51.100.1",
    );
    expect(resolveClientAddress({ peer: "::ffff:203.0.113.9", forwardedFor: "198.51.100.1", trusted })).toBe(
      "203.0.113.9",
    );
  });

  it("reads hops with the ports and brackets some proxies add", () => {
    const trusted = trusting("10.0.0.0/8");
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "198.51.100.1:51234", trusted })).toBe(
      "198.51.100.1",
    );
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "[2001:db9::1]:443", trusted })).toBe("2001:db9::1");
  });

  it("is unknown without a peer", () => {
    expect(resolveClientAddress({ peer: undefined, forwardedFor: "198.51.100.1", trusted: none })).toBe("unknown");
    expect(resolveClientAddress({ peer: "", forwardedFor: undefined, trusted: none })).toBe("unknown");
  });
});

describe("normaliseAddress", () => {
  it("gives one form per address", () => {
    expect(normaliseAddress("::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(normaliseAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normaliseAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normaliseAddress(" 10.0.0.1 ")).toBe("10.0.0.1");
    expect(normaliseAddress("10.0.0.1:8080")).toBe("10.0.0.1");
  });

  it("refuses what is not an address", () => {
    for (const value of ["", "unknown", "10.0.0", "10.0.0.256", "example.com", "01.2.3.4", "<script>"]) {
      expect(normaliseAddress(value)).toBeUndefined();
    }
  });
});

describe("parseTrustedProxies", () => {
  it("reads addresses and CIDR ranges, IPv4 and IPv6", () => {
    expect(parseTrustedProxies(" 10.0.0.0/8, 192.168.1.7 ,fd00::/8,::1,")).toEqual([
      { address: "10.0.0.0", prefix: 8, family: "ipv4" },
      { address: "192.168.1.7", prefix: 32, family: "ipv4" },
      { address: "fd00::", prefix: 8, family: "ipv6" },
      { address: "::1", prefix: 128, family: "ipv6" },
    ]);
    expect(parseTrustedProxies("")).toEqual([]);
  });

  it("names the entry that is neither", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow('"proxy.internal" is not an IP address');
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow("prefix length outside 0-32");
    expect(() => parseTrustedProxies("fd00::/129")).toThrow("prefix length outside 0-128");
    expect(() => parseTrustedProxies("10.0.0.0/8/8")).toThrow("is not an IP address");
    expect(() => parseTrustedProxies("10.0.0.0/x")).toThrow("prefix length");
  });
});

describe("clientAddress", () => {
  const globals = globalThis as unknown as Record<symbol, unknown>;
  afterEach(() => {
    delete globals[PEER_ADDRESS_HEADER_KEY];
  });

  it("believes no header when the app was not started by its server, which stamps the peer", () => {
    const request = new Request("http://localhost:3002/", {
      headers: { "x-vax-peer-address": "203.0.113.9", "x-forwarded-for": "198.51.100.1" },
    });
    expect(clientAddress(request)).toBe("unknown");
  });

  it("reads the peer from the header the server names, from a Request or next-auth's header record", () => {
    globals[PEER_ADDRESS_HEADER_KEY] = "x-vax-peer-address";
    const headers = { "x-vax-peer-address": "::ffff:203.0.113.9", "x-forwarded-for": "198.51.100.1" };
    expect(clientAddress(new Request("http://localhost:3002/", { headers }))).toBe("203.0.113.9");
    expect(clientAddress({ headers })).toBe("203.0.113.9");
  });
});

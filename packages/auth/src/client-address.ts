import { BlockList, isIP } from "node:net";
import { env } from "@vax/config/env";
import { parseTrustedProxies, type TTrustedProxy } from "@vax/config/trusted-proxies";

/** Where the app's server, `scripts/lib/serve-app.mjs`, tells the app which header holds the TCP peer's address. */
export const PEER_ADDRESS_HEADER_KEY = Symbol.for("vax.peer-address-header");

/** What a client address is read from: a Request, or next-auth's plain header record. */
export type TRequestHeaders = { headers: Headers | Record<string, unknown> };

/** The address of the one who sent a request, as the platform can know it, for per-address limits. */
export type TClientAddressInput = {
  /** The TCP peer: the client itself, or the last proxy. */
  peer: string | undefined;
  /** X-Forwarded-For as received: each proxy appends the address it was reached from. */
  forwardedFor: string | undefined;
  trusted: BlockList;
};

/** A BlockList of the given proxies, to test a hop against. */
export const trustedProxyList = (proxies: readonly TTrustedProxy[]): BlockList => {
  const list = new BlockList();
  for (const { address, prefix, family } of proxies) list.addSubnet(address, prefix, family);
  return list;
};

/**
 * An address as one key: IPv4-mapped IPv6 (`::ffff:10.0.0.1`, how a dual-stack server sees IPv4
 * peers) as plain IPv4, IPv6 in lower case without a zone; a port or brackets a proxy added are
 * dropped. Undefined for anything that is not an IP address.
 */
export const normaliseAddress = (raw: string): string | undefined => {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) === 0 ? undefined : address;
};

const isTrusted = (address: string, trusted: BlockList) =>
  trusted.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy; then X-Forwarded-For is
 * walked from the right, hop by hop, while each hop is trusted, and the first one that is not is
 * the client. Entries left of it were written by the client and are never believed. A hop that is
 * not an address stops the walk at the trusted proxy that reported it.
 */
export const resolveClientAddress = ({ peer, forwardedFor, trusted }: TClientAddressInput): string => {
  const peerAddress = peer ? normaliseAddress(peer) : undefined;
  if (!peerAddress) return "unknown";
  let client = peerAddress;
  const hops = (forwardedFor ?? "").split(",").filter((hop) => hop.trim().length > 0);
  while (isTrusted(client, trusted)) {
    const hop = hops.pop();
    if (hop === undefined) return client;
    const address = normaliseAddress(hop);
    if (!address) return client;
    client = address;
  }
  return client;
};

let trustedProxies: BlockList | undefined;
let warnedNoPeer = false;

const headerOf = ({ headers }: TRequestHeaders, name: string): string | undefined => {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  if (typeof value === "string") return value;
  return Array.isArray(value) ? value.join(",") : undefined;
};

/**
 * The address of the client that sent a request, for per-address rate limits: the TCP peer, or
 * with `VAX_TRUSTED_PROXIES` the address the trusted proxies report. Next.js does not hand route
 * handlers the peer, and keeps an X-Forwarded-For the client sent, so the peer comes from the
 * header the app's server stamps and strips from every incoming request. Run without that server
 * (`next dev`), every client is "unknown": one shared limit rather than one the client chooses.
 */
export const clientAddress = (request: TRequestHeaders): string => {
  const peerHeader = (globalThis as Record<symbol, unknown>)[PEER_ADDRESS_HEADER_KEY];
  if (typeof peerHeader !== "string") {
    if (!warnedNoPeer) {
      warnedNoPeer = true;
      console.warn("[vax] Started without scripts/lib/serve-app.mjs: per-address limits see every client as one");
    }
    return "unknown";
  }
  trustedProxies ??= trustedProxyList(parseTrustedProxies(env.VAX_TRUSTED_PROXIES));
  return resolveClientAddress({
    peer: headerOf(request, peerHeader),
    forwardedFor: headerOf(request, "x-forwarded-for"),
    trusted: trustedProxies,
  });
};

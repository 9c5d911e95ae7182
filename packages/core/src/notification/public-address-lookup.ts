import dns from "node:dns";
import net from "node:net";

// Addresses a webhook set by a tenant must never reach: this host, the private networks the platform
// runs in, link-local (cloud metadata services at 169.254.169.254), carrier-grade NAT, multicast,
// and reserved ranges, in IPv4 and IPv6 (IPv4-mapped IPv6 addresses are checked as IPv4).
const internal = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  internal.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const) {
  internal.addSubnet(network, prefix, "ipv6");
}

/** Whether an IP address is one a tenant's webhook must not reach (see the ranges above). */
export const isInternalAddress = (address: string): boolean => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return internal.check(mapped, "ipv4");
  const family = net.isIP(address);
  if (family === 0) return true;
  return internal.check(address, family === 4 ? "ipv4" : "ipv6");
};

type TLookupAddress = { address: string; family: number };

/**
 * A DNS lookup for the HTTP client that refuses a host resolving to any internal address. The check
 * is made on the very addresses the connection then uses, so a name that resolves to a public
 * address when saved and to an internal one at delivery (DNS rebinding) is still refused.
 */
export const publicAddressLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses: TLookupAddress[]) => {
    if (error) return callback(error, "", 0);
    const refused = addresses.find(({ address }) => isInternalAddress(address));
    if (refused || addresses.length === 0) {
      const reason = new Error(
        `${hostname} resolves to an internal address (${refused?.address ?? "none"}), which webhooks may not reach`,
      );
      return callback(Object.assign(reason, { code: "EADDRNOTPUBLIC" }), "", 0);
    }
    if ((options as dns.LookupOptions).all)
      return (callback as unknown as (e: null, a: TLookupAddress[]) => void)(null, addresses);
    const [first] = addresses as [TLookupAddress];
    callback(null, first.address, first.family);
  });
};

import { isIP } from "node:net";

/** One trusted proxy: an address, or a range of them when `prefix` is shorter than the address. */
export type TTrustedProxy = { address: string; prefix: number; family: "ipv4" | "ipv6" };

/** What is wrong with one entry of a trusted-proxy list, or null when it is an address or CIDR range. */
const problemOf = (entry: string): string | null => {
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return `"${entry}" is not an IP address or CIDR range`;
  if (prefix === undefined) return null;
  const bits = version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits) return `"${entry}" has a prefix length outside 0-${bits}`;
  return null;
};

/**
 * Parses a comma-separated list of proxy addresses and CIDR ranges, IPv4 or IPv6
 * (`10.0.0.0/8, 192.168.1.7, fd00::/8`); throws naming the first entry that is neither.
 */
export const parseTrustedProxies = (list: string): TTrustedProxy[] =>
  list
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const problem = problemOf(entry);
      if (problem) throw new Error(problem);
      const [address = "", prefix] = entry.split("/");
      const family = isIP(address) === 4 ? "ipv4" : "ipv6";
      return { address, family, prefix: prefix === undefined ? (family === "ipv4" ? 32 : 128) : Number(prefix) };
    });

import { JWS_ALGORITHMS, type PublicJwk, publicMembers } from "./generate-signing-key.ts";
import { canVerify } from "./key-status.ts";
import type { PublishedKey } from "./published-key.ts";

/** A key of a JSON Web Key Set; an SHC key with a CRL carries the CRL's current `ctr` as `crlVersion`. */
export type JwksKey = PublicJwk & { crlVersion?: number };

/** Options of {@link jwks}. */
export type JwksOptions<K extends PublishedKey> = {
  keys: readonly K[];
  /** The `ctr` of the key's SMART Health Card CRL, or undefined when the key has none. */
  crlVersion?: (key: K) => number | undefined;
};

/**
 * The JSON Web Key Set served at `/.well-known/jwks.json`, where SHC verifiers look keys up by kid; a key with a
 * CRL says its version, so that a verifier holding an older copy of the CRL knows to fetch it again.
 */
export const jwks = <K extends PublishedKey>({ keys, crlVersion }: JwksOptions<K>): { keys: JwksKey[] } => ({
  keys: keys
    .filter((key) => canVerify(key.status))
    .map((key) => {
      const version = crlVersion?.(key);
      return {
        ...publicMembers(key.publicJwk),
        kid: key.kid,
        alg: JWS_ALGORITHMS[key.algorithm],
        use: "sig" as const,
        ...(version === undefined ? {} : { crlVersion: version }),
      };
    }),
});

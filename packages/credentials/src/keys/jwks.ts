import { JWS_ALGORITHMS, type PublicJwk, publicMembers } from "./generate-signing-key.ts";
import { canVerify } from "./key-status.ts";
import type { PublishedKey } from "./published-key.ts";

/** The JSON Web Key Set served at `/.well-known/jwks.json`, where SHC verifiers look keys up by kid. */
export const jwks = ({ keys }: { keys: readonly PublishedKey[] }): { keys: PublicJwk[] } => ({
  keys: keys
    .filter((key) => canVerify(key.status))
    .map((key) => ({ ...publicMembers(key.publicJwk), kid: key.kid, alg: JWS_ALGORITHMS[key.algorithm], use: "sig" })),
});

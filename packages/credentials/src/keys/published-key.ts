import type { KeyAlgorithm } from "./generate-signing-key.ts";
import type { KeyStatus } from "./key-status.ts";

/** A key as the publishing functions take it: a stored signing key's public half and its status. */
export type PublishedKey = { kid: string; algorithm: KeyAlgorithm; publicJwk: JsonWebKey; status: KeyStatus };

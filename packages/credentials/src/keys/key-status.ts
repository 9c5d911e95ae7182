/** A signing key's life stage, as the `KeyStatus` enum of the database names it. */
export type KeyStatus = "PENDING" | "ACTIVE" | "RETIRED" | "REVOKED";

/** Only an active key signs: retiring a key stops new certificates without voiding old ones. */
export const canSign = (status: KeyStatus): boolean => status === "ACTIVE";

/**
 * Every key but a revoked one verifies: a pending key is published ahead of its first signature so
 * that verifiers' caches hold it in time, and a revoked key voids everything it signed.
 */
export const canVerify = (status: KeyStatus): boolean => status !== "REVOKED";

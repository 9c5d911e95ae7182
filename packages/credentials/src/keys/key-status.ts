/** A signing key's life stage, as the `KeyStatus` enum of the database names it. */
export type KeyStatus = "ACTIVE" | "RETIRED" | "REVOKED";

/** Only an active key signs: retiring a key stops new certificates without voiding old ones. */
export const canSign = (status: KeyStatus): boolean => status === "ACTIVE";

/** Active and retired keys verify; a revoked key never does, so everything it signed fails. */
export const canVerify = (status: KeyStatus): boolean => status === "ACTIVE" || status === "RETIRED";

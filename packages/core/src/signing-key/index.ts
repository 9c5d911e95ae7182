export { type ActivateSigningKeyOptions, activateSigningKey } from "./activate-signing-key";
export { type CreateSigningKeyOptions, createSigningKey } from "./create-signing-key";
export { type ListSigningKeysOptions, listSigningKeys } from "./list-signing-keys";
export { type RetireSigningKeyOptions, retireSigningKey } from "./retire-signing-key";
export { type RevokeSigningKeyOptions, revokeSigningKey } from "./revoke-signing-key";
export type { TSigningKeyView } from "./signing-key-view";

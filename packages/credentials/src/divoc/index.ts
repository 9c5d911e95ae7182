export * from "./credential.ts";
export * from "./document-loader.ts";
export type { DivocPublicKey } from "./keys.ts";
export * from "./qr.ts";
export { createRsaSigner, createRsaVerifier, RsaSignature2018 } from "./rsa-signature-2018.ts";
export * from "./sign.ts";
export * from "./verify.ts";

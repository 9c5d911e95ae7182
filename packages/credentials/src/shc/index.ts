export { decodeBase64Url, encodeBase64Url } from "./base64url.ts";
export { type DecodedShc, decodeShc, type ShcInput, type ShcSource } from "./decode-shc.ts";
export { type FhirBundle, type FhirBundleEntry, type FhirResource, minifyFhirBundle } from "./fhir-bundle.ts";
export {
  type BuildShcPayloadOptions,
  buildShcPayload,
  type IssuedShc,
  issueShc,
  SHC_COVID19_IMMUNIZATION_TYPES,
  type ShcPayload,
  signShcPayload,
} from "./issue-shc.ts";
export { decodeShcQr, encodeShcQr, SHC_MAX_SINGLE_CHUNK_JWS } from "./numeric-qr.ts";
export {
  computeShcRid,
  generateShcKey,
  importShcSigningKey,
  type ShcSigningKey,
  shcKid,
  toPublicShcJwk,
} from "./shc-keys.ts";
export {
  buildVaccinationBundle,
  CVX_SYSTEM,
  type ShcDose,
  type ShcVaccinationRecord,
} from "./vaccination-bundle.ts";
export {
  type ShcCheck,
  type ShcCrl,
  type ShcJwk,
  type ShcJwks,
  type ShcVerification,
  type VerifyShcOptions,
  verifyShc,
} from "./verify-shc.ts";

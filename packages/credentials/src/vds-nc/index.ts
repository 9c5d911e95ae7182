export { alpha2OfIcao } from "./countries.ts";
export { readableIcaoName, vdsNcSubject } from "./holder.ts";
export {
  createVdsNcCsca,
  createVdsNcSigner,
  type IssueVdsNcOptions,
  issueVdsNc,
  type VdsNcKeyHolder,
} from "./issue-vds-nc.ts";
export { vdsNcMessageProblems } from "./message-schema.ts";
export {
  looksLikeVdsNc,
  readVdsNcSeal,
  VDS_NC_ALGORITHMS,
  VDS_NC_TYPES,
  type VdsNcAlgorithm,
  VdsNcFormatError,
  type VdsNcSeal,
  type VdsNcType,
} from "./seal.ts";
export { vdsNcSignatureProblem } from "./signature.ts";
export {
  DOCUMENT_TYPE_LIST_OID,
  documentTypesOf,
  readVdsNcSigner,
  signerUsageProblem,
  VDS_NC_DOCUMENT_TYPES,
  VDS_NC_SIGNER_EKU,
  type VdsNcSigner,
} from "./signer.ts";
export { type CscaMatch, findTrustedCsca } from "./trusted-csca.ts";

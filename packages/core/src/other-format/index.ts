export { type GetCertificateInFormatOptions, getCertificateInFormat } from "./get-certificate-in-format";
export { otherFormats, type TOtherFormat } from "./stored-other-format";

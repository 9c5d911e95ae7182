export type { TCitizenCertificate, TCitizenCredential, TCitizenPerson } from "./citizen-certificate-view";
export { type GetCertificateFileOptions, getCertificateFile, type TCertificateFile } from "./get-certificate-file";
export { type ListCitizenCertificatesOptions, listCitizenCertificates } from "./list-citizen-certificates";
export { displayMobile } from "./mobile-number";
export { CodeRequestLimitError } from "./one-time-code-errors";
export type { TCertificateReader } from "./readable-certificate";
export { type RequestOneTimeCodeOptions, requestOneTimeCode, type TOneTimeCodeSent } from "./request-one-time-code";
export { type SignInWithOneTimeCodeOptions, signInWithOneTimeCode, type TCitizen } from "./sign-in-with-one-time-code";
export type { TCredentialDose as TCitizenDose } from "./signed-credential-content";

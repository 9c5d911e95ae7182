import { getCertificateFile, type TCertificateFile } from "../citizen/get-certificate-file";
import type { TActor } from "../shared/actor";

/** Options for {@link printCertificate}. */
export type PrintCertificateOptions = { actor: TActor; certificateId: string };

/**
 * The certificate a vaccinator prints at the counter (DIVOC's facility print): the same PDF the
 * citizen downloads, in the template version its programme chose, for a certificate of the
 * vaccinator's tenant; audited as a download.
 */
export const printCertificate = ({ actor, certificateId }: PrintCertificateOptions): Promise<TCertificateFile> =>
  getCertificateFile({ reader: { type: "FACILITY_STAFF", actor }, certificateId, kind: "pdf" });

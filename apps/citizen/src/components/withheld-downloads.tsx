import type { TCitizenCertificate } from "@vax/core";

/** Says why a certificate that is not valid has no downloads, and for a corrected one which certificate to download instead. */
export const WithheldDownloads = ({ certificate }: { certificate: TCitizenCertificate }) => {
  if (certificate.status === "SUPERSEDED") {
    return (
      <p className="max-w-sm text-sm text-slate-600">
        {certificate.replacedBy ? (
          <>
            Replaced by the corrected certificate{" "}
            <span className="whitespace-nowrap font-mono font-medium text-slate-800">{certificate.replacedBy}</span>:
            download that one.
          </>
        ) : (
          "Replaced by a corrected certificate: download the current one."
        )}
      </p>
    );
  }
  return (
    <p className="max-w-sm text-sm text-slate-600">
      {certificate.status === "REVOKED"
        ? "A revoked certificate has no downloads."
        : "No downloads while the certificate is suspended."}
    </p>
  );
};

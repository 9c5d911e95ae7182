const base =
  "inline-flex items-center gap-1.5 rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600";
const primary = `${base} bg-teal-700 text-white hover:bg-teal-800`;
const secondary = `${base} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`;

const DownloadIcon = () => (
  <svg viewBox="0 0 20 20" aria-hidden="true" className="h-4 w-4 fill-current">
    <path d="M10 2a1 1 0 0 1 1 1v8.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42l2.3 2.3V3a1 1 0 0 1 1-1Zm-7 14a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Z" />
  </svg>
);

/** The three forms a certificate downloads as: the printable PDF, the QR image and the signed credential. */
export const CertificateDownloads = ({ certificateId }: { certificateId: string }) => {
  const path = `/api/v1/certificates/${encodeURIComponent(certificateId)}`;
  return (
    <div className="flex flex-wrap gap-2">
      <a href={`${path}/pdf`} download className={primary}>
        <DownloadIcon />
        Download PDF
      </a>
      <a href={`${path}/qr.png`} download className={secondary}>
        QR code (PNG)
      </a>
      <a href={path} download className={secondary}>
        Signed credential (JSON)
      </a>
    </div>
  );
};

import { useLocale, useTranslations } from "next-intl";
import { CertificateQr } from "./certificate-qr";

const base =
  "inline-flex items-center gap-1.5 rounded-md px-3 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600";
const primary = `${base} bg-teal-700 text-white hover:bg-teal-800`;
const secondary = `${base} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`;

const DownloadIcon = () => (
  <svg viewBox="0 0 20 20" aria-hidden="true" className="h-4 w-4 fill-current">
    <path d="M10 2a1 1 0 0 1 1 1v8.59l2.3-2.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.42l2.3 2.3V3a1 1 0 0 1 1-1Zm-7 14a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Z" />
  </svg>
);

/**
 * The certificate's QR code to show on screen at a gate, and the three forms it downloads as: the
 * printable PDF (in the language the page is read in), the QR image and the signed credential.
 */
export const CertificateDownloads = ({ certificateId }: { certificateId: string }) => {
  const t = useTranslations("Downloads");
  const path = `/api/v1/certificates/${encodeURIComponent(certificateId)}`;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <a href={`${path}/pdf?lang=${useLocale()}`} download className={primary}>
          <DownloadIcon />
          {t("pdf")}
        </a>
        <a href={`${path}/qr.png`} download className={secondary}>
          {t("qr")}
        </a>
        <a href={path} download className={secondary}>
          {t("json")}
        </a>
      </div>
      <CertificateQr src={`${path}/qr.png`} certificateId={certificateId} />
    </div>
  );
};

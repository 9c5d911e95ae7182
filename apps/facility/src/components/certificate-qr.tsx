"use client";

import { qrSvg } from "@vax/credentials/qr";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** The certificate's QR code, drawn in the browser so that it shows offline too. */
export const CertificateQr = ({ qr, certificateId }: { qr: string; certificateId: string }) => {
  const t = useTranslations("Qr");
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    qrSvg(qr, { margin: 2 })
      .then(({ svg }) => {
        if (!cancelled) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch((error: unknown) => {
        console.error(error);
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [qr]);
  if (failed) return <p className="text-sm text-red-700">{t("failed")}</p>;
  if (!src) return <div className="h-64 w-64 animate-pulse bg-slate-100" aria-hidden />;
  return (
    // biome-ignore lint/performance/noImgElement: a data: URL of an SVG made here; next/image would only wrap it
    <img src={src} alt={t("alt", { id: certificateId })} className="h-64 w-64 [image-rendering:pixelated]" />
  );
};

"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";

/**
 * The certificate's own QR code, shown large on the phone's screen for a checker at a gate to scan
 * (black on white with a quiet zone, drawn pixel-sharp), hidden again with the same button.
 */
export const CertificateQr = ({ src, certificateId }: { src: string; certificateId: string }) => {
  const t = useTranslations("Qr");
  const [shown, setShown] = useState(false);
  const panel = useId();
  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={panel}
        onClick={() => setShown(!shown)}
        className="self-start rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600"
      >
        {shown ? t("hide") : t("show")}
      </button>
      {shown ? (
        <figure id={panel} className="flex flex-col items-center gap-2 rounded-lg border border-slate-200 bg-white p-4">
          {/* biome-ignore lint/performance/noImgElement: the PNG the QR route renders for this certificate; next/image would only re-encode it */}
          <img
            src={src}
            alt={t("alt", { id: certificateId })}
            className="aspect-square h-auto w-full max-w-sm bg-white [image-rendering:pixelated]"
          />
          <figcaption className="text-center text-sm text-slate-700">{t("caption")}</figcaption>
        </figure>
      ) : null}
    </div>
  );
};

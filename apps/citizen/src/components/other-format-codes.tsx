"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

type TFormat = { key: "eu-dcc" | "shc"; name: string; short: string };

// The formats' own names are proper names, the same in every language.
const FORMATS: TFormat[] = [
  { key: "eu-dcc", name: "EU Digital COVID Certificate", short: "EU DCC" },
  { key: "shc", name: "SMART Health Card", short: "SMART Health Card" },
];

type TShown = { format: TFormat; state: "loading" | "shown" } | { format: TFormat; state: "failed"; message: string };

const button =
  "inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600";

/**
 * Shows the certificate's EU DCC or SMART Health Card QR code, with a link to download the picture. The
 * QR text is asked for first, so a certificate the format cannot carry is told why instead of a broken image.
 */
export const OtherFormatCodes = ({ certificateId }: { certificateId: string }) => {
  const t = useTranslations("OtherFormats");
  const [shown, setShown] = useState<TShown | null>(null);
  const path = `/api/v1/certificates/${encodeURIComponent(certificateId)}`;

  const show = async (format: TFormat) => {
    if (shown?.format.key === format.key && shown.state === "shown") {
      setShown(null);
      return;
    }
    setShown({ format, state: "loading" });
    try {
      const response = await fetch(`${path}/${format.key}`, { cache: "no-store" });
      if (response.ok) {
        setShown({ format, state: "shown" });
        return;
      }
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      setShown({ format, state: "failed", message: body?.error?.message ?? t("notMade", { format: format.name }) });
    } catch {
      setShown({ format, state: "failed", message: t("unreachable") });
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        {FORMATS.map((format) => (
          <button
            key={format.key}
            type="button"
            className={button}
            aria-expanded={shown?.format.key === format.key && shown.state === "shown"}
            onClick={() => void show(format)}
          >
            {shown?.format.key === format.key && shown.state === "shown"
              ? t("hide", { format: format.short })
              : t("show", { format: format.short })}
          </button>
        ))}
      </div>
      {shown?.state === "loading" ? (
        <p className="text-sm text-slate-600">{t("preparing", { format: shown.format.name })}</p>
      ) : null}
      {shown?.state === "failed" ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {shown.message}
        </p>
      ) : null}
      {shown?.state === "shown" ? (
        <figure className="flex flex-col items-center gap-2 rounded-md border border-slate-200 p-3">
          {/* biome-ignore lint/performance/noImgElement: the PNG the route renders for this certificate, the very picture the download gives; next/image would only re-encode it */}
          <img
            src={`${path}/${shown.format.key}.png`}
            alt={t("alt", { format: shown.format.name })}
            className="h-auto w-full max-w-xs"
          />
          <figcaption className="text-center text-sm text-slate-700">
            {t("caption", { format: shown.format.name })}
          </figcaption>
          <a href={`${path}/${shown.format.key}.png`} download className={button}>
            {t("download", { format: shown.format.short })}
          </a>
        </figure>
      ) : null}
    </div>
  );
};

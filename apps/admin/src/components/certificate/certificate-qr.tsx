import { qrSvg } from "@vax/credentials/qr";
import { getTranslations } from "next-intl/server";
import { Section } from "./section";

/** The certificate's QR code, drawn on the server from its native QR text. */
export const CertificateQr = async ({ qr, certificateId }: { qr: string; certificateId: string }) => {
  const t = await getTranslations("CertificateQr");
  const { svg, version } = await qrSvg(qr, { margin: 2 });
  return (
    <Section id="certificate-qr" title={t("title")}>
      <figure className="flex flex-col items-center gap-2">
        {/* biome-ignore lint/performance/noImgElement: a data: URL of an SVG made here; next/image would only wrap it */}
        <img
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
          alt={t("alt", { certificateId })}
          className="aspect-square w-full max-w-72 [image-rendering:pixelated]"
        />
        <figcaption className="text-xs text-slate-500">{t("caption", { version, length: qr.length })}</figcaption>
      </figure>
    </Section>
  );
};

"use client";

import type { TCertificateView } from "@vax/core";
import { Button, TableScroll } from "@vax/ui";
import { useTranslations } from "next-intl";
import { slipContent } from "@/lib/certificate-content";
import { CertificateQr } from "./certificate-qr";

/** The issued certificate as a slip to hand over or print: id, recipient, doses and the QR code. */
export const CertificateSlip = ({
  certificate,
  recipientName,
  onDone,
}: {
  certificate: TCertificateView;
  recipientName: string;
  onDone: () => void;
}) => {
  const t = useTranslations("Slip");
  const content = slipContent(certificate, recipientName);
  return (
    <section aria-labelledby="certificate-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p role="status" className="text-sm font-medium text-green-800">
          {t("done")}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => window.print()}>{t("print")}</Button>
          {/* The same PDF the citizen downloads, in the template version the programme chose. */}
          <a
            href={`/api/v1/certificates/${encodeURIComponent(certificate.certificateId)}/pdf`}
            target="_blank"
            rel="noopener"
            className="inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
          >
            {t("printPdf")}
          </a>
          <Button variant="secondary" onClick={onDone}>
            {t("next")}
          </Button>
        </div>
      </div>
      <article className="certificate-slip rounded-lg border border-slate-300 bg-white p-4 sm:p-6">
        <header className="mb-4 border-b border-slate-200 pb-3">
          <h1 id="certificate-heading" className="text-xl font-semibold text-slate-900">
            {t("title")}
          </h1>
          <p className="text-sm text-slate-600">{certificate.programmeName}</p>
        </header>
        <div className="flex flex-wrap gap-6">
          <dl className="grid min-w-0 flex-1 grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("certificateId")}</dt>
            <dd className="font-mono font-semibold" data-testid="certificate-id">
              {certificate.certificateId}
            </dd>
            <dt className="text-slate-600">{t("name")}</dt>
            <dd>{content.name}</dd>
            {content.birthDate ? (
              <>
                <dt className="text-slate-600">{t("birthDate")}</dt>
                <dd>{content.birthDate}</dd>
              </>
            ) : null}
            <dt className="text-slate-600">{t("issued")}</dt>
            <dd>{certificate.issuedAt.slice(0, 10)}</dd>
          </dl>
          <CertificateQr qr={certificate.qr} certificateId={certificate.certificateId} />
        </div>
        <TableScroll label={t("doses")} className="mt-4">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("doses")}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th className="py-1 pr-3 font-medium">{t("dose")}</th>
                <th className="py-1 pr-3 font-medium">{t("vaccine")}</th>
                <th className="py-1 pr-3 font-medium">{t("batch")}</th>
                <th className="py-1 pr-3 font-medium">{t("date")}</th>
                <th className="py-1 font-medium">{t("facility")}</th>
              </tr>
            </thead>
            <tbody>
              {content.doses.map((dose) => (
                <tr key={`${dose.doseNumber}-${dose.date}`} className="border-b border-slate-100">
                  <td className="py-1 pr-3">{t("doseOf", { dose: dose.doseNumber, total: dose.totalDoses })}</td>
                  <td className="py-1 pr-3">
                    {dose.vaccine}
                    {dose.manufacturer ? <span className="text-slate-600"> ({dose.manufacturer})</span> : null}
                  </td>
                  <td className="py-1 pr-3">{dose.batch}</td>
                  <td className="py-1 pr-3">{dose.date}</td>
                  <td className="py-1">{dose.facility}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </article>
    </section>
  );
};

import { useTranslations } from "next-intl";

const json = (value: unknown) => (value == null ? "—" : JSON.stringify(value, null, 2));

/**
 * An audit event's before and after, folded away until asked for. Shown both in the audit log (a
 * client component) and in a certificate's history (a server one), so it reads its words with the
 * hook both allow.
 */
export const AuditDetails = ({ before, after }: { before: unknown; after: unknown }) => {
  const t = useTranslations("AuditDetails");
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-teal-800">{t("details")}</summary>
      <div className="mt-2 grid w-96 gap-2">
        {[
          { key: "before", label: t("before"), value: before },
          { key: "after", label: t("after"), value: after },
        ].map(({ key, label, value }) => (
          <div key={key} className="flex flex-col gap-1">
            <span className="font-medium text-slate-700">{label}</span>
            <pre className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono">
              {json(value)}
            </pre>
          </div>
        ))}
      </div>
    </details>
  );
};

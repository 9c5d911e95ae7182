import type { TSchemaVersionView } from "@vax/core/schemas";
import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/confirm-action";
import { getDateFormatters } from "@/lib/format-date-time-server";

/** Props of {@link SchemaVersionCard}. */
export type SchemaVersionCardProps = { schemaId: string; version: TSchemaVersionView; canRetire: boolean };

/** One published version: its type, context URL, field choices and JSON Schema, with its retirement. */
export const SchemaVersionCard = async ({ schemaId, version, canRetire }: SchemaVersionCardProps) => {
  const t = await getTranslations("SchemaVersionCard");
  const { dateTime } = await getDateFormatters();
  return (
    <section
      aria-label={t("version", { version: version.version })}
      className="flex max-w-3xl flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 className="text-base font-semibold">
        {t("version", { version: version.version })}
        {version.retiredAt ? <span className="ml-2 text-sm font-normal text-slate-600">{t("retired")}</span> : null}
      </h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="text-slate-600">{t("credentialType")}</dt>
        <dd>{version.credentialType}</dd>
        <dt className="text-slate-600">{t("context")}</dt>
        <dd className="break-all">
          <a href={version.contextUrl} className="text-teal-800 underline">
            {version.contextUrl}
          </a>
        </dd>
        <dt className="text-slate-600">{t("qrFields")}</dt>
        <dd>{version.qrFields.join(", ") || t("wholeCredential")}</dd>
        <dt className="text-slate-600">{t("verifierFields")}</dt>
        <dd>{version.verifierFields.join(", ") || t("everyField")}</dd>
        <dt className="text-slate-600">{t("published")}</dt>
        <dd>{dateTime(version.publishedAt)}</dd>
      </dl>
      <details>
        <summary className="cursor-pointer text-sm text-slate-700">{t("jsonSchema")}</summary>
        <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 text-xs">
          {JSON.stringify(version.subjectSchema, null, 2)}
        </pre>
      </details>
      {canRetire && !version.retiredAt ? (
        <div>
          <ConfirmAction
            label={t("retire", { version: version.version })}
            consequence={t("retireConsequence")}
            url={`/api/v1/schemas/${schemaId}/retire`}
            body={{ version: version.version }}
          />
        </div>
      ) : null}
    </section>
  );
};

import type { TSchemaVersionView } from "@vax/core/schemas";
import { ConfirmAction } from "@/components/confirm-action";
import { formatDateTime } from "@/lib/format-date-time";

/** Props of {@link SchemaVersionCard}. */
export type SchemaVersionCardProps = { schemaId: string; version: TSchemaVersionView; canRetire: boolean };

/** One published version: its type, context URL, field choices and JSON Schema, with its retirement. */
export const SchemaVersionCard = ({ schemaId, version, canRetire }: SchemaVersionCardProps) => (
  <section
    aria-label={`Version ${version.version}`}
    className="flex max-w-3xl flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
  >
    <h2 className="text-base font-semibold">
      Version {version.version}
      {version.retiredAt ? <span className="ml-2 text-sm font-normal text-slate-600">(retired)</span> : null}
    </h2>
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      <dt className="text-slate-600">Credential type</dt>
      <dd>{version.credentialType}</dd>
      <dt className="text-slate-600">JSON-LD context</dt>
      <dd className="break-all">
        <a href={version.contextUrl} className="text-teal-800 underline">
          {version.contextUrl}
        </a>
      </dd>
      <dt className="text-slate-600">Fields in the QR</dt>
      <dd>{version.qrFields.join(", ") || "The whole credential"}</dd>
      <dt className="text-slate-600">Shown to a verifier</dt>
      <dd>{version.verifierFields.join(", ") || "Every field"}</dd>
      <dt className="text-slate-600">Published</dt>
      <dd>{formatDateTime(version.publishedAt)}</dd>
    </dl>
    <details>
      <summary className="cursor-pointer text-sm text-slate-700">JSON Schema</summary>
      <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 text-xs">
        {JSON.stringify(version.subjectSchema, null, 2)}
      </pre>
    </details>
    {canRetire && !version.retiredAt ? (
      <div>
        <ConfirmAction
          label={`Retire version ${version.version}`}
          consequence="Nothing new is issued under this version; what it issued still verifies."
          url={`/api/v1/schemas/${schemaId}/retire`}
          body={{ version: version.version }}
        />
      </div>
    ) : null}
  </section>
);

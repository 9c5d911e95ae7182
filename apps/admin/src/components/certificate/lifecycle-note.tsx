import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";

type TLifecycleAfter = {
  reason?: unknown;
  suspendedUntil?: unknown;
  supersededBy?: unknown;
  changedFields?: unknown;
};

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/**
 * What a lifecycle event of a certificate's history says in words, from what its audit event kept:
 * why, until when a suspension holds, which fields a correction changed, which version replaced it.
 */
export const LifecycleNote = async ({ after }: { after: unknown }) => {
  if (!after || typeof after !== "object") return null;
  const t = await getTranslations("CertificateLifecycle");
  const { dateTime } = await getDateFormatters();
  const { reason, suspendedUntil, supersededBy, changedFields } = after as TLifecycleAfter;
  const fields = Array.isArray(changedFields) ? changedFields.filter((field) => typeof field === "string") : [];
  const why = text(reason);
  const until = text(suspendedUntil);
  const replacement = text(supersededBy);
  const lines = [
    why ? <span key="reason">{t("reason", { reason: why })}</span> : null,
    until ? <span key="until">{t("until", { time: dateTime(until) })}</span> : null,
    fields.length > 0 ? <span key="fields">{t("changed", { fields: fields.join(", ") })}</span> : null,
    replacement ? (
      <span key="by">
        {t.rich("replacedBy", {
          id: replacement,
          link: (chunks) => (
            <Link href={`/certificates/${replacement}`} className="font-mono text-teal-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </span>
    ) : null,
  ].filter(Boolean);
  return lines.length > 0 ? <div className="mb-1 flex flex-col gap-0.5 text-slate-800">{lines}</div> : null;
};

import Link from "next/link";
import { formatDateTime } from "@/lib/format-date-time";

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
export const LifecycleNote = ({ after }: { after: unknown }) => {
  if (!after || typeof after !== "object") return null;
  const { reason, suspendedUntil, supersededBy, changedFields } = after as TLifecycleAfter;
  const fields = Array.isArray(changedFields) ? changedFields.filter((field) => typeof field === "string") : [];
  const lines = [
    text(reason) ? <span key="reason">Reason: {text(reason)}</span> : null,
    text(suspendedUntil) ? <span key="until">Until {formatDateTime(text(suspendedUntil))}</span> : null,
    fields.length > 0 ? <span key="fields">Changed: {fields.join(", ")}</span> : null,
    text(supersededBy) ? (
      <span key="by">
        Replaced by{" "}
        <Link href={`/certificates/${text(supersededBy)}`} className="font-mono text-teal-800 underline">
          {text(supersededBy)}
        </Link>
      </span>
    ) : null,
  ].filter(Boolean);
  return lines.length > 0 ? <div className="mb-1 flex flex-col gap-0.5 text-slate-800">{lines}</div> : null;
};

import type { TCorrectionRequestView } from "@vax/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConfirmAction } from "@/components/confirm-action";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { RequestDecision } from "./request-decision";
import { RequestStatusBadge } from "./request-status-badge";
import { RequestedChanges } from "./requested-changes";

/** One request in the queue: the certificate, the changes asked for, the citizen's note, and the decision or its buttons. */
export const CorrectionRequestCard = async ({
  request,
  mayDecide,
}: {
  request: TCorrectionRequestView;
  mayDecide: boolean;
}) => {
  const t = await getTranslations("CorrectionRequestCard");
  const { dateTime } = await getDateFormatters();
  return (
    <article
      aria-label={t("label", { certificateId: request.certificateId })}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold text-slate-900">
            {t.rich("heading", {
              certificateId: request.certificateId,
              link: (chunks) => (
                <Link href={`/certificates/${request.certificateId}`} className="font-mono text-teal-800 underline">
                  {chunks}
                </Link>
              ),
            })}
          </h2>
          <p className="text-sm text-slate-600">
            {t("summary", { recipient: request.recipientName, programme: request.programmeName, dose: request.dose })}
          </p>
        </div>
        <RequestStatusBadge status={request.status} />
      </div>
      <RequestedChanges changes={request.changes} />
      <blockquote className="rounded-md border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
        <span className="sr-only">{t("citizensNote")} </span>
        {request.note}
      </blockquote>
      <p className="text-xs text-slate-500">
        {t("asked", { requestedBy: request.requestedBy, time: dateTime(request.createdAt) })}
      </p>
      <RequestDecision request={request} />
      {request.status === "OPEN" && mayDecide ? (
        <div className="flex flex-wrap items-start gap-2">
          <ConfirmAction
            label={t("approve")}
            consequence={t("approveConsequence")}
            url={`/api/v1/correction-requests/${request.id}/approve`}
            variant="primary"
          />
          <ConfirmAction
            label={t("reject")}
            consequence={t("rejectConsequence")}
            url={`/api/v1/correction-requests/${request.id}/reject`}
            variant="danger"
            reasonLabel={t("rejectReason")}
          />
        </div>
      ) : null}
    </article>
  );
};

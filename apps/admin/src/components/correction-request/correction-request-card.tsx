import type { TCorrectionRequestView } from "@vax/core";
import Link from "next/link";
import { ConfirmAction } from "@/components/confirm-action";
import { formatDateTime } from "@/lib/format-date-time";
import { RequestDecision } from "./request-decision";
import { RequestStatusBadge } from "./request-status-badge";
import { RequestedChanges } from "./requested-changes";

/** One request in the queue: the certificate, the changes asked for, the citizen's note, and the decision or its buttons. */
export const CorrectionRequestCard = ({
  request,
  mayDecide,
}: {
  request: TCorrectionRequestView;
  mayDecide: boolean;
}) => (
  <article
    aria-label={`Correction request for certificate ${request.certificateId}`}
    className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5"
  >
    <div className="flex flex-wrap items-start justify-between gap-2">
      <div>
        <h2 className="font-semibold text-slate-900">
          Certificate{" "}
          <Link href={`/certificates/${request.certificateId}`} className="font-mono text-teal-800 underline">
            {request.certificateId}
          </Link>
        </h2>
        <p className="text-sm text-slate-600">
          {request.recipientName} · {request.programmeName} · dose {request.dose}
        </p>
      </div>
      <RequestStatusBadge status={request.status} />
    </div>
    <RequestedChanges changes={request.changes} />
    <blockquote className="rounded-md border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
      <span className="sr-only">Citizen's note: </span>
      {request.note}
    </blockquote>
    <p className="text-xs text-slate-500">
      Asked by {request.requestedBy} on {formatDateTime(request.createdAt)}
    </p>
    <RequestDecision request={request} />
    {request.status === "OPEN" && mayDecide ? (
      <div className="flex flex-wrap items-start gap-2">
        <ConfirmAction
          label="Approve"
          consequence="A corrected certificate is issued with these details and a new id; this one is superseded and stops verifying. The citizen is told."
          url={`/api/v1/correction-requests/${request.id}/approve`}
          variant="primary"
        />
        <ConfirmAction
          label="Reject"
          consequence="The certificate stays as it is. The citizen is told the reason you give."
          url={`/api/v1/correction-requests/${request.id}/reject`}
          variant="danger"
          reasonLabel="Reason (the citizen sees it)"
        />
      </div>
    ) : null}
  </article>
);

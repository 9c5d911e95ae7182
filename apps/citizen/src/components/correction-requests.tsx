import type { TCitizenCorrectionRequest } from "@vax/core";
import { formatDate } from "@/lib/format-date";

const outcome = (request: TCitizenCorrectionRequest) => {
  if (request.status === "OPEN") return <p className="text-sm text-amber-900">Waiting for review</p>;
  if (request.status === "APPROVED") {
    return (
      <p className="text-sm text-green-800">
        Approved. Your corrected certificate is{" "}
        <span className="font-mono font-medium">{request.newCertificateId ?? "on its way"}</span>.
      </p>
    );
  }
  return <p className="text-sm text-red-800">Rejected: {request.rejectionReason}</p>;
};

/** The correction requests the citizen made, each with the change asked for and where it stands. */
export const CorrectionRequests = ({ requests }: { requests: TCitizenCorrectionRequest[] }) =>
  requests.length === 0 ? null : (
    <section aria-labelledby="correction-requests" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="correction-requests" className="mb-3 text-lg font-semibold text-slate-900">
        Your correction requests
      </h2>
      <ul className="flex flex-col divide-y divide-slate-100">
        {requests.map((request) => (
          <li key={request.id}>
            <article
              aria-label={`Correction request for certificate ${request.certificateId}`}
              className="flex flex-col gap-1 py-3"
            >
              <p className="text-sm text-slate-900">
                {request.recipientName} · {request.programmeName} dose {request.dose} ·{" "}
                <span className="font-mono">{request.certificateId}</span>
              </p>
              <ul className="text-sm text-slate-700">
                {request.changes.map((change) => (
                  <li key={change.field}>
                    {change.label}: {change.value}
                  </li>
                ))}
              </ul>
              {outcome(request)}
              <p className="text-xs text-slate-500">Asked {formatDate(request.createdAt)}</p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );

import type { TCorrectionRequestView } from "@vax/core";
import Link from "next/link";
import { formatDateTime } from "@/lib/format-date-time";

/** How a decided request ended: the new certificate an approval issued, or the reason it was refused. */
export const RequestDecision = ({ request }: { request: TCorrectionRequestView }) => {
  if (request.status === "OPEN") return null;
  const byWhom = `${request.decidedBy ?? "an admin"}${request.decidedAt ? `, ${formatDateTime(request.decidedAt)}` : ""}`;
  return request.status === "APPROVED" ? (
    <p className="text-sm text-slate-700">
      Approved by {byWhom}.{" "}
      {request.newCertificateId ? (
        <>
          Corrected certificate:{" "}
          <Link href={`/certificates/${request.newCertificateId}`} className="font-mono text-teal-800 underline">
            {request.newCertificateId}
          </Link>
        </>
      ) : null}
    </p>
  ) : (
    <p className="text-sm text-slate-700">
      Rejected by {byWhom}: {request.rejectionReason}
    </p>
  );
};

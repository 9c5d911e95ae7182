import type { TFeedbackView } from "@vax/core";
import Link from "next/link";
import { formatDateTime } from "@/lib/format-date-time";

/** Citizens' feedback, newest first: the rating, their words, and the vaccination it is about. */
export const FeedbackList = ({ items }: { items: TFeedbackView[] }) => (
  <ol aria-label="Feedback" className="flex flex-col gap-3">
    {items.map((feedback) => (
      <li key={feedback.id} className="rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="font-medium text-slate-900">
            {feedback.rating === null ? "No rating" : `Rated ${feedback.rating} / 5`}
          </p>
          <time dateTime={feedback.createdAt} className="text-xs text-slate-500">
            {formatDateTime(feedback.createdAt)}
          </time>
        </div>
        {feedback.message ? (
          <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{feedback.message}</p>
        ) : null}
        <p className="mt-2 text-xs text-slate-500">
          {feedback.facility?.name ?? "Unknown facility"}
          {feedback.certificateId ? (
            <>
              {" · "}
              {feedback.programmeName} dose {feedback.dose}, certificate{" "}
              <Link href={`/certificates/${feedback.certificateId}`} className="font-mono text-teal-800 underline">
                {feedback.certificateId}
              </Link>
            </>
          ) : null}
          {feedback.from ? ` · from ${feedback.from}` : null}
        </p>
      </li>
    ))}
  </ol>
);

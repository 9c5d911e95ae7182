import type { TCorrectionChangeReview } from "@vax/core";
import { ChangeComparison } from "@/components/change-comparison";

/** The details a request would change: what the certificate says now beside what the citizen says is right. */
export const RequestedChanges = ({ changes }: { changes: TCorrectionChangeReview[] }) => (
  <ChangeComparison
    headings={["Detail", "On the certificate", "Requested"]}
    rows={changes.map((change) => ({
      key: change.field,
      label: change.label,
      before: change.current || "—",
      after: change.value,
    }))}
  />
);

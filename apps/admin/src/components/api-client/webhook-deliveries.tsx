import type { TWebhookDeliveryView } from "@vax/core/schemas";
import { TableScroll } from "@vax/ui";
import { ColumnHeadings } from "@/components/column-headings";
import { formatDateTime } from "@/lib/format-date-time";

const statusStyle: Record<TWebhookDeliveryView["status"], { label: string; className: string }> = {
  pending: { label: "Pending", className: "bg-slate-100 text-slate-800" },
  sending: { label: "Sending", className: "bg-sky-100 text-sky-900" },
  delivered: { label: "Delivered", className: "bg-emerald-100 text-emerald-900" },
  failed: { label: "Failed", className: "bg-red-100 text-red-900" },
};

const lastAnswer = (delivery: TWebhookDeliveryView) =>
  delivery.lastError ?? (delivery.lastStatusCode === null ? "—" : `Answered ${delivery.lastStatusCode}`);

/** The latest callbacks to an API client's webhook: delivered, failed or pending, with tries, last answer and time. */
export const WebhookDeliveries = ({ deliveries }: { deliveries: TWebhookDeliveryView[] }) => {
  if (deliveries.length === 0) {
    return <p className="text-sm text-slate-600">No callback has been sent yet.</p>;
  }
  return (
    <TableScroll label="Webhook deliveries">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Webhook deliveries</caption>
        <ColumnHeadings
          labels={["Transaction", "Status", "Tries", "Last answer", "Last try"]}
          className="bg-slate-50"
        />
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((delivery) => {
            const status = statusStyle[delivery.status];
            return (
              <tr key={delivery.id} data-transaction-id={delivery.transactionId} className="align-top">
                <td className="px-4 py-2 font-mono text-xs">{delivery.transactionId}</td>
                <td className="px-4 py-2">
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${status.className}`}>
                    {status.label}
                  </span>
                </td>
                <td className="px-4 py-2">{delivery.attempts}</td>
                <td className="max-w-72 break-words px-4 py-2 text-xs">{lastAnswer(delivery)}</td>
                <td className="px-4 py-2">{formatDateTime(delivery.deliveredAt ?? delivery.lastAttemptAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
};

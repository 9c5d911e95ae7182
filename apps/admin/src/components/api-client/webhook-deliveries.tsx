import type { TWebhookDeliveryView } from "@vax/core/schemas";
import { TableScroll } from "@vax/ui";
import { useTranslations } from "next-intl";
import { ColumnHeadings } from "@/components/column-headings";
import { useDateFormatters } from "@/lib/format-date-time";

const statusClass: Record<TWebhookDeliveryView["status"], string> = {
  pending: "bg-slate-100 text-slate-800",
  sending: "bg-sky-100 text-sky-900",
  delivered: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
};

/** The latest callbacks to an API client's webhook: delivered, failed or pending, with tries, last answer and time. */
export const WebhookDeliveries = ({ deliveries }: { deliveries: TWebhookDeliveryView[] }) => {
  const t = useTranslations("ApiClientDeliveries");
  const { dateTime } = useDateFormatters();
  const statusLabel: Record<TWebhookDeliveryView["status"], string> = {
    pending: t("pending"),
    sending: t("sending"),
    delivered: t("delivered"),
    failed: t("failed"),
  };
  // The receiver's error is shown as it came back.
  const lastAnswer = (delivery: TWebhookDeliveryView) =>
    delivery.lastError ??
    (delivery.lastStatusCode === null ? "—" : t("answered", { code: String(delivery.lastStatusCode) }));
  if (deliveries.length === 0) {
    return <p className="text-sm text-slate-600">{t("none")}</p>;
  }
  return (
    <TableScroll label={t("caption")}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <ColumnHeadings
          labels={[t("transaction"), t("status"), t("tries"), t("lastAnswer"), t("lastTry")]}
          className="bg-slate-50"
        />
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((delivery) => {
            return (
              <tr key={delivery.id} data-transaction-id={delivery.transactionId} className="align-top">
                <td className="px-4 py-2 font-mono text-xs">{delivery.transactionId}</td>
                <td className="px-4 py-2">
                  <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusClass[delivery.status]}`}>
                    {statusLabel[delivery.status]}
                  </span>
                </td>
                <td className="px-4 py-2">{delivery.attempts}</td>
                <td className="max-w-72 break-words px-4 py-2 text-xs">{lastAnswer(delivery)}</td>
                <td className="px-4 py-2">{dateTime(delivery.deliveredAt ?? delivery.lastAttemptAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
};

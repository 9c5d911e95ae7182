import type { TApiClientView } from "@vax/core";
import { useTranslations } from "next-intl";
import { useDateFormatters } from "@/lib/format-date-time";

/** What an admin needs to know about a client's token: its prefix, when it expires, and its last rotation. */
export const TokenFacts = ({ client, now }: { client: TApiClientView; now: Date }) => {
  const t = useTranslations("ApiClientTokenFacts");
  const { dateTime } = useDateFormatters();
  const expired = client.expiresAt !== null && client.expiresAt <= now;
  const previousWorks = client.previousTokenExpiresAt !== null && client.previousTokenExpiresAt > now;
  const expires = (date: string) => (expired ? t("expiredOn", { date }) : date);
  const rotated = (date: string) =>
    previousWorks
      ? t("rotatedPreviousWorks", {
          date,
          token: `vax_${client.previousTokenPrefix}_…`,
          until: dateTime(client.previousTokenExpiresAt),
        })
      : date;
  const facts = [
    { term: t("token"), detail: <code className="text-xs">{`vax_${client.tokenPrefix}_…`}</code> },
    { term: t("expires"), detail: client.expiresAt ? expires(dateTime(client.expiresAt)) : t("never") },
    { term: t("lastRotated"), detail: client.rotatedAt ? rotated(dateTime(client.rotatedAt)) : t("never") },
    { term: t("lastUsed"), detail: dateTime(client.lastUsedAt, t("never")) },
  ];
  return (
    <dl className="grid max-w-2xl grid-cols-1 gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr] sm:p-6">
      {facts.map(({ term, detail }) => (
        <div key={term} className="contents">
          <dt className="font-medium text-slate-600">{term}</dt>
          <dd className="min-w-0 break-words text-slate-900">{detail}</dd>
        </div>
      ))}
    </dl>
  );
};

import type { TApiClientView } from "@vax/core";
import { formatDateTime } from "@/lib/format-date-time";

/** What an admin needs to know about a client's token: its prefix, when it expires, and its last rotation. */
export const TokenFacts = ({ client, now }: { client: TApiClientView; now: Date }) => {
  const expired = client.expiresAt !== null && client.expiresAt <= now;
  const previousWorks = client.previousTokenExpiresAt !== null && client.previousTokenExpiresAt > now;
  const facts = [
    { term: "Token", detail: <code className="text-xs">{`vax_${client.tokenPrefix}_…`}</code> },
    {
      term: "Expires",
      detail: client.expiresAt
        ? `${formatDateTime(client.expiresAt)}${expired ? " (expired: rotate it to issue a new one)" : ""}`
        : "Never",
    },
    {
      term: "Last rotated",
      detail: client.rotatedAt
        ? `${formatDateTime(client.rotatedAt)}${
            previousWorks
              ? ` · the previous token vax_${client.previousTokenPrefix}_… works until ${formatDateTime(client.previousTokenExpiresAt)}`
              : ""
          }`
        : "Never",
    },
    { term: "Last used", detail: formatDateTime(client.lastUsedAt, "Never") },
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

"use client";

import { Button } from "@vax/ui";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { useDateFormatters } from "@/lib/format-date-time";

/** Props of {@link ApiClientToken}: the client's name, its whole token, when it expires, and what else to say. */
export type ApiClientTokenProps = {
  name: string;
  token: string;
  expiresAt: Date | string | null;
  heading?: string;
  children?: ReactNode;
};

/** A client's whole token, shown once after it is made (by creating the client or rotating it): only its hash is kept. */
export const ApiClientToken = ({ name, token, expiresAt, heading, children }: ApiClientTokenProps) => {
  const t = useTranslations("ApiClientToken");
  const { dateTime } = useDateFormatters();
  const [copied, setCopied] = useState(false);
  // The clipboard is only there on https or localhost; elsewhere the token is still selectable by hand.
  const copy = () =>
    navigator.clipboard?.writeText(token).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section
      aria-labelledby="api-token-heading"
      className="flex max-w-2xl flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-6"
    >
      <h2 id="api-token-heading" className="text-lg font-semibold text-amber-900">
        {heading ?? t("copyNow")}
      </h2>
      <p className="font-medium text-amber-900">{t("notShownAgain")}</p>
      {children ?? (
        <p className="text-sm text-amber-900">{t("ready", { name, header: "Authorization", scheme: "Bearer" })}</p>
      )}
      <p className="text-sm text-amber-900">
        {expiresAt ? t("expires", { date: dateTime(expiresAt) }) : t("noExpiry")}
      </p>
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-amber-900">{t("token")}</span>
        <code className="block select-all break-all rounded border border-amber-300 bg-white p-3 text-sm">{token}</code>
      </div>
      <div className="flex items-center gap-3">
        <Button variant="secondary" onClick={copy}>
          {copied ? t("copied") : t("copy")}
        </Button>
        <Link href="/api-clients" className="text-sm font-medium text-teal-800 underline">
          {t("back")}
        </Link>
      </div>
    </section>
  );
};

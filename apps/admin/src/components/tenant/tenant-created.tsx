import type { TCreatedTenant } from "@vax/core";
import Link from "next/link";
import { useTranslations } from "next-intl";

/** The new tenant's first admin and one-time password, shown once: only its hash is kept. */
export const TenantCreated = ({ created }: { created: TCreatedTenant }) => {
  const t = useTranslations("TenantCreated");
  return (
    <section
      aria-labelledby="tenant-created-heading"
      className="flex max-w-2xl flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-6"
    >
      <h2 id="tenant-created-heading" className="text-lg font-semibold text-amber-900">
        {t("title", { name: created.tenant.name })}
      </h2>
      <p className="text-sm text-amber-900">{t("body")}</p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-amber-900">{t("admin")}</dt>
        <dd className="min-w-0 break-all">{created.admin.email}</dd>
        <dt className="font-medium text-amber-900">{t("oneTimePassword")}</dt>
        <dd>
          <code className="select-all rounded border border-amber-300 bg-white px-2 py-1">
            {created.admin.oneTimePassword}
          </code>
        </dd>
      </dl>
      <div className="flex gap-4 text-sm font-medium">
        <Link href={`/tenants/${created.tenant.id}`} className="text-teal-800 underline">
          {t("open")}
        </Link>
        <Link href="/tenants" className="text-teal-800 underline">
          {t("back")}
        </Link>
      </div>
    </section>
  );
};

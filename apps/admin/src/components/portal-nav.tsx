import { can, type TPermission } from "@vax/auth/permissions";
import { SignOutButton } from "@vax/auth/sign-out-button";
import type { TLocale } from "@vax/config/i18n";
import type { TActor } from "@vax/core";
import { LanguageSwitcher } from "@vax/ui";
import { getLocale, getTranslations } from "next-intl/server";
import { PortalMenu } from "./portal-menu";

/** The portal's navigation: only the pages the role may open, behind a menu button on a phone. */
export const PortalNav = async ({ actor }: { actor: TActor }) => {
  const t = await getTranslations("Header");
  const tNav = await getTranslations("PortalNav");
  const locale = (await getLocale()) as TLocale;
  const links: Array<{ href: string; label: string; permission: TPermission }> = [
    { href: "/", label: tNav("overview"), permission: "admin-portal:access" },
    { href: "/tenants", label: tNav("tenants"), permission: "tenant:read" },
    { href: "/certificates", label: tNav("certificates"), permission: "certificate:read" },
    { href: "/correction-requests", label: tNav("correctionRequests"), permission: "correction-request:read" },
    { href: "/feedback", label: tNav("feedback"), permission: "feedback:read" },
    { href: "/analytics", label: tNav("analytics"), permission: "analytics:read" },
    { href: "/programmes", label: tNav("programmes"), permission: "programme:read" },
    { href: "/templates", label: tNav("templates"), permission: "template:read" },
    { href: "/vaccines", label: tNav("vaccines"), permission: "vaccine:read" },
    { href: "/facilities", label: tNav("facilities"), permission: "facility:read" },
    { href: "/pre-enrolments", label: tNav("preEnrolments"), permission: "recipient:read" },
    { href: "/users", label: tNav("users"), permission: "user:read" },
    { href: "/bulk-uploads", label: tNav("bulkUploads"), permission: "bulk:read" },
    { href: "/api-clients", label: tNav("apiClients"), permission: "api-client:read" },
    { href: "/keys", label: tNav("signingKeys"), permission: "key:read" },
    { href: "/trust", label: tNav("trust"), permission: "trust:read" },
    { href: "/rules", label: tNav("rules"), permission: "rule:read" },
    { href: "/schemas", label: tNav("schemas"), permission: "schema:read" },
    { href: "/audit", label: tNav("auditLog"), permission: "audit:read" },
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <PortalMenu
          links={links.filter((link) => can(actor.role, link.permission)).map(({ href, label }) => ({ href, label }))}
        />
        <div className="flex flex-wrap items-center gap-3">
          <span className="break-all text-sm text-slate-600">{actor.label.replace(/ <.*>$/, "")}</span>
          <LanguageSwitcher label={t("language")} current={locale} />
          <SignOutButton label={t("signOut")} />
        </div>
      </div>
    </header>
  );
};

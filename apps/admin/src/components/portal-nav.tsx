import { can, type TPermission } from "@vax/auth/permissions";
import { SignOutButton } from "@vax/auth/sign-out-button";
import type { TLocale } from "@vax/config/i18n";
import type { TActor } from "@vax/core";
import { LanguageSwitcher } from "@vax/ui";
import { getLocale, getTranslations } from "next-intl/server";
import { PortalMenu } from "./portal-menu";

const links: Array<{ href: string; label: string; permission: TPermission }> = [
  { href: "/", label: "Overview", permission: "admin-portal:access" },
  { href: "/tenants", label: "Tenants", permission: "tenant:read" },
  { href: "/certificates", label: "Certificates", permission: "certificate:read" },
  { href: "/correction-requests", label: "Correction requests", permission: "correction-request:read" },
  { href: "/feedback", label: "Feedback", permission: "feedback:read" },
  { href: "/analytics", label: "Analytics", permission: "analytics:read" },
  { href: "/programmes", label: "Programmes", permission: "programme:read" },
  { href: "/templates", label: "Templates", permission: "template:read" },
  { href: "/vaccines", label: "Vaccines", permission: "vaccine:read" },
  { href: "/facilities", label: "Facilities", permission: "facility:read" },
  { href: "/pre-enrolments", label: "Pre-enrolments", permission: "recipient:read" },
  { href: "/users", label: "Users and vaccinators", permission: "user:read" },
  { href: "/bulk-uploads", label: "Bulk uploads", permission: "bulk:read" },
  { href: "/api-clients", label: "API clients", permission: "api-client:read" },
  { href: "/keys", label: "Signing keys", permission: "key:read" },
  { href: "/trust", label: "Trust", permission: "trust:read" },
  { href: "/rules", label: "Rules", permission: "rule:read" },
  { href: "/schemas", label: "Schemas", permission: "schema:read" },
  { href: "/audit", label: "Audit log", permission: "audit:read" },
];

/** The portal's navigation: only the pages the role may open, behind a menu button on a phone. */
export const PortalNav = async ({ actor }: { actor: TActor }) => {
  const t = await getTranslations("Header");
  const locale = (await getLocale()) as TLocale;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <PortalMenu
          links={links.filter((link) => can(actor.role, link.permission)).map(({ href, label }) => ({ href, label }))}
        />
        <div className="flex flex-wrap items-center gap-3">
          <span className="break-all text-sm text-slate-600">{actor.label.replace(/ <.*>$/, "")}</span>
          <LanguageSwitcher label={t("language")} current={locale} />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
};

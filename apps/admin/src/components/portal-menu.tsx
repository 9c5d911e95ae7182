"use client";

import { isCurrentPage, navLinkClass } from "@vax/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";

/** One link of the portal's navigation. */
export type TPortalLink = { href: string; label: string };

/**
 * The portal's links: a row on a wide screen; on a phone, a list behind a Menu button that says
 * whether it is open, closes on Escape (focus back on the button) and after a link is followed.
 * The link of the page shown is marked for screen readers and by its look.
 */
export const PortalMenu = ({ links }: { links: TPortalLink[] }) => {
  const t = useTranslations("PortalMenu");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu it was chosen from
  useEffect(() => setOpen(false), [pathname]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    button.current?.focus();
  };

  return (
    <nav aria-label={t("main")} className="w-full md:w-auto md:flex-1" onKeyDown={onKeyDown}>
      <div className="flex items-center justify-between gap-4">
        <span className="font-semibold text-teal-800">{t("brand")}</span>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-600 md:hidden"
        >
          {open ? t("close") : t("open")}
        </button>
      </div>
      <ul
        id={listId}
        className={`${open ? "flex" : "hidden"} mt-3 flex-col gap-3 md:mt-2 md:flex md:flex-row md:flex-wrap md:gap-x-4 md:gap-y-2`}
      >
        {/* Not prefetched: each link's page is rendered for its signed-in user, and prefetching the whole
            menu had the server render some twenty pages for every page an admin opened. */}
        {links.map((link) => {
          const current = isCurrentPage(pathname, link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                prefetch={false}
                aria-current={current ? "page" : undefined}
                className={navLinkClass(current)}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};

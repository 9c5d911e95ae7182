import type { ReactNode } from "react";
import { BrandMark } from "./brand-mark";

/** The bar at the top of every page: the portal's name, and on the right whatever the page adds (who is signed in). */
export const SiteHeader = ({ children }: { children?: ReactNode }) => (
  <header className="border-b border-slate-200 bg-white">
    <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
      <a href="/" className="flex items-center gap-2 text-slate-900">
        <BrandMark />
        <span className="text-base font-semibold tracking-tight">Vaccination certificates</span>
      </a>
      {children ? <div className="flex items-center gap-4 text-sm text-slate-600">{children}</div> : null}
    </div>
  </header>
);
